import { ApiKeyExpiryService } from '../src/api-keys/api-key-expiry.service';
import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { ApiKeyUsageRepository } from '../src/api-keys/usage/api-key-usage.repository';
import { UsageCounter } from '../src/api-keys/usage/usage-counter';
import { as } from './support/api-client';
import { addUser, DAY_MS, operatorKey } from './support/api-key-fixtures';
import { expectError, expectInvalidField } from './support/expect-error';
import { bootstrapOrganization, Bootstrapped, queriesDuring, startApp, TestApp } from './support/test-app';

const ADMIN = 'admin@acme.test';
const LOCALHOST = /^(::ffff:)?127\.0\.0\.1$/;

interface UsageBody {
  days: { date: string; allowed: number; denied: number }[];
  last_used_ip: string;
}

/** What the database holds for a key (no instance's pending counts), summed over days. */
async function storedTotals(t: TestApp, keyId: string): Promise<{ allowed: number; denied: number }> {
  const rows: { allowed: string | number; denied: string | number }[] = await t.dataSource.query(
    'SELECT allowed, denied FROM api_key_usage WHERE api_key_id = ?',
    [keyId],
  );
  const total = { allowed: 0, denied: 0 };
  for (const row of rows) {
    total.allowed += Number(row.allowed);
    total.denied += Number(row.denied);
  }
  return total;
}

const writes = (statements: string[]) => statements.filter((sql) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql));
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * API.md §10 usage: per key and UTC day, `allowed` (authenticated, answered anything but
 * 401/403/429) and `denied` (403/429 after authentication), counted in memory (no write per
 * request), added to the database with additive upserts (instances add up), flushed at shutdown;
 * GET …/apiKeys/{key}/usage?days=N; and `last_used_ip`. Runs on SQLite and MariaDB.
 */
describe('Key usage (API.md §10)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  const usage = (key: string, name: string, query = '') => as(t, key).get(`${name}/usage${query}`);
  const flushAll = (...apps: TestApp[]) => Promise.all(apps.map((a) => a.get(UsageCounter).flush()));

  beforeAll(async () => {
    // One trusted proxy hop: a request can speak from an address the test picks (X-Forwarded-For).
    t = await startApp({
      env: { TRUST_PROXY: '1', AUTH_FAILURES_PER_MINUTE: '0', MAX_API_KEYS_PER_ORGANIZATION: '100' },
    });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(() => t.close());

  describe('N requests over two instances sharing one database', () => {
    let second: TestApp;
    beforeAll(async () => {
      // The second instance allows 5 requests per key per minute: the 6th and 7th are 429.
      second = await startApp({ shareDatabaseWith: t, env: { RATE_LIMIT_PER_MINUTE: '5' } });
    });
    afterAll(() => second.close());

    it('add up to N with the allowed/denied split right, and cost no write per request', async () => {
      // RESTRICTED to reading workspaces, and only from 127.0.0.0/8.
      const key = await operatorKey(t, org, ADMIN, {
        displayName: 'counted',
        level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Workspace'],
      });
      expect((await as(t, boot.key).patch(key.name, { allowed_ips: ['127.0.0.0/8'] })).status).toBe(200);
      await flushAll(t, second);
      await t.get(LastUsedRecorder).flush();
      await second.get(LastUsedRecorder).flush();

      const onFirst = await queriesDuring(t, async () => {
        for (let i = 0; i < 3; i++) expect((await as(t, key.key).get('/me')).status).toBe(200); // allowed
        expect((await as(t, key.key).get(`${org}/workspaces/nope`)).status).toBe(404); // allowed
        expect((await as(t, key.key).get(`${org}/apiKeys`)).status).toBe(403); // denied: no read:ApiKey
        const elsewhere = await as(t, key.key).get('/me').set('X-Forwarded-For', '192.0.2.1');
        expectError(elsewhere, 403, 7, 'IP_NOT_ALLOWED'); // denied
        expect((await as(t, 'tsr_not-a-key').get('/me')).status).toBe(401); // not authenticated: not counted
      });
      const onSecond = await queriesDuring(second, async () => {
        for (let i = 0; i < 7; i++) {
          expect((await as(second, key.key).get('/me')).status).toBe(i < 5 ? 200 : 429); // 5 allowed, 2 denied
        }
      });
      // No write per request: usage (and last use) wait for a flush. The one write is the refused
      // address's audit event (api_key.ip_denied, at most one per key per minute, API.md §9; written
      // off the request path, so it may land after this window: test/audit-system-events covers it).
      expect(writes(onFirst).filter((sql) => !/audit_event/.test(sql))).toEqual([]);
      expect(writes(onSecond)).toEqual([]);
      expect(onSecond).toHaveLength(7); // one verification statement per request, nothing else

      // Before any flush, the instance asked already shows its own counts (no 10 s lag there).
      const today = utcDay(t.clock.now());
      const early = await usage(boot.key, key.name, '?days=1');
      expect(early.status).toBe(200);
      expect(early.body.days).toEqual([{ date: today, allowed: 4, denied: 2 }]);

      // Flushing writes one additive upsert per instance (one key, one day) and nothing else.
      const flushed = [
        ...(await queriesDuring(t, () => t.get(UsageCounter).flush())),
        ...(await queriesDuring(second, () => second.get(UsageCounter).flush())),
      ];
      expect(flushed).toHaveLength(2);
      flushed.forEach((sql) => expect(sql).toMatch(/^INSERT INTO api_key_usage .*(ON CONFLICT|ON DUPLICATE KEY)/s));

      expect(await storedTotals(t, key.id)).toEqual({ allowed: 9, denied: 4 });
      const res = await usage(boot.key, key.name, '?days=1');
      expect(res.body.days).toEqual([{ date: today, allowed: 9, denied: 4 }]);
      const fromSecond = await as(second, boot.key).get(`${key.name}/usage?days=1`);
      expect(fromSecond.body.days).toEqual([{ date: today, allowed: 9, denied: 4 }]);
    });

    it('keeps adding across flushes (additive upserts, never overwrites)', async () => {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'twice' });
      for (const app of [t, second, t]) {
        expect((await as(app, key.key).get('/me')).status).toBe(200);
        await flushAll(app);
      }
      expect(await storedTotals(t, key.id)).toEqual({ allowed: 3, denied: 0 });
    });
  });

  describe('GET …/apiKeys/{key}/usage', () => {
    it('has one entry per UTC day, oldest first, zeros included; counts land on the UTC day of the request', async () => {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'across midnight' });
      // One second before the next UTC midnight, then two seconds later.
      t.clock.advance(DAY_MS - (t.clock.now() % DAY_MS) - 1000);
      const before = utcDay(t.clock.now());
      for (let i = 0; i < 2; i++) expect((await as(t, key.key).get('/me')).status).toBe(200);
      t.clock.advance(2000);
      const after = utcDay(t.clock.now());
      expect(after).not.toBe(before);
      for (let i = 0; i < 3; i++) expect((await as(t, key.key).get('/me')).status).toBe(200);
      expect((await as(t, key.key).get(`${org}/apiKeys/nope`)).status).toBe(404);

      const expected = [
        { date: utcDay(t.clock.now() - 2 * DAY_MS), allowed: 0, denied: 0 },
        { date: before, allowed: 2, denied: 0 },
        { date: after, allowed: 4, denied: 0 },
      ];
      // The same answer from pending counts and from stored ones.
      expect((await usage(boot.key, key.name, '?days=3')).body).toEqual({
        days: expected,
        last_used_ip: expect.stringMatching(LOCALHOST),
      });
      await flushAll(t);
      expect((await usage(boot.key, key.name, '?days=3')).body.days).toEqual(expected);

      // Default 30 days, ending today; 90 at most.
      const month = (await usage(boot.key, key.name)).body as UsageBody;
      expect(month.days).toHaveLength(30);
      expect(month.days.slice(-3)).toEqual(expected);
      expect(month.days.map((d) => d.date)).toEqual([...month.days.map((d) => d.date)].sort());
      expect(month.days[0].date).toBe(utcDay(t.clock.now() - 29 * DAY_MS));
      const quarter = (await usage(boot.key, key.name, '?days=90')).body as UsageBody;
      expect(quarter.days).toHaveLength(90);
      expect(new Set(quarter.days.map((d) => d.date)).size).toBe(90);
      expect((await usage(boot.key, key.name, '?days=1')).body.days).toEqual([expected[2]]);
    });

    it.each(['0', '91', 'x', '1.5', '', '-1'])('refuses days=%p with 400 INVALID_ARGUMENT', async (days) => {
      const res = await usage(boot.key, boot.api_key, `?days=${days}`);
      expectInvalidField(res, 'days');
    });

    it('refuses unknown query parameters', async () => {
      expectInvalidField(await usage(boot.key, boot.api_key, '?day=3'), 'day');
    });

    it('is 404 for a missing key, and for another member’s key (members see their own)', async () => {
      expectError(await usage(boot.key, `${org}/apiKeys/nope`), 404, 5, 'NOT_FOUND');
      await addUser(t, boot.key, org, 'mia@acme.test', 'Mia');
      await addUser(t, boot.key, org, 'max@acme.test', 'Max');
      const mia = await operatorKey(t, org, 'mia@acme.test', { displayName: 'mia' });
      const max = await operatorKey(t, org, 'max@acme.test', { displayName: 'max' });
      expect((await usage(mia.key, mia.name)).status).toBe(200);
      expectError(await usage(mia.key, max.name), 404, 5, 'NOT_FOUND');
      expect((await usage(boot.key, max.name)).status).toBe(200); // an admin sees every key
    });

    it('needs read:ApiKey', async () => {
      const key = await operatorKey(t, org, ADMIN, {
        displayName: 'no read:ApiKey',
        level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Workspace'],
      });
      expectError(await usage(key.key, key.name), 403, 7, 'PERMISSION_MISSING');
    });
  });

  describe('last_used_ip', () => {
    it('is "" until the key is used, then the client address (written with last_used_time)', async () => {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'ip' });
      expect(key.last_used_ip).toBe('');
      expect((await as(t, boot.key).get(key.name)).body.last_used_ip).toBe('');
      expect((await usage(boot.key, key.name)).body.last_used_ip).toBe('');

      expect((await as(t, key.key).get('/me')).status).toBe(200);
      // The instance asked shows its pending use at once; the key shows it once written.
      expect((await usage(boot.key, key.name)).body.last_used_ip).toMatch(LOCALHOST);
      await t.get(LastUsedRecorder).flush();
      expect((await as(t, boot.key).get(key.name)).body.last_used_ip).toMatch(LOCALHOST);
    });

    it('follows a new address within the last_used_time resolution (one write), and none for the same one', async () => {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'moving' });
      expect((await as(t, key.key).get('/me')).status).toBe(200);
      await t.get(LastUsedRecorder).flush();
      const firstTime = (await as(t, boot.key).get(key.name)).body.last_used_time as string;

      const same = await queriesDuring(t, async () => {
        expect((await as(t, key.key).get('/me')).status).toBe(200);
        await t.get(LastUsedRecorder).flush();
      });
      expect(writes(same)).toEqual([]);

      t.clock.advance(1000);
      const moved = await queriesDuring(t, async () => {
        expect((await as(t, key.key).get('/me').set('X-Forwarded-For', '198.51.100.9')).status).toBe(200);
        await t.get(LastUsedRecorder).flush();
      });
      expect(writes(moved)).toHaveLength(1);
      const shown = (await as(t, boot.key).get(key.name)).body;
      expect(shown.last_used_ip).toBe('198.51.100.9');
      expect(Date.parse(shown.last_used_time as string)).toBeGreaterThan(Date.parse(firstTime));
    });
  });

  describe('flushing', () => {
    it('keeps the counts of a failed flush and writes them with the next one', async () => {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'flaky database' });
      await flushAll(t);
      const add = jest.spyOn(t.get(ApiKeyUsageRepository), 'add').mockRejectedValueOnce(new Error('database away'));
      try {
        for (let i = 0; i < 3; i++) expect((await as(t, key.key).get('/me')).status).toBe(200);
        await expect(t.get(UsageCounter).flush()).rejects.toThrow('database away');
        expect(await storedTotals(t, key.id)).toEqual({ allowed: 0, denied: 0 });
        expect((await as(t, key.key).get(`${org}/apiKeys`)).status).toBe(200);
        await t.get(UsageCounter).flush();
      } finally {
        add.mockRestore();
      }
      expect(await storedTotals(t, key.id)).toEqual({ allowed: 4, denied: 0 });
    });

    it('writes pending counts when the app stops', async () => {
      const third = await startApp({ shareDatabaseWith: t, env: { MAX_API_KEYS_PER_ORGANIZATION: '100' } });
      let key: Awaited<ReturnType<typeof operatorKey>>;
      try {
        key = await operatorKey(third, org, ADMIN, { displayName: 'used right before shutdown' });
        for (let i = 0; i < 3; i++) expect((await as(third, key.key).get('/me')).status).toBe(200);
      } finally {
        await third.close();
      }
      expect(await storedTotals(t, key.id)).toEqual({ allowed: 3, denied: 0 });
    });

    it('purges rows older than a day in bounded batches (orphans of deleted keys included)', async () => {
      const insert = 'INSERT INTO api_key_usage (api_key_id, day, allowed, denied) VALUES (?, ?, 1, 0)';
      for (let i = 1; i <= 5; i++) await t.dataSource.query(insert, ['gone', `2020-01-0${i}`]);
      await t.dataSource.query(insert, ['gone', '2020-02-01']);
      expect(await t.get(ApiKeyUsageRepository).purgeOlderThan('2020-02-01', 2)).toBe(5);
      const left: { day: string }[] = await t.dataSource.query(
        "SELECT day FROM api_key_usage WHERE api_key_id = 'gone'",
      );
      expect(left.map((r) => r.day)).toEqual(['2020-02-01']);
    });

    it('is purged by the expiry sweep once older than the 90 days the endpoint can show', async () => {
      const insert = 'INSERT INTO api_key_usage (api_key_id, day, allowed, denied) VALUES (?, ?, 1, 0)';
      const oldest = utcDay(t.clock.now() - 89 * DAY_MS); // the first day of ?days=90
      await t.dataSource.query(insert, ['swept', utcDay(t.clock.now() - 90 * DAY_MS)]);
      await t.dataSource.query(insert, ['swept', oldest]);
      await t.get(ApiKeyExpiryService).sweep();
      const left: { day: string }[] = await t.dataSource.query(
        "SELECT day FROM api_key_usage WHERE api_key_id = 'swept'",
      );
      expect(left.map((r) => r.day)).toEqual([oldest]);
    });
  });
});
