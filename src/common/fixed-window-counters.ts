/** One key's window: hits counted since `start`. */
export interface Window {
  start: number;
  hits: number;
}

/**
 * Hit counters per key in fixed windows, in memory, with a bounded number of keys: O(1) time and
 * memory per hit. Both per-instance limiters count here (failed authentications per client IP,
 * requests per API key). Fixed windows may let up to twice a limit through across a window
 * boundary, the usual trade (Redis INCR + EXPIRE limiters make the same one).
 */
export class FixedWindowCounters {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly maxKeys = 100_000) {}

  /** The key's window if it is still open at `now`. */
  current(key: string, now: number, windowMs: number): Window | undefined {
    const w = this.windows.get(key);
    return w && now - w.start < windowMs ? w : undefined;
  }

  /** Counts one hit in the key's open window (opening a new one if needed) and returns the window. */
  hit(key: string, now: number, windowMs: number): Window {
    let w = this.current(key, now, windowMs);
    if (!w) {
      if (!this.windows.has(key) && this.windows.size >= this.maxKeys) this.evictClosed(now, windowMs);
      w = { start: now, hits: 0 };
      this.windows.set(key, w);
    }
    w.hits++;
    return w;
  }

  private evictClosed(now: number, windowMs: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= windowMs) this.windows.delete(key);
    // Still full of open windows (e.g. an attack from very many IPs): drop the oldest rather than grow.
    if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value as string);
  }
}

/** Whole seconds until the window ends, at least 1 (for Retry-After). */
export function secondsUntilReset(window: Window, now: number, windowMs: number): number {
  return Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
}
