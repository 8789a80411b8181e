import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FixedWindowCounters, secondsUntilReset } from '../common/fixed-window-counters';
import { Clock } from '../common/time';

/**
 * Counts failed authentications per client IP in fixed one-minute windows. Past
 * AUTH_FAILURES_PER_MINUTE, the IP is refused (429) before its key is even looked at, so guessing
 * costs no database reads. In memory per instance; `AuthFailureStore` is the seam for a shared store.
 */
export abstract class AuthFailureStore {
  /** Seconds until the IP may try again, or 0 when it is not blocked. */
  abstract blockedFor(ip: string, limit: number, now: number): number;
  abstract recordFailure(ip: string, now: number): void;
}

const WINDOW_MS = 60_000;

@Injectable()
export class InMemoryAuthFailureStore extends AuthFailureStore {
  private readonly counters = new FixedWindowCounters();

  blockedFor(ip: string, limit: number, now: number): number {
    const window = this.counters.current(ip, now, WINDOW_MS);
    return window && window.hits >= limit ? secondsUntilReset(window, now, WINDOW_MS) : 0;
  }

  recordFailure(ip: string, now: number): void {
    this.counters.hit(ip, now, WINDOW_MS);
  }
}

@Injectable()
export class AuthFailureLimiter {
  private readonly limit: number;

  constructor(
    private readonly store: AuthFailureStore,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.limit = config.env.AUTH_FAILURES_PER_MINUTE;
  }

  blockedFor(ip: string): number {
    return this.limit === 0 ? 0 : this.store.blockedFor(ip, this.limit, this.clock.now());
  }

  recordFailure(ip: string): void {
    if (this.limit !== 0) this.store.recordFailure(ip, this.clock.now());
  }
}
