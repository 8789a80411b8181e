import { DAY_MS } from '../../common/time';
/**
 * The pure parts of usage counting (API.md §10): how an answer is classified, UTC days, and the
 * additive merge of pending counts. No Nest, no database: unit-tested on their own.
 */

/** The furthest back the usage endpoint looks; rows older than this are purged. */
export const MAX_USAGE_DAYS = 90;

export interface DayCounts {
  allowed: number;
  denied: number;
}

/** One row to add to api_key_usage. */
export interface UsageRow extends DayCounts {
  apiKeyId: string;
  day: string;
}

/** Pending counts: day ('YYYY-MM-DD') → key id → counts. Keyed by day first so a request needs no string building. */
export type PendingUsage = Map<string, Map<string, DayCounts>>;

/**
 * How an authenticated request's answer counts. 403 (permission, allowlist, scope) and 429 (the
 * per-key rate limit) are `denied`. A 401 after authentication (none today: the guard answers 401
 * only before a key is known) is neither, since the contract lists 401 among the answers that are
 * not `allowed` but only 403/429 as `denied`. Everything else, errors included (400, 404, 409, 503),
 * is `allowed`: the key was let in and the request was answered on its merits.
 */
export function classify(status: number): keyof DayCounts | null {
  if (status === 403 || status === 429) return 'denied';
  if (status === 401) return null;
  return 'allowed';
}

/** The UTC day of an epoch-milliseconds time, as 'YYYY-MM-DD'. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The `days` UTC days ending with the one containing `now`, oldest first. */
export function lastDays(now: number, days: number): string[] {
  const today = now - (((now % DAY_MS) + DAY_MS) % DAY_MS);
  return Array.from({ length: days }, (_, i) => utcDay(today - (days - 1 - i) * DAY_MS));
}

/** Adds `counts` for the key and day into `into` (never replaces: instances and retries add up). */
export function addInto(into: PendingUsage, apiKeyId: string, day: string, counts: DayCounts): void {
  let byKey = into.get(day);
  if (!byKey) into.set(day, (byKey = new Map<string, DayCounts>()));
  const existing = byKey.get(apiKeyId);
  if (existing) {
    existing.allowed += counts.allowed;
    existing.denied += counts.denied;
  } else {
    byKey.set(apiKeyId, { allowed: counts.allowed, denied: counts.denied });
  }
}

/** The pending counts as rows to write, skipping empty ones. */
export function toRows(pending: PendingUsage): UsageRow[] {
  const rows: UsageRow[] = [];
  for (const [day, byKey] of pending) {
    for (const [apiKeyId, { allowed, denied }] of byKey) {
      if (allowed > 0 || denied > 0) rows.push({ apiKeyId, day, allowed, denied });
    }
  }
  return rows;
}

/** Splits rows into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
