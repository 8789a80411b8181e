import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../observability/metrics';

/** A shared window as Redis answered it: hits so far and milliseconds until the window closes. */
export interface SharedWindow {
  hits: number;
  msLeft: number;
}

/**
 * Atomic fixed-window hit (the same windows as FixedWindowCounters, opened by the first hit): the
 * count, and the window's remaining time, set on the first hit (or repaired if a key lost its TTL).
 */
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

/** After a failed or slow call, Redis is left alone this long before it is tried again. */
const RETRY_AFTER_FAILURE_MS = 1000;
/** How long a start waits for Redis before serving with per-instance counts. */
const CONNECT_WAIT_MS = 2000;
const KEY_PREFIX = 'tessera:limit:';

type RedisWithHit = Redis & { tesseraHit(key: string, windowMs: number): Promise<[number, number]> };

/**
 * The fleet's shared counters (API.md §12) for both limiters, in Redis when REDIS_URL is set.
 * Every call is bounded by REDIS_TIMEOUT_MS; a failed or slow call, or a connection that is down,
 * answers `null` at once and the caller counts in its own memory instead. Falling back is logged
 * once and shown as tessera_redis_fallback=1; ioredis reconnects by itself, and the first call that
 * succeeds again (tried at most once a second meanwhile) ends the fallback, logged once too.
 */
@Injectable()
export class SharedCounters implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly redis: RedisWithHit | null;
  private readonly url: string;
  private fallback = false;
  private retryAt = 0;

  constructor(
    config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    const url = config.env.REDIS_URL;
    this.url = url ? redactUrl(url) : '';
    if (!url) {
      this.redis = null;
      return;
    }
    const timeout = config.env.REDIS_TIMEOUT_MS;
    const redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: Math.max(timeout, 1000),
      commandTimeout: timeout,
      // Fail at once while disconnected (the caller counts in memory) instead of queueing.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // Reconnect forever, backing off to one attempt every 2 s.
      retryStrategy: (times) => Math.min(100 * times, 2000),
      enableAutoPipelining: true,
      // On shutdown, a socket that does not close at once is destroyed soon (default 2 s).
      disconnectTimeout: 200,
    });
    redis.defineCommand('tesseraHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    // Connection errors are reported through the fallback (once), not one log line per retry.
    redis.on('error', () => undefined);
    this.redis = redis as RedisWithHit;
  }

  /** Whether REDIS_URL is set (the limits are meant to be shared). */
  get enabled(): boolean {
    return this.redis !== null;
  }

  /** Whether the limits currently count per instance although REDIS_URL is set. */
  get inFallback(): boolean {
    return this.fallback;
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    const connected = this.redis.connect().then(
      () => true,
      () => false,
    );
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<false>((r) => (timer = setTimeout(r, CONNECT_WAIT_MS, false)));
    const ok = await Promise.race([connected, gaveUp]);
    clearTimeout(timer);
    if (ok) this.logger.log(`Rate limits are shared through Redis at ${this.url}.`);
    else this.enterFallback(new Error(`no connection within ${CONNECT_WAIT_MS} ms`));
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    this.redis.disconnect(false);
    await Promise.resolve();
  }

  /**
   * One hit on `key` in a shared window of `windowMs`; null when Redis is unset, down, slow or
   * failing (count in memory then).
   */
  async hit(key: string, windowMs: number): Promise<SharedWindow | null> {
    const redis = this.redis;
    if (!redis || !this.usable()) return null;
    try {
      const [hits, msLeft] = await redis.tesseraHit(KEY_PREFIX + key, windowMs);
      if (this.fallback) this.leaveFallback();
      return { hits, msLeft };
    } catch (error) {
      this.enterFallback(error as Error);
      return null;
    }
  }

  private usable(): boolean {
    if (this.redis!.status !== 'ready') {
      if (!this.fallback) this.enterFallback(new Error(`connection ${this.redis!.status}`));
      return false;
    }
    return !this.fallback || Date.now() >= this.retryAt;
  }

  private enterFallback(error: Error): void {
    this.retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
    if (this.fallback) return;
    this.fallback = true;
    this.metrics.setRedisFallback(true);
    this.logger.warn(
      `Redis at ${this.url} is unreachable or slow (${error.message}): rate limits count per instance until it answers again.`,
    );
  }

  private leaveFallback(): void {
    this.fallback = false;
    this.metrics.setRedisFallback(false);
    this.logger.log(`Redis at ${this.url} answers again: rate limits are shared across instances.`);
  }
}

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'REDIS_URL';
  }
}
