// Reading settings uses a zod-free check (src/store/settings.ts) so that the store loads without zod;
// writing checks with the zod schema (settingsSchema.ts). A value must be usable on reading exactly when
// the schema accepts it, or a setting saved on one path would be dropped (or a bad one kept) on the other.
import { describe, expect, it } from 'vitest';
import { defaultSettings, isIsoDate, readSetting, type SettingKey } from '../../../src/store/settings';
import { settingsSchema } from '../../../src/store/settingsSchema';
import { at, createTestStore } from './testStore';

const days = (year: number) =>
  Array.from({ length: 14 }, (_, m) => m).flatMap((month) =>
    [0, 1, 28, 29, 30, 31, 32].map(
      (day) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ),
  );

const candidates: unknown[] = [
  ...[0, 1900, 2000, 2023, 2024, 2100, 9999].flatMap(days),
  '2024-1-01',
  ' 2024-01-01',
  '2024-01-01T00:00',
  '20240101',
  '',
  null,
  undefined,
  ...['system', 'reduce', 'no-preference', 'light', 'dark', 'Dark', 'auto'],
  ...[-1, 0, 1, 1.5, 50, 499, 500, 501, Number.NaN, Infinity, '50', true, {}, []],
];

describe('settings: the zod-free check on reading agrees with the schema used on writing', () => {
  for (const key of Object.keys(defaultSettings) as SettingKey[]) {
    it(`accepts exactly the ${key} values the schema accepts`, () => {
      let accepted = 0;
      for (const value of candidates) {
        const bySchema = settingsSchema.shape[key].safeParse(value).success;
        expect(readSetting(key, value) !== undefined, `${key} = ${JSON.stringify(value)}`).toBe(bySchema);
        if (bySchema) accepted += 1;
      }
      expect(accepted).toBeGreaterThan(0);
    });
  }

  it('knows leap days and month lengths', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-12-31')).toBe(true);
  });

  it('keeps every default valid', () => {
    for (const [key, value] of Object.entries(defaultSettings))
      expect(readSetting(key as SettingKey, value), key).toEqual(value);
  });

  it('refuses an invalid value on writing and keeps the one saved before', async () => {
    const store = await createTestStore();
    await store.setSetting(at('2026-03-01T09:00:00Z'), 'dailyReviewLimit', 20);
    await expect(store.setSetting(at('2026-03-01T09:01:00Z'), 'dailyReviewLimit', 0)).rejects.toThrow();
    await expect(store.setSetting(at('2026-03-01T09:01:00Z'), 'examDate', '2026-02-30')).rejects.toThrow();
    expect(await store.getSettings()).toEqual({ ...defaultSettings, dailyReviewLimit: 20 });
    store.close();
  });
});
