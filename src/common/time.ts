/**
 * Times are stored as integer milliseconds since the epoch on both databases (exact, no time-zone
 * or driver conversions) and leave the API as RFC 3339 UTC strings with milliseconds.
 */
export function toTimestamp(ms: number): string;
export function toTimestamp(ms: number | null): string | null;
export function toTimestamp(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** A clock that tests can move. Injected wherever "now" decides an outcome (expiry, grace). */
export abstract class Clock {
  abstract now(): number;
}

export class SystemClock extends Clock {
  now(): number {
    return Date.now();
  }
}
