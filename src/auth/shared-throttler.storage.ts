import { ThrottlerStorage } from '@nestjs/throttler';
import { SharedCounters } from '../redis/shared-counters';
import { FixedWindowThrottlerStorage } from './fixed-window-throttler.storage';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The per-key rate limit counted across the fleet (API.md §12): one atomic Redis hit per request
 * (SharedCounters), the same fixed windows as the in-memory storage, which it falls back to while
 * Redis is down or slow.
 */
export class SharedThrottlerStorage implements ThrottlerStorage {
  private readonly local = new FixedWindowThrottlerStorage();

  constructor(private readonly shared: SharedCounters) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const window = await this.shared.hit(key, ttl);
    if (!window) return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    const secondsLeft = Math.max(1, Math.ceil(window.msLeft / 1000));
    const isBlocked = window.hits > limit;
    return {
      totalHits: window.hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }
}
