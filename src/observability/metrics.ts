import { Injectable, Optional } from '@nestjs/common';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { Buckets, FastCounter, FastHistogram } from './fast-metrics';

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

const AUTH_OUTCOMES: readonly AuthOutcome[] = [
  'ok',
  'missing',
  'malformed',
  'unknown',
  'expired',
  'previous_secret_expired',
  'owner_removed',
  'client_blocked',
];
const NO_LABELS = () => ({});

/** Which limit refused a request. */
export type RateLimit = 'api_key' | 'auth_failures';

/** Request-duration buckets (seconds): the hot path is sub-millisecond, the slow end a few seconds. */
const HTTP_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const VERIFY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1];

/**
 * The Prometheus series of API.md §12, in one registry per application (two instances in one test
 * process never share counters). Labels are bounded: route patterns (never raw URLs or ids), status
 * codes, outcome and limit names. The per-request series (request duration, key verification,
 * authentication outcomes) are FastHistogram/FastCounter: a Map lookup and a few additions per
 * update, read by prom-client's Registry at scrape time.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly httpDuration: FastHistogram;
  /** route → method → status → series: lookups by strings Fastify reuses (hashes cached) and a number. */
  private readonly httpSeries = new Map<string, Map<string, Map<number, Buckets>>>();
  private readonly authOutcomes: FastCounter;
  private readonly verifyDuration: FastHistogram;
  private readonly rateLimited: Counter<'limit'>;
  private readonly sweepRuns: Counter<'result'>;
  private readonly keysExpired: Counter;
  private readonly redisFallback: Gauge;

  constructor(@Optional() dataSource?: DataSource) {
    const registers = [this.registry];
    this.httpDuration = new FastHistogram(
      'tessera_http_request_duration_seconds',
      'HTTP request duration by method, route pattern and status (health and metrics excluded).',
      HTTP_BUCKETS,
      this.registry,
    );
    this.authOutcomes = new FastCounter(
      'tessera_authentications_total',
      'Authentication attempts (bearer keys and POST /apiKeys:verify) by outcome.',
      this.registry,
    );
    for (const outcome of AUTH_OUTCOMES) this.authOutcomes.declare(outcome, { outcome });
    this.verifyDuration = new FastHistogram(
      'tessera_key_verification_duration_seconds',
      'Time to verify a presented key (format, hash, one lookup).',
      VERIFY_BUCKETS,
      this.registry,
    );
    this.rateLimited = new Counter({
      name: 'tessera_rate_limit_rejections_total',
      help: 'Requests refused with 429 by limit: api_key (RATE_LIMIT_PER_MINUTE) or auth_failures (AUTH_FAILURES_PER_MINUTE).',
      labelNames: ['limit'],
      registers,
    });
    this.rateLimited.labels('api_key').inc(0);
    this.rateLimited.labels('auth_failures').inc(0);
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
    let byMethod = this.httpSeries.get(route);
    if (!byMethod) this.httpSeries.set(route, (byMethod = new Map<string, Map<number, Buckets>>()));
    let byStatus = byMethod.get(method);
    if (!byStatus) byMethod.set(method, (byStatus = new Map<number, Buckets>()));
    let series = byStatus.get(status);
    if (!series) {
      series = this.httpDuration.handle(`${method} ${status} ${route}`, { method, route, status: String(status) });
      byStatus.set(status, series);
    }
    this.httpDuration.observeIn(series, seconds);
  }

  authentication(outcome: AuthOutcome): void {
    this.authOutcomes.inc(outcome, () => ({ outcome }));
  }

  keyVerified(seconds: number): void {
    this.verifyDuration.observe('', NO_LABELS, seconds);
  }

  rateLimitRejected(limit: RateLimit): void {
    this.rateLimited.labels(limit).inc();
  }

  sweepRan(ok: boolean, keysExpired = 0): void {
    this.sweepRuns.labels(ok ? 'ok' : 'error').inc();
    if (keysExpired > 0) this.keysExpired.inc(keysExpired);
  }

  setRedisFallback(active: boolean): void {
    this.redisFallback.set(active ? 1 : 0);
  }

  /** The Prometheus text exposition of every series: this application's and the process's. */
  render(): Promise<string> {
    return Registry.merge([processRegistry(), this.registry]).metrics();
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

let processMetrics: Registry | undefined;

/**
 * prom-client's default metrics (CPU, memory, event-loop lag, GC, handles) describe the process, so
 * they are collected once per process, however many applications it runs (tests run many).
 */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
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
