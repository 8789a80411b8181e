/** Durations in milliseconds, the unit of every stored time. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

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

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an RFC 3339 timestamp (with its offset), or null if it is not one. */
export function parseTimestamp(value: string): number | null {
  if (!RFC_3339.test(value)) return null;
  // Date.parse rolls 2026-02-30 over into March; a date that does not exist is refused instead.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const ms = Date.parse(value.toUpperCase());
  return Number.isNaN(ms) ? null : ms;
}
