import { z } from '../zodConfigured';

/** Known settings, their validation and defaults. Stored one row per key so tabs never overwrite each other's unrelated changes. */
export const settingsSchema = z.object({
  /** Planned exam day, "YYYY-MM-DD", or null when not set. */
  examDate: z.iso.date().nullable(),
  reducedMotion: z.enum(['system', 'reduce', 'no-preference']),
  theme: z.enum(['system', 'light', 'dark']),
  dailyReviewLimit: z.number().int().min(1).max(500),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = {
  examDate: null,
  reducedMotion: 'system',
  theme: 'system',
  dailyReviewLimit: 50,
};

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(defaultSettings, key);
}

/** Validates one value; throws zod's error with the key named. */
export function parseSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return settingsSchema.shape[key].parse(value) as Settings[K];
}
