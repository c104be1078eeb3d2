import { z } from '../zodConfigured';
import { DAILY_REVIEW_LIMIT, REDUCED_MOTION_CHOICES, THEME_CHOICES, type SettingKey, type Settings } from './settings';

/**
 * The settings' validation where a value enters (setSetting), with zod's messages. Loaded only then:
 * reading uses the zod-free check of settings.ts, which tests/unit/store/settings.test.ts holds to this.
 */
export const settingsSchema = z.object({
  examDate: z.iso.date().nullable(),
  reducedMotion: z.enum(REDUCED_MOTION_CHOICES),
  theme: z.enum(THEME_CHOICES),
  dailyReviewLimit: z.number().int().min(DAILY_REVIEW_LIMIT.min).max(DAILY_REVIEW_LIMIT.max),
}) satisfies z.ZodType<Settings>;

/** Validates one value; throws zod's error with the key named. */
export function parseSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return settingsSchema.shape[key].parse(value) as Settings[K];
}
