import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
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
const MAX_TRACKED_IPS = 100_000;

@Injectable()
export class InMemoryAuthFailureStore extends AuthFailureStore {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  blockedFor(ip: string, limit: number, now: number): number {
    const w = this.windows.get(ip);
    if (!w || now - w.start >= WINDOW_MS || w.failures < limit) return 0;
    return Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
  }

  recordFailure(ip: string, now: number): void {
    const w = this.windows.get(ip);
    if (w && now - w.start < WINDOW_MS) {
      w.failures++;
      return;
    }
    if (this.windows.size >= MAX_TRACKED_IPS) this.evictExpired(now);
    this.windows.set(ip, { start: now, failures: 1 });
  }

  private evictExpired(now: number): void {
    for (const [ip, w] of this.windows) if (now - w.start >= WINDOW_MS) this.windows.delete(ip);
    // Still full of live windows (an attack from very many IPs): drop the oldest rather than grow.
    if (this.windows.size >= MAX_TRACKED_IPS) this.windows.delete(this.windows.keys().next().value as string);
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
