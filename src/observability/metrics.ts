import { Injectable, Optional } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';

/** Why an authentication attempt ended as it did (API.md §12): bounded, never a key or an id. */
export type AuthOutcome =
  | 'ok'
  | 'missing' // no bearer key at all
  | 'malformed' // wrong format or checksum: refused without a database read
  | 'unknown' // well-formed, no such key
  | 'expired'
  | 'previous_secret_expired'
  | 'owner_removed'
  | 'client_blocked'; // the client was past AUTH_FAILURES_PER_MINUTE and was not even checked

/** Which limit refused a request. */
export type RateLimit = 'api_key' | 'auth_failures';

type HistogramChild = { observe(value: number): void };
type CounterChild = { inc(value?: number): void };

/** Request-duration buckets (seconds): the hot path is sub-millisecond, the slow end a few seconds. */
const HTTP_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const VERIFY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1];

/**
 * The Prometheus series of API.md §12, in one registry per application (two instances in one test
 * process never share counters). Labels are bounded: route patterns (never raw URLs or ids), status
 * codes, outcome and limit names. Hot-path updates go through children cached by label values, so
 * a request costs a Map lookup and an increment, not prom-client's label hashing.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly httpChildren = new Map<string, HistogramChild>();
  private readonly authOutcomes = new Map<AuthOutcome, CounterChild>();
  private readonly verifyDuration: Histogram;
  private readonly rateLimited = new Map<RateLimit, CounterChild>();
  private readonly sweepRuns: Counter<'result'>;
  private readonly keysExpired: Counter;
  private readonly redisFallback: Gauge;

  constructor(@Optional() dataSource?: DataSource) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'tessera_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status (health and metrics excluded).',
      labelNames: ['method', 'route', 'status'],
      buckets: HTTP_BUCKETS,
      registers,
    });
    const auth = new Counter({
      name: 'tessera_authentications_total',
      help: 'Authentication attempts (bearer keys and POST /apiKeys:verify) by outcome.',
      labelNames: ['outcome'],
      registers,
    });
    for (const outcome of [
      'ok',
      'missing',
      'malformed',
      'unknown',
      'expired',
      'previous_secret_expired',
      'owner_removed',
      'client_blocked',
    ] as const) {
      this.authOutcomes.set(outcome, auth.labels(outcome));
      auth.labels(outcome).inc(0); // every series exists from the start (rates need a zero)
    }
    this.verifyDuration = new Histogram({
      name: 'tessera_key_verification_duration_seconds',
      help: 'Time to verify a presented key (format, hash, one lookup).',
      buckets: VERIFY_BUCKETS,
      registers,
    });
    const limited = new Counter({
      name: 'tessera_rate_limit_rejections_total',
      help: 'Requests refused with 429 by limit: api_key (RATE_LIMIT_PER_MINUTE) or auth_failures (AUTH_FAILURES_PER_MINUTE).',
      labelNames: ['limit'],
      registers,
    });
    for (const limit of ['api_key', 'auth_failures'] as const) {
      this.rateLimited.set(limit, limited.labels(limit));
      limited.labels(limit).inc(0);
    }
    this.sweepRuns = new Counter({
      name: 'tessera_expiry_sweep_runs_total',
      help: 'Expiry sweep runs on this instance by result.',
      labelNames: ['result'],
      registers,
    });
    this.sweepRuns.labels('ok').inc(0);
    this.sweepRuns.labels('error').inc(0);
    this.keysExpired = new Counter({
      name: 'tessera_keys_expired_total',
      help: 'API keys this instance disabled because they expired.',
      registers,
    });
    this.redisFallback = new Gauge({
      name: 'tessera_redis_fallback',
      help: '1 while the limits count per instance because Redis (REDIS_URL) is unreachable or slow; 0 when shared or REDIS_URL is unset.',
      registers,
    });
    this.redisFallback.set(0);
    if (dataSource) this.addPoolGauge(dataSource);
  }

  /** One finished request (the request-telemetry hook). */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const id = `${method} ${status} ${route}`;
    let child = this.httpChildren.get(id);
    if (!child) {
      child = this.httpDuration.labels(method, route, String(status));
      this.httpChildren.set(id, child);
    }
    child.observe(seconds);
  }

  authentication(outcome: AuthOutcome): void {
    this.authOutcomes.get(outcome)!.inc();
  }

  keyVerified(seconds: number): void {
    this.verifyDuration.observe(seconds);
  }

  rateLimitRejected(limit: RateLimit): void {
    this.rateLimited.get(limit)!.inc();
  }

  sweepRan(ok: boolean, keysExpired = 0): void {
    this.sweepRuns.labels(ok ? 'ok' : 'error').inc();
    if (keysExpired > 0) this.keysExpired.inc(keysExpired);
  }

  setRedisFallback(active: boolean): void {
    this.redisFallback.set(active ? 1 : 0);
  }

  /** The Prometheus text exposition of every series. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Connections in use and idle, read at scrape time: the mysql2 pool, or SQLite's one connection. */
  private addPoolGauge(dataSource: DataSource): void {
    new Gauge({
      name: 'tessera_db_pool_connections',
      help: 'Database connections by state (MySQL: the pool; SQLite: its single connection).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const { inUse, idle } = poolState(dataSource);
        this.labels('in_use').set(inUse);
        this.labels('idle').set(idle);
      },
    });
  }
}

interface Mysql2PoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
}

function poolState(dataSource: DataSource): { inUse: number; idle: number } {
  if (!dataSource.isInitialized) return { inUse: 0, idle: 0 };
  if (dataSource.options.type !== 'mysql') return { inUse: 0, idle: 1 };
  // mysql2 exposes no public counters; these two queues are what its own pool logic reads.
  const pool = (dataSource.driver as unknown as { pool?: Mysql2PoolInternals }).pool;
  const all = pool?._allConnections?.length ?? 0;
  const free = pool?._freeConnections?.length ?? 0;
  return { inUse: all - free, idle: free };
}
