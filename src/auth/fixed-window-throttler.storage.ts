import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const MAX_TRACKED_KEYS = 100_000;

/**
 * Per-key request counting in fixed windows (a counter and the window's end per key): O(1) time
 * and memory per request. @nestjs/throttler's default storage keeps one timestamp per hit and
 * filters them on every request, O(limit) per request — at the default 1,200/minute that was the
 * most expensive part of the limiter. Fixed windows may let up to twice the limit through across a
 * window boundary, the usual trade (GitHub's and Redis INCR+EXPIRE limiters make the same one).
 * It implements @nestjs/throttler's ThrottlerStorage, the seam for a shared store.
 */
@Injectable()
export class FixedWindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, { end: number; hits: number }>();

  /** The window is `ttl` long and a blocked key stays blocked until it ends (blockDuration = ttl). */
  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration?: number,
    _throttlerName?: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || w.end <= now) {
      if (!w && this.windows.size >= MAX_TRACKED_KEYS) this.evictExpired(now);
      w = { end: now + ttl, hits: 0 };
      this.windows.set(key, w);
    }
    w.hits++;
    const secondsLeft = Math.max(1, Math.ceil((w.end - now) / 1000));
    const isBlocked = w.hits > limit;
    return { totalHits: w.hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }

  private evictExpired(now: number): void {
    for (const [key, w] of this.windows) if (w.end <= now) this.windows.delete(key);
    // Still full of live windows: drop the oldest rather than grow without bound.
    if (this.windows.size >= MAX_TRACKED_KEYS) this.windows.delete(this.windows.keys().next().value as string);
  }
}
