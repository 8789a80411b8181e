import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FixedWindowCounters, secondsUntilReset } from '../common/fixed-window-counters';
import { Clock } from '../common/time';
import { Metrics } from '../observability/metrics';
import { SharedCounters } from '../redis/shared-counters';

/**
 * Counts failed authentications per client IP in fixed one-minute windows. Past
 * AUTH_FAILURES_PER_MINUTE, the IP is refused (429) before its key is even looked at, so guessing
 * costs no database reads. In memory per instance, or across the fleet with REDIS_URL
 * (SharedAuthFailureStore).
 */
export abstract class AuthFailureStore {
  /** Seconds until the IP may try again, or 0 when it is not blocked. */
  abstract blockedFor(ip: string, limit: number, now: number): number;
  /** Settles once the failure counts where `blockedFor` will see it (a shared store: the fleet's count). */
  abstract recordFailure(ip: string, now: number): Promise<void> | void;
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

/**
 * Failed authentications counted across the fleet (API.md §12). Checking a client stays a memory
 * read (no Redis call on the hot path of every request): each failure is counted atomically in
 * Redis, and the fleet-wide count it returns is remembered here. A client's failures on the other
 * instances are learnt at its next failure on this one, so a fleet of N instances lets through at
 * most N - 1 failures beyond the limit. While Redis is unreachable, every failure is still counted
 * in this instance's memory, which alone blocks at the limit as without REDIS_URL.
 */
@Injectable()
export class SharedAuthFailureStore extends AuthFailureStore {
  private readonly local = new InMemoryAuthFailureStore();
  /** The fleet-wide count from the last failure seen here, per client, until its window ends. */
  private readonly shared = new Map<string, { hits: number; end: number }>();

  constructor(private readonly counters: SharedCounters) {
    super();
  }

  blockedFor(ip: string, limit: number, now: number): number {
    const local = this.local.blockedFor(ip, limit, now);
    if (local > 0) return local;
    const seen = this.shared.get(ip);
    if (!seen) return 0;
    if (now >= seen.end) {
      this.shared.delete(ip);
      return 0;
    }
    return seen.hits >= limit ? Math.max(1, Math.ceil((seen.end - now) / 1000)) : 0;
  }

  /**
   * Resolves once the fleet-wide count is known here (bounded by REDIS_TIMEOUT_MS), so the 401 that
   * follows is sent only after this instance would refuse the client's next attempt.
   */
  async recordFailure(ip: string, now: number): Promise<void> {
    this.local.recordFailure(ip, now);
    const window = await this.counters.hit(`auth-failures:${ip}`, WINDOW_MS);
    if (!window) return;
    if (this.shared.size >= MAX_SHARED_CLIENTS) this.shared.clear();
    this.shared.set(ip, { hits: window.hits, end: now + window.msLeft });
  }
}

/** A bound on remembered clients (an attack from very many addresses must not grow memory). */
const MAX_SHARED_CLIENTS = 100_000;

@Injectable()
export class AuthFailureLimiter {
  private readonly limit: number;

  constructor(
    private readonly store: AuthFailureStore,
    private readonly clock: Clock,
    config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.limit = config.env.AUTH_FAILURES_PER_MINUTE;
  }

  blockedFor(ip: string): number {
    if (this.limit === 0) return 0;
    const seconds = this.store.blockedFor(ip, this.limit, this.clock.now());
    if (seconds > 0) this.metrics.rateLimitRejected('auth_failures');
    return seconds;
  }

  /** Await it before answering the failure: with a shared store, the fleet's count is then known. */
  recordFailure(ip: string): Promise<void> | void {
    if (this.limit !== 0) return this.store.recordFailure(ip, this.clock.now());
  }
}
