import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { FixedWindowCounters, secondsUntilReset } from '../common/fixed-window-counters';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Per-key request counting in fixed windows (FixedWindowCounters): O(1) time and memory per
 * request. @nestjs/throttler's default storage keeps one timestamp per hit and filters them on every
 * request, O(limit) per request — at the default 1,200/minute that was the most expensive part of
 * the limiter. It implements @nestjs/throttler's ThrottlerStorage, the seam for a shared store.
 */
@Injectable()
export class FixedWindowThrottlerStorage implements ThrottlerStorage {
  private readonly counters = new FixedWindowCounters();

  /** The window is `ttl` long and a blocked key stays blocked until it ends (blockDuration = ttl). */
  increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration?: number,
    _throttlerName?: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const window = this.counters.hit(key, now, ttl);
    const secondsLeft = secondsUntilReset(window, now, ttl);
    const isBlocked = window.hits > limit;
    // The in-memory count is synchronous; the interface is asynchronous for shared stores.
    return Promise.resolve({
      totalHits: window.hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    });
  }
}
