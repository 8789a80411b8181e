import { DAY_MS, toTimestamp } from '../common/time';

/**
 * Expiry signals (API.md §10): a key is "expiring soon" from EXPIRY_WARNING_DAYS before its
 * expire_time until it expires (then its state says STATE_EXPIRED instead).
 */
export function expiresSoon(expireTime: number, now: number, warningDays: number): boolean {
  return expireTime > now && expireTime - now <= warningDays * DAY_MS;
}

/** The headers every authenticated response carries about the calling key. */
export function expiryHeaders(expireTime: number, now: number, warningDays: number): Record<string, string> {
  const at = toTimestamp(expireTime);
  return expiresSoon(expireTime, now, warningDays)
    ? { 'Tessera-Key-Expire-Time': at, Warning: `299 tessera "API key expires ${at}"` }
    : { 'Tessera-Key-Expire-Time': at };
}
