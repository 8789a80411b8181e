import { SchedulerRegistry } from '@nestjs/schedule';
import { ApiKeyExpiryService } from '../src/api-keys/api-key-expiry.service';
import { as, reasonOf } from './support/api-client';
import { operatorKey } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/** The bootstrap admin, for whom the operator mints keys without an HTTP request. */
const ADMIN = 'admin@acme.test';

/**
 * API.md §3 (a key is valid while expire_time is in the future, checked on every request) and §5
 * (state STATE_EXPIRED at once; the expiry sweep: conditional, batched, idempotent, safe with
 * several instances, scheduled by EXPIRY_SWEEP_CRON).
 */

const DAY = 24 * 60 * 60 * 1000;

interface RawRow {
  state: string;
  disable_time: number | null;
}

async function rawRow(app: TestApp, id: string): Promise<RawRow> {
  const rows: { state: string; disable_time: string | number | null }[] = await app.dataSource.query(
    'SELECT state, disable_time FROM api_keys WHERE id = ?',
    [id],
  );
  expect(rows).toHaveLength(1);
  return { state: rows[0].state, disable_time: rows[0].disable_time === null ? null : Number(rows[0].disable_time) };
}

describe('API-key expiry (API.md §3, §5)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  const sweep = (batch?: number) => t.get(ApiKeyExpiryService).sweep(batch);

  beforeAll(async () => {
    t = await startApp({
      env: { EXPIRY_SWEEP_CRON: 'off', MAX_API_KEYS_PER_ORGANIZATION: '1000', AUTH_FAILURES_PER_MINUTE: '0' },
    });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(() => t.close());

  describe('a key stops working as soon as expire_time passes, before any sweep', () => {
    it('is 200 just before expire_time, then 401 and STATE_EXPIRED just after, while the row is still ACTIVE', async () => {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'expires soon', expiration: 'EXPIRATION_7_DAYS' });
      t.clock.advance(Date.parse(key.expire_time) - t.clock.now() - 60_000);
      expect((await as(t, key.key).get('/me')).status).toBe(200);
      expect((await as(t, boot.key).get(key.name)).body.state).toBe('STATE_ACTIVE');

      t.clock.advance(2 * 60_000);
      const res = await as(t, key.key).get('/me');
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="tessera"');
      expect(res.body.code).toBe(16);
      expect(reasonOf(res.body)).toBe('API_KEY_INVALID');
      expect(res.body).toEqual((await t.http().get('/api/v1/me')).body);

      // No sweep has run: the database still says ACTIVE, the API already says EXPIRED.
      expect(await rawRow(t, key.id)).toEqual({ state: 'STATE_ACTIVE', disable_time: null });
      const shown = await as(t, boot.key).get(key.name);
      expect(shown.status).toBe(200);
      expect(shown.body.state).toBe('STATE_EXPIRED');

      const expired = await as(t, boot.key).get(`${org}/apiKeys?filter=${encodeURIComponent('state = STATE_EXPIRED')}`);
      expect(expired.body.api_keys.map((k: { name: string }) => k.name)).toContain(key.name);
      const active = await as(t, boot.key).get(
        `${org}/apiKeys?filter=${encodeURIComponent('state = STATE_ACTIVE')}&page_size=1000`,
      );
      expect(active.body.api_keys.map((k: { name: string }) => k.name)).not.toContain(key.name);
      expect(active.body.api_keys.map((k: { name: string }) => k.name)).toContain(boot.api_key);
    });
  });

  describe('the sweep (ApiKeyExpiryService.sweep)', () => {
    // Leave nothing expired-but-unswept from earlier tests, so each count is exactly this test's.
    // Every key that must stay active lives a year; the clock moves by days, far less than that.
    beforeEach(async () => {
      await sweep();
    });

    it('marks keys past expire_time STATE_EXPIRED with disable_time, returns the count, and leaves active keys alone', async () => {
      const a = await operatorKey(t, org, ADMIN, { displayName: 'sweep a', expiration: 'EXPIRATION_7_DAYS' });
      const b = await operatorKey(t, org, ADMIN, { displayName: 'sweep b', expiration: 'EXPIRATION_7_DAYS' });
      const keeper = await operatorKey(t, org, ADMIN, { displayName: 'keeper', expiration: 'EXPIRATION_1_YEAR' });
      t.clock.advance(8 * DAY);

      const before = t.clock.now();
      expect(await sweep()).toBe(2);
      const after = t.clock.now();

      for (const k of [a, b]) {
        const row = await rawRow(t, k.id);
        expect(row.state).toBe('STATE_EXPIRED');
        expect(row.disable_time).toBeGreaterThanOrEqual(before);
        expect(row.disable_time).toBeLessThanOrEqual(after);
        expect((await as(t, k.key).get('/me')).status).toBe(401);
        expect((await as(t, boot.key).get(k.name)).body.state).toBe('STATE_EXPIRED');
      }
      expect(await rawRow(t, keeper.id)).toEqual({ state: 'STATE_ACTIVE', disable_time: null });
      expect((await as(t, keeper.key).get('/me')).status).toBe(200);
      expect(await rawRow(t, boot.api_key.split('/').pop() as string)).toEqual({
        state: 'STATE_ACTIVE',
        disable_time: null,
      });
    });

    it('is idempotent: a second sweep disables nothing and leaves disable_time as it was', async () => {
      const k = await operatorKey(t, org, ADMIN, { displayName: 'idempotent', expiration: 'EXPIRATION_7_DAYS' });
      t.clock.advance(8 * DAY);
      expect(await sweep()).toBe(1);
      const first = await rawRow(t, k.id);
      t.clock.advance(60_000);
      expect(await sweep()).toBe(0);
      expect(await rawRow(t, k.id)).toEqual(first);
    });

    it('works through more than one batch (batch size 2, 5 expired keys → 5)', async () => {
      const keys: Awaited<ReturnType<typeof operatorKey>>[] = [];
      for (let i = 0; i < 5; i++)
        keys.push(await operatorKey(t, org, ADMIN, { displayName: `batch ${i}`, expiration: 'EXPIRATION_7_DAYS' }));
      const keeper = await operatorKey(t, org, ADMIN, { displayName: 'batch keeper', expiration: 'EXPIRATION_1_YEAR' });
      t.clock.advance(8 * DAY);
      expect(await sweep(2)).toBe(5);
      for (const k of keys) expect((await rawRow(t, k.id)).state).toBe('STATE_EXPIRED');
      expect((await rawRow(t, keeper.id)).state).toBe('STATE_ACTIVE');
      expect(await sweep(2)).toBe(0);
    });

    it('disables each key exactly once when two instances sweep at the same time', async () => {
      const second = await startApp({ shareDatabaseWith: t, env: { EXPIRY_SWEEP_CRON: 'off' } });
      try {
        const keys: Awaited<ReturnType<typeof operatorKey>>[] = [];
        for (let i = 0; i < 7; i++)
          keys.push(
            await operatorKey(t, org, ADMIN, { displayName: `concurrent ${i}`, expiration: 'EXPIRATION_7_DAYS' }),
          );
        t.clock.advance(8 * DAY);
        second.clock.advance(t.clock.now() - second.clock.now()); // both instances agree on "now"

        const counts = await Promise.all([
          t.get(ApiKeyExpiryService).sweep(2),
          second.get(ApiKeyExpiryService).sweep(2),
        ]);
        expect(counts[0] + counts[1]).toBe(keys.length);
        for (const k of keys) expect((await rawRow(t, k.id)).state).toBe('STATE_EXPIRED');
        expect(await Promise.all([sweep(), second.get(ApiKeyExpiryService).sweep()])).toEqual([0, 0]);
      } finally {
        await second.close();
      }
    });
  });

  describe('EXPIRY_SWEEP_CRON', () => {
    it('"off" registers no job', () => {
      expect(t.config.env.EXPIRY_SWEEP_CRON).toBe('off');
      expect(t.get(SchedulerRegistry).getCronJobs().size).toBe(0);
    });

    it('runs the sweep on schedule: with "* * * * * *" an expired key is marked within seconds', async () => {
      const scheduled = await startApp({ env: { EXPIRY_SWEEP_CRON: '* * * * * *' } });
      try {
        expect(scheduled.get(SchedulerRegistry).getCronJobs().size).toBe(1);
        const other = await bootstrapOrganization(scheduled);
        const key = await operatorKey(scheduled, other.organization, ADMIN, {
          displayName: 'cron',
          expiration: 'EXPIRATION_7_DAYS',
        });
        const keeper = await operatorKey(scheduled, other.organization, ADMIN, {
          displayName: 'cron keeper',
          expiration: 'EXPIRATION_1_YEAR',
        });
        scheduled.clock.advance(8 * DAY);

        // Real waiting here: the job runs on the wall clock. Poll the database for up to 5 s.
        let row = await rawRow(scheduled, key.id);
        for (let i = 0; i < 50 && row.state !== 'STATE_EXPIRED'; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          row = await rawRow(scheduled, key.id);
        }
        expect(row.state).toBe('STATE_EXPIRED');
        expect(row.disable_time).not.toBeNull();
        expect((await rawRow(scheduled, keeper.id)).state).toBe('STATE_ACTIVE');
      } finally {
        await scheduled.close();
      }
    });
  });

  describe('expiry signals (API.md §10): headers on every authenticated answer, expires_soon', () => {
    it('tells the caller when its key expires; warns (Warning 299, expires_soon) in its last 7 days', async () => {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'signals', expiration: 'EXPIRATION_30_DAYS' });
      const far = await as(t, key.key).get('/me');
      expect(far.status).toBe(200);
      expect(far.headers['tessera-key-expire-time']).toBe(key.expire_time);
      expect(far.headers.warning).toBeUndefined();
      expect(far.body.api_key.expires_soon).toBe(false);

      t.clock.advance(Date.parse(key.expire_time) - t.clock.now() - 7 * DAY + 60_000); // 7 days less a minute left
      const near = await as(t, key.key).get('/me');
      expect(near.headers['tessera-key-expire-time']).toBe(key.expire_time);
      expect(near.headers.warning).toBe(`299 tessera "API key expires ${key.expire_time}"`);
      expect(near.body.api_key.expires_soon).toBe(true);
      expect((await as(t, boot.key).get(key.name)).body.expires_soon).toBe(true);
      const listed = await as(t, boot.key).get(
        `${org}/apiKeys?filter=${encodeURIComponent('display_name = "signals"')}`,
      );
      expect(listed.body.api_keys.map((k: { expires_soon: boolean }) => k.expires_soon)).toEqual([true]);
      // The admin's one-year key is not expiring soon.
      expect((await as(t, boot.key).get('/me')).headers.warning).toBeUndefined();
    });

    it('sends them on authenticated errors too, and never on a 401', async () => {
      const reader = await operatorKey(t, org, ADMIN, { displayName: 'reader', level: 'PERMISSION_LEVEL_READ_ONLY' });
      const denied = await as(t, reader.key).post(`${org}/workspaces`, { title: 'Not allowed' });
      expect(denied.status).toBe(403);
      expect(denied.headers['tessera-key-expire-time']).toBe(reader.expire_time);
      const anonymous = await t.http().get('/api/v1/me');
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['tessera-key-expire-time']).toBeUndefined();
    });
  });
});
