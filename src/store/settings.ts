/**
 * The settings, their defaults, and the check a stored value passes to be used. Free of zod: reading the
 * settings is on the way to the Progress page's first paint, and the values were checked when written
 * (settingsSchema.ts, zod, loaded by setSetting) or arrive by an import that does not check them per key,
 * so reading only needs to recognise a value that is valid and fall back to the default for any other.
 * tests/unit/store/settings.test.ts proves this check and the schema agree.
 */
export interface Settings {
  /** Planned exam day, "YYYY-MM-DD", or null when not set. */
  examDate: string | null;
  reducedMotion: 'system' | 'reduce' | 'no-preference';
  theme: 'system' | 'light' | 'dark';
  /** Reviews shown a day: an integer from 1 to 500. */
  dailyReviewLimit: number;
}
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = {
  examDate: null,
  reducedMotion: 'system',
  theme: 'system',
  dailyReviewLimit: 50,
};

export const REDUCED_MOTION_CHOICES = ['system', 'reduce', 'no-preference'] as const;
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const DAILY_REVIEW_LIMIT = { min: 1, max: 500 } as const;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(defaultSettings, key);
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** A calendar day written "YYYY-MM-DD" (ISO 8601, proleptic Gregorian), as zod's z.iso.date() accepts it. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const valid: { [K in SettingKey]: (value: unknown) => value is Settings[K] } = {
  examDate: (v): v is string | null => v === null || (typeof v === 'string' && isIsoDate(v)),
  reducedMotion: (v): v is Settings['reducedMotion'] => (REDUCED_MOTION_CHOICES as readonly unknown[]).includes(v),
  theme: (v): v is Settings['theme'] => (THEME_CHOICES as readonly unknown[]).includes(v),
  dailyReviewLimit: (v): v is number =>
    Number.isInteger(v) && (v as number) >= DAILY_REVIEW_LIMIT.min && (v as number) <= DAILY_REVIEW_LIMIT.max,
};

/** A stored value as the setting it is, or undefined when it is not a valid value of that setting. */
export function readSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] | undefined {
  return valid[key](value) ? value : undefined;
}
