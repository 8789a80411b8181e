import { generateKey } from '../src/api-keys/key-format';
import { SharedCounters } from '../src/redis/shared-counters';
import { as, reasonOf } from './support/api-client';
import { operatorKey } from './support/api-key-fixtures';
import { describeWithRedis, startRedis, TestRedis } from './support/redis-server';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/**
 * API.md §12: with REDIS_URL, the per-key rate limit and the failed-authentication limit hold
 * across instances; when Redis dies or hangs, each instance counts for itself (logged once, shown in
 * /metrics) and keeps answering; when it comes back, sharing resumes by itself. Two app instances
 * on one database and one real redis-server.
 */
const RATE = 6;
const FAILURES = 4;

async function metric(t: TestApp, name: string): Promise<number> {
  const res = await t.http().get('/metrics');
  const line = res.text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? NaN : Number(line.split(' ')[1]);
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeWithRedis('Shared limits in Redis across instances (API.md §12)', () => {
  let redis: TestRedis;
  let a: TestApp;
  let b: TestApp;
  let org: Bootstrapped;

  beforeAll(async () => {
    redis = await startRedis();
    const env = {
      REDIS_URL: redis.url,
      REDIS_TIMEOUT_MS: '200',
      RATE_LIMIT_PER_MINUTE: String(RATE),
      AUTH_FAILURES_PER_MINUTE: String(FAILURES),
    };
    a = await startApp({ env });
    b = await startApp({ env, shareDatabaseWith: a });
    org = await bootstrapOrganization(a);
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  const freshKey = async (name: string) =>
    (await operatorKey(a, org.organization, 'admin@acme.test', { displayName: name })).key;

  it('one key gets RATE_LIMIT_PER_MINUTE requests in all, whichever instance answers', async () => {
    const key = await freshKey('shared-rate');
    const statuses: number[] = [];
    for (let i = 0; i < RATE + 4; i++) statuses.push((await as(i % 2 ? b : a, key).get('/me')).status);
    expect(statuses).toEqual([...Array(RATE).fill(200), 429, 429, 429, 429]);
    const refused = await as(a, key).get('/me');
    expect(reasonOf(refused.body)).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Per instance, each would still have allowed RATE: the count lives in Redis.
    expect(await metric(a, 'tessera_redis_fallback')).toBe(0);
  });

  it('keeps answering when Redis dies, says so once, and shares again when it is back', async () => {
    await redis.command('FLUSHALL');
    const key = await freshKey('outage');
    expect((await as(a, key).get('/me')).status).toBe(200);

    await redis.kill();
    const started = Date.now();
    const during = [];
    for (let i = 0; i < 6; i++) during.push((await as(i % 2 ? b : a, key).get('/me')).status);
    // Every request answered, none waiting on the dead server, and per instance (RATE each).
    expect(during).toEqual(Array(6).fill(200));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await metric(a, 'tessera_redis_fallback')).toBe(1);
    expect(await metric(b, 'tessera_redis_fallback')).toBe(1);
    for (let i = 0; i < 5; i++) await as(a, key).get('/me');
    // Nest's static Logger writes to the last app's logger in this process: both instances' lines.
    const lines = () => [...a.logger.lines, ...b.logger.lines];
    const warnings = lines().filter((l) => /Redis at .* is unreachable or slow/.test(l));
    expect(warnings).toHaveLength(2); // once per instance, however many requests
    expect(warnings[0]).toMatch(/^warn /);

    await redis.restart();
    // ioredis reconnects by itself; the next call after that ends the fallback.
    await until(async () => {
      await as(a, key).get('/me');
      await as(b, key).get('/me');
      return (await metric(a, 'tessera_redis_fallback')) === 0 && (await metric(b, 'tessera_redis_fallback')) === 0;
    }, 15_000);
    expect(lines().filter((l) => /answers again: rate limits are shared/.test(l))).toHaveLength(2);

    const next = await freshKey('after-outage');
    const statuses: number[] = [];
    for (let i = 0; i < RATE + 2; i++) statuses.push((await as(i % 2 ? b : a, next).get('/me')).status);
    expect(statuses).toEqual([...Array(RATE).fill(200), 429, 429]);
  }, 60_000);

  it('a hung Redis costs at most REDIS_TIMEOUT_MS, then requests go on per instance', async () => {
    await redis.command('FLUSHALL');
    const key = await freshKey('hung');
    expect((await as(a, key).get('/me')).status).toBe(200);
    // DEBUG SLEEP blocks the server (accepting connections, answering nothing) for 3 s.
    void redis.command('DEBUG', 'SLEEP', '3').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const first = await as(a, key).get('/me');
    const firstMs = Date.now() - started;
    const second = await as(a, key).get('/me');
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(firstMs).toBeLessThan(1500);
    expect(Date.now() - started).toBeLessThan(2000); // the second one did not wait again
    expect(await metric(a, 'tessera_redis_fallback')).toBe(1);
    await until(async () => {
      await as(a, key).get('/me');
      return (await metric(a, 'tessera_redis_fallback')) === 0;
    }, 15_000);
  }, 30_000);

  // Last: it leaves 127.0.0.1 blocked on both instances for the rest of the minute.
  it('failed authentications from one address are counted across instances', async () => {
    await redis.command('FLUSHALL');
    const statuses: number[] = [];
    for (let i = 0; i < 3 * FAILURES; i++) {
      statuses.push((await as(i % 2 ? b : a, generateKey()).get('/me')).status);
    }
    // A fleet of N learns another instance's failures at its own next failure: at most N - 1
    // beyond the limit (here 1), instead of N × the limit when counted per instance.
    const unauthorized = statuses.filter((s) => s === 401).length;
    expect(unauthorized).toBeGreaterThanOrEqual(FAILURES);
    expect(unauthorized).toBeLessThanOrEqual(FAILURES + 1);
    expect(statuses.slice(-4)).toEqual([429, 429, 429, 429]);
  });

  it('closes its Redis connection on shutdown', async () => {
    const c = await startApp({ env: { REDIS_URL: redis.url }, shareDatabaseWith: a });
    expect(c.get(SharedCounters).enabled).toBe(true);
    await c.close();
  });
});

describeWithRedis('REDIS_URL pointing nowhere (API.md §12)', () => {
  it('starts, serves with per-instance limits and reports the fallback', async () => {
    const t = await startApp({ env: { REDIS_URL: 'redis://127.0.0.1:9', RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const org = await bootstrapOrganization(t);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await as(t, org.key).get('/me')).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect(await metric(t, 'tessera_redis_fallback')).toBe(1);
      expect(t.logger.lines.filter((l) => /is unreachable or slow/.test(l))).toHaveLength(1);
    } finally {
      await t.close();
    }
  }, 30_000);
});
