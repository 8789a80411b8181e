/** Expiration presets (API.md §5): expire_time = create time + the preset. */
import { DAY_MS } from '../common/time';

export const EXPIRATION_PRESETS = {
  EXPIRATION_7_DAYS: 7 * DAY_MS,
  EXPIRATION_30_DAYS: 30 * DAY_MS,
  EXPIRATION_60_DAYS: 60 * DAY_MS,
  EXPIRATION_90_DAYS: 90 * DAY_MS,
  EXPIRATION_180_DAYS: 180 * DAY_MS,
  EXPIRATION_1_YEAR: 365 * DAY_MS,
} as const;

export type ExpirationPreset = keyof typeof EXPIRATION_PRESETS;
export const EXPIRATION_PRESET_NAMES = Object.keys(EXPIRATION_PRESETS) as ExpirationPreset[];

export function expireTimeFor(preset: ExpirationPreset, createTime: number): number {
  return createTime + EXPIRATION_PRESETS[preset];
}
