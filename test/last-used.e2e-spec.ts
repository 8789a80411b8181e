import { ApiKeyRepository } from '../src/api-keys/api-key.repository';
import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { as } from './support/api-client';
import { operatorKey } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, queriesDuring, startApp, TestApp } from './support/test-app';

/** The bootstrap admin, for whom the operator mints keys without an HTTP request. */
const ADMIN = 'admin@acme.test';

/**
 * API.md §5 and §7: `last_used_time` is null until used, then set; it is written without a
 * database write per request (at most one write per key per LAST_USED_RESOLUTION_SECONDS), and
 * pending times are flushed when the app stops (§8).
 */

async function rawLastUsed(app: TestApp, id: string): Promise<number | null> {
  const rows: { last_used_time: string | number | null }[] = await app.dataSource.query(
    'SELECT last_used_time FROM api_keys WHERE id = ?',
    [id],
  );
  expect(rows).toHaveLength(1);
  return rows[0].last_used_time === null ? null : Number(rows[0].last_used_time);
}

/** UPDATE statements on api_keys the app runs while `fn` runs. */
async function apiKeyUpdatesDuring(app: TestApp, fn: () => Promise<unknown>): Promise<string[]> {
  return (await queriesDuring(app, fn)).filter((sql) => /^\s*UPDATE\b/i.test(sql) && /api_keys/i.test(sql));
}

describe('last_used_time (API.md §5, §7)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  const flush = () => t.get(LastUsedRecorder).flush();

  beforeAll(async () => {
    t = await startApp({ env: { LAST_USED_RESOLUTION_SECONDS: '60', MAX_API_KEYS_PER_ORGANIZATION: '100' } });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(() => t.close());

  describe('one key through its life', () => {
    let key: Awaited<ReturnType<typeof operatorKey>>;
    let firstUse: number;

    beforeAll(async () => {
      key = await operatorKey(t, org, ADMIN, { displayName: 'tracked' });
    });

    it('is null until the key is used (present as null)', async () => {
      expect(key).toHaveProperty('last_used_time', null);
      await flush();
      const shown = await as(t, boot.key).get(key.name);
      expect(shown.status).toBe(200);
      expect(shown.body).toHaveProperty('last_used_time', null);
      expect(await rawLastUsed(t, key.id)).toBeNull();
    });

    it('is set after a request and a flush, to the time of that request', async () => {
      const before = t.clock.now();
      expect((await as(t, key.key).get('/me')).status).toBe(200);
      const after = t.clock.now();
      await flush();
      const stored = await rawLastUsed(t, key.id);
      expect(stored).not.toBeNull();
      expect(stored).toBeGreaterThanOrEqual(before);
      expect(stored).toBeLessThanOrEqual(after);
      firstUse = stored as number;
      const shown = await as(t, boot.key).get(key.name);
      expect(shown.body.last_used_time).toBe(new Date(firstUse).toISOString());
    });

    it('does not move for further requests within LAST_USED_RESOLUTION_SECONDS', async () => {
      for (const step of [0, 10_000, 20_000, 25_000]) {
        t.clock.advance(step); // up to 55 s after the first use: still inside the 60 s resolution
        expect((await as(t, key.key).get('/me')).status).toBe(200);
        await flush();
        expect(await rawLastUsed(t, key.id)).toBe(firstUse);
      }
    });

    it('moves forward once the resolution has passed', async () => {
      t.clock.advance(10_000); // 65 s after the first use
      const before = t.clock.now();
      expect((await as(t, key.key).get('/me')).status).toBe(200);
      const after = t.clock.now();
      await flush();
      const stored = await rawLastUsed(t, key.id);
      expect(stored).toBeGreaterThan(firstUse);
      expect(stored).toBeGreaterThanOrEqual(before);
      expect(stored).toBeLessThanOrEqual(after);
      expect((await as(t, boot.key).get(key.name)).body.last_used_time).toBe(new Date(stored as number).toISOString());
    });
  });

  it('costs no database write per request: 20 requests within the resolution make at most one write', async () => {
    const key = await operatorKey(t, org, ADMIN, { displayName: 'busy' });
    await flush(); // nothing else pending (e.g. the admin key's own use)
    const updates = await apiKeyUpdatesDuring(t, async () => {
      for (let i = 0; i < 20; i++) expect((await as(t, key.key).get('/me')).status).toBe(200);
      await flush();
    });
    // At most one write; and exactly one here, since the key's first use had to be recorded.
    expect(updates.length).toBeLessThanOrEqual(1);
    expect(updates).toHaveLength(1);
    expect(await rawLastUsed(t, key.id)).not.toBeNull();

    // Once recorded, another 20 requests within the resolution write nothing at all.
    const more = await apiKeyUpdatesDuring(t, async () => {
      for (let i = 0; i < 20; i++) expect((await as(t, key.key).get(`${org}/workspaces`)).status).toBe(200);
      await flush();
    });
    expect(more).toEqual([]);
  });

  it('is flushed when the app stops (pending times are not lost on close)', async () => {
    // A second instance on the same database; it is closed without an explicit flush, and the
    // first instance then reads the row.
    const second = await startApp({ shareDatabaseWith: t, env: { LAST_USED_RESOLUTION_SECONDS: '60' } });
    const key = await operatorKey(second, org, ADMIN, { displayName: 'used right before shutdown' });
    let before: number;
    let after: number;
    try {
      before = second.clock.now();
      expect((await as(second, key.key).get('/me')).status).toBe(200);
      after = second.clock.now();
    } finally {
      await second.close();
    }
    const stored = await rawLastUsed(t, key.id);
    expect(stored).not.toBeNull();
    expect(stored).toBeGreaterThanOrEqual(before);
    expect(stored).toBeLessThanOrEqual(after);
  });

  it('is written once per resolution window even when several instances saw the key unused', async () => {
    const second = await startApp({ shareDatabaseWith: t, env: { LAST_USED_RESOLUTION_SECONDS: '60' } });
    try {
      const key = await operatorKey(t, org, ADMIN, { displayName: 'used on two instances' });
      // Earlier tests moved this file's clock; run the second instance slightly ahead of it.
      second.clock.advance(t.clock.now() - second.clock.now() + 5);
      // Both instances authenticate the key while its stored time is still null: both queue a write.
      expect((await as(t, key.key).get('/me')).status).toBe(200);
      expect((await as(second, key.key).get('/me')).status).toBe(200);
      await flush();
      const first = await rawLastUsed(t, key.id);
      second.clock.advance(1_000);
      const writes = await apiKeyUpdatesDuring(second, () => second.get(LastUsedRecorder).flush());
      expect(writes).toHaveLength(1); // the second instance tries…
      expect(await rawLastUsed(t, key.id)).toBe(first); // …but the window's write is already done
    } finally {
      await second.close();
    }
  });

  it('a use flushed late by another instance moves neither the time nor the address backwards', async () => {
    const key = await operatorKey(t, org, ADMIN, { displayName: 'two instances' });
    const repo = t.get(ApiKeyRepository);
    const now = t.clock.now();
    await repo.recordLastUsed(key.id, now, '10.0.0.2', now - 60_000); // the newer use, written first
    await repo.recordLastUsed(key.id, now - 5_000, '10.0.0.1', now - 65_000); // an older use, written late
    const rows: { last_used_time: string | number; last_used_ip: string }[] = await t.dataSource.query(
      'SELECT last_used_time, last_used_ip FROM api_keys WHERE id = ?',
      [key.id],
    );
    expect({ time: Number(rows[0].last_used_time), ip: rows[0].last_used_ip }).toEqual({ time: now, ip: '10.0.0.2' });
  });
});
