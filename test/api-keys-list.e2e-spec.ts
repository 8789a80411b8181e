import { expectError, expectInvalidField } from './support/expect-error';
import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import {
  addUser,
  DAY_MS,
  expectNoSecrets,
  operatorKey,
  startWithOrganization,
  TIMESTAMP,
} from './support/api-key-fixtures';
import { ApiKeyBody, as, createKey, IssuedKey } from './support/api-client';
import { Bootstrapped, TestApp } from './support/test-app';

/** GET /organizations/{o}/apiKeys (API.md §1, §4, §6, §7): who sees what, filters, order, pages. */
describe('API keys: list', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  let adminKey: string;
  let alice: string;
  let bob: string;
  let aliceKey: IssuedKey;
  let bobKey: IssuedKey;
  const aliceKeys: string[] = [];
  const bobKeys: string[] = [];

  type ListQuery = Partial<Record<'filter' | 'order_by' | 'page_size' | 'page_token', string>>;
  const list = (key: string, query: ListQuery = {}) => as(t, key).get(`${org}/apiKeys`).query(query);
  const names = (res: { body: { api_keys: ApiKeyBody[] } }) => res.body.api_keys.map((k) => k.name);
  const displayNames = (res: { body: { api_keys: ApiKeyBody[] } }) => res.body.api_keys.map((k) => k.display_name);
  const create = (key: string, overrides: Record<string, unknown>) => createKey(t, key, org, overrides);

  beforeAll(async () => {
    ({ t, boot } = await startWithOrganization());
    org = boot.organization;
    adminKey = boot.key;
    alice = await addUser(t, adminKey, org, 'alice@acme.test', 'Alice');
    bob = await addUser(t, adminKey, org, 'bob@acme.test', 'Bob');
    aliceKey = await operatorKey(t, org, 'alice@acme.test', { displayName: 'alice cli' });
    bobKey = await operatorKey(t, org, 'bob@acme.test', { displayName: 'bob cli' });
    aliceKeys.push(aliceKey.name);
    bobKeys.push(bobKey.name);
    for (const n of ['alice one', 'alice two']) aliceKeys.push((await create(aliceKey.key, { display_name: n })).name);
    bobKeys.push((await create(bobKey.key, { display_name: 'bob one' })).name);
  });
  afterAll(() => t.close());

  describe('who sees what: members their own keys, admins every key', () => {
    it('lists only the member’s own keys for a member', async () => {
      const res = await list(aliceKey.key, { page_size: '1000' });
      expect(res.status).toBe(200);
      expect(res.body.next_page_token).toBe('');
      expect([...names(res)].sort()).toEqual([...aliceKeys].sort());
      expect(res.body.api_keys.every((k: ApiKeyBody) => k.owner === alice)).toBe(true);
    });

    it('lists every key of the organization for an admin', async () => {
      const res = await list(adminKey, { page_size: '1000' });
      expect(res.status).toBe(200);
      expect(names(res)).toEqual(expect.arrayContaining([boot.api_key, ...aliceKeys, ...bobKeys]));
      expect(new Set(res.body.api_keys.map((k: ApiKeyBody) => k.owner))).toEqual(new Set([boot.user, alice, bob]));
    });

    it('does not let a member reach another member’s keys through a filter', async () => {
      const byOwner = await list(aliceKey.key, { filter: `owner = "${bob}"` });
      expect(byOwner.status).toBe(200);
      expect(byOwner.body.api_keys).toEqual([]);
      const byName = await list(aliceKey.key, { filter: 'display_name : "bob"' });
      expect(byName.status).toBe(200);
      expect(byName.body.api_keys).toEqual([]);
    });

    it('answers every item in the full ApiKey shape', async () => {
      const res = await list(adminKey, { filter: 'display_name = "alice one"' });
      expect(res.body.api_keys).toHaveLength(1);
      expect(res.body.api_keys[0]).toEqual({
        name: aliceKeys[1],
        display_name: 'alice one',
        key_prefix: expect.stringMatching(/^tsr_[0-9A-Za-z]{8}$/),
        expiration: 'EXPIRATION_30_DAYS',
        expire_time: expect.stringMatching(TIMESTAMP),
        permission_level: 'PERMISSION_LEVEL_ALL',
        permissions: [],
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
        workspaces: [],
        state: 'STATE_ACTIVE',
        owner: alice,
        owner_display_name: 'Alice',
        owner_email: 'alice@acme.test',
        creator_key: aliceKey.name,
        create_time: expect.stringMatching(TIMESTAMP),
        update_time: expect.stringMatching(TIMESTAMP),
        last_used_time: null,
        previous_secret_expire_time: null,
        expires_soon: false,
        allowed_ips: [],
        last_used_ip: '',
      });
    });
  });

  describe('filter', () => {
    beforeAll(async () => {
      for (const n of ['Deploy Alpha', 'alphabet soup', 'Beta', 'deploy alpha'])
        await create(adminKey, { display_name: n });
    });

    it('display_name = "x" matches exactly (and case-sensitively)', async () => {
      const res = await list(adminKey, { filter: 'display_name = "Deploy Alpha"' });
      expect(res.status).toBe(200);
      expect(displayNames(res)).toEqual(['Deploy Alpha']);
    });

    it("display_name = 'x' takes single quotes too", async () => {
      const res = await list(adminKey, { filter: "display_name='Beta'" });
      expect(res.status).toBe(200);
      expect(displayNames(res)).toEqual(['Beta']);
    });

    it('display_name : "x" matches a case-insensitive substring', async () => {
      const res = await list(adminKey, { filter: 'display_name : "ALPHA"' });
      expect(res.status).toBe(200);
      expect([...displayNames(res)].sort()).toEqual(['Deploy Alpha', 'alphabet soup', 'deploy alpha'].sort());
    });

    it('display_name : treats % and _ literally', async () => {
      await create(adminKey, { display_name: '100% done_ok' });
      const pct = await list(adminKey, { filter: 'display_name : "%"' });
      expect(displayNames(pct)).toEqual(['100% done_ok']);
      const underscore = await list(adminKey, { filter: 'display_name : "_"' });
      expect(displayNames(underscore)).toEqual(['100% done_ok']);
    });

    it('owner = "organizations/o/users/u" returns that user’s keys (admin)', async () => {
      const res = await list(adminKey, { filter: `owner = "${bob}"`, page_size: '1000' });
      expect(res.status).toBe(200);
      expect([...names(res)].sort()).toEqual([...bobKeys].sort());
    });

    it('combines terms with AND', async () => {
      const res = await list(adminKey, { filter: `display_name : "alice" AND owner = "${alice}"` });
      expect(res.status).toBe(200);
      expect([...displayNames(res)].sort()).toEqual(['alice cli', 'alice one', 'alice two']);
      const none = await list(adminKey, { filter: `display_name : "alice" AND owner = "${bob}"` });
      expect(none.body.api_keys).toEqual([]);
    });

    it('state = STATE_EXPIRED / STATE_ACTIVE (quoted or not) follows expire_time, sweep or no sweep', async () => {
      const shortLived = await create(adminKey, { display_name: 'short lived', expiration: 'EXPIRATION_7_DAYS' });
      const expiredBefore = await list(adminKey, { filter: 'state = STATE_EXPIRED', page_size: '1000' });
      expect(expiredBefore.status).toBe(200);
      expect(names(expiredBefore)).not.toContain(shortLived.name);

      t.clock.advance(7 * DAY_MS + 1000);

      for (const filter of [
        'state = STATE_EXPIRED',
        'state = "STATE_EXPIRED"',
        "state = 'STATE_EXPIRED'",
        'state=STATE_EXPIRED',
      ]) {
        const res = await list(adminKey, { filter, page_size: '1000' });
        expect(res.status).toBe(200);
        expect(names(res)).toContain(shortLived.name);
        expect(res.body.api_keys.every((k: ApiKeyBody) => k.state === 'STATE_EXPIRED')).toBe(true);
      }
      for (const filter of ['state = STATE_ACTIVE', 'state = "STATE_ACTIVE"', "state = 'STATE_ACTIVE'"]) {
        const res = await list(adminKey, { filter, page_size: '1000' });
        expect(res.status).toBe(200);
        expect(names(res)).not.toContain(shortLived.name);
        expect(names(res)).toContain(boot.api_key);
        expect(res.body.api_keys.every((k: ApiKeyBody) => k.state === 'STATE_ACTIVE')).toBe(true);
      }
      const get = await as(t, adminKey).get(shortLived.name);
      expect(get.body.state).toBe('STATE_EXPIRED');
      const combined = await list(adminKey, { filter: 'display_name = "short lived" AND state = STATE_EXPIRED' });
      expect(names(combined)).toEqual([shortLived.name]);
    });

    it.each([
      ['an unknown operator', 'display_name ~ "x"'],
      ['an unknown field', 'colour = "red"'],
      ['a missing value', 'display_name = '],
      ['an unterminated string', 'display_name = "abc'],
      ['OR', 'display_name = "a" OR display_name = "b"'],
      ['a parenthesis', '(display_name = "a")'],
      ['an unknown state', 'state = STATE_BOGUS'],
      ['state with :', 'state : STATE_ACTIVE'],
      ['a malformed owner', 'owner = "bob"'],
      ['owner with :', `owner : "organizations"`],
      ['a comparison', 'create_time > "2020-01-01T00:00:00Z"'],
    ])('refuses a filter with %s (400, never 500)', async (_label, filter) => {
      const res = await list(adminKey, { filter });
      expectError(res, 400, 3, 'INVALID_ARGUMENT');
    });
  });

  describe('order_by', () => {
    const rank = (res: { body: { api_keys: ApiKeyBody[] } }) => displayNames(res);

    it('orders by display_name, case-insensitively, asc and desc', async () => {
      for (const n of ['ord-b', 'Ord-C', 'ord-a']) await create(adminKey, { display_name: n });
      const asc = await list(adminKey, { filter: 'display_name : "ord-"', order_by: 'display_name' });
      expect(asc.status).toBe(200);
      expect(rank(asc)).toEqual(['ord-a', 'ord-b', 'Ord-C']);
      const explicitAsc = await list(adminKey, { filter: 'display_name : "ord-"', order_by: 'display_name asc' });
      expect(rank(explicitAsc)).toEqual(['ord-a', 'ord-b', 'Ord-C']);
      const desc = await list(adminKey, { filter: 'display_name : "ord-"', order_by: 'display_name desc' });
      expect(rank(desc)).toEqual(['Ord-C', 'ord-b', 'ord-a']);
    });

    it('orders by create_time, newest first by default', async () => {
      for (const n of ['ct-1', 'ct-2', 'ct-3']) {
        await create(adminKey, { display_name: n });
        t.clock.advance(1000);
      }
      const byDefault = await list(adminKey, { filter: 'display_name : "ct-"' });
      expect(rank(byDefault)).toEqual(['ct-3', 'ct-2', 'ct-1']);
      const asc = await list(adminKey, { filter: 'display_name : "ct-"', order_by: 'create_time' });
      expect(rank(asc)).toEqual(['ct-1', 'ct-2', 'ct-3']);
      const desc = await list(adminKey, { filter: 'display_name : "ct-"', order_by: 'create_time desc' });
      expect(rank(desc)).toEqual(['ct-3', 'ct-2', 'ct-1']);
    });

    it('orders by expire_time', async () => {
      await create(adminKey, { display_name: 'ex-90', expiration: 'EXPIRATION_90_DAYS' });
      await create(adminKey, { display_name: 'ex-30', expiration: 'EXPIRATION_30_DAYS' });
      await create(adminKey, { display_name: 'ex-60', expiration: 'EXPIRATION_60_DAYS' });
      const asc = await list(adminKey, { filter: 'display_name : "ex-"', order_by: 'expire_time' });
      expect(rank(asc)).toEqual(['ex-30', 'ex-60', 'ex-90']);
      const desc = await list(adminKey, { filter: 'display_name : "ex-"', order_by: 'expire_time desc' });
      expect(rank(desc)).toEqual(['ex-90', 'ex-60', 'ex-30']);
    });

    it('orders by last_used_time (and shows it once the use is recorded)', async () => {
      const a = await create(adminKey, { display_name: 'lu-a' });
      const b = await create(adminKey, { display_name: 'lu-b' });
      await create(adminKey, { display_name: 'lu-never' });
      expect((await as(t, b.key).get('/me')).status).toBe(200);
      t.clock.advance(5000);
      expect((await as(t, a.key).get('/me')).status).toBe(200);
      await t.get(LastUsedRecorder).flush();

      const desc = await list(adminKey, { filter: 'display_name : "lu-"', order_by: 'last_used_time desc' });
      expect(desc.status).toBe(200);
      const used = desc.body.api_keys.filter((k: ApiKeyBody) => k.last_used_time !== null);
      expect(used.map((k: ApiKeyBody) => k.display_name)).toEqual(['lu-a', 'lu-b']);
      used.forEach((k: ApiKeyBody) => expect(k.last_used_time).toMatch(TIMESTAMP));
      expect(Date.parse(used[0].last_used_time)).toBeGreaterThan(Date.parse(used[1].last_used_time));
      expect(desc.body.api_keys.find((k: ApiKeyBody) => k.display_name === 'lu-never').last_used_time).toBeNull();

      const asc = await list(adminKey, { filter: 'display_name : "lu-"', order_by: 'last_used_time asc' });
      expect(
        asc.body.api_keys.filter((k: ApiKeyBody) => k.last_used_time !== null).map((k: ApiKeyBody) => k.display_name),
      ).toEqual(['lu-b', 'lu-a']);
      expect(asc.body.api_keys).toHaveLength(3);
    });

    it('accepts several fields', async () => {
      const res = await list(adminKey, { filter: 'display_name : "ord-"', order_by: 'display_name desc, create_time' });
      expect(res.status).toBe(200);
      expect(rank(res)).toEqual(['Ord-C', 'ord-b', 'ord-a']);
    });

    it.each([
      'owner',
      'name',
      'display_name sideways',
      'state',
      'update_time',
      'display_name,,create_time',
      'display_name desc desc',
    ])('refuses order_by %p with 400', async (orderBy) => {
      expectError(await list(adminKey, { order_by: orderBy }), 400, 3, 'INVALID_ARGUMENT');
    });
  });

  describe('pages', () => {
    const pageNames = ['page-1', 'page-2', 'page-3', 'page-4', 'page-5'];
    beforeAll(async () => {
      for (const n of pageNames) await create(adminKey, { display_name: n });
    });

    it('walks with page_size and next_page_token, each key exactly once, "" on the last page', async () => {
      const seen: string[] = [];
      const sizes: number[] = [];
      let token = '';
      for (let i = 0; i < 10; i++) {
        const query: ListQuery = { filter: 'display_name : "page-"', order_by: 'display_name', page_size: '2' };
        if (token) query.page_token = token;
        const res = await list(adminKey, query);
        expect(res.status).toBe(200);
        seen.push(...displayNames(res));
        sizes.push(res.body.api_keys.length);
        token = res.body.next_page_token;
        expect(typeof token).toBe('string');
        if (!token) break;
      }
      expect(sizes).toEqual([2, 2, 1]);
      expect(seen).toEqual(pageNames);
    });

    it('walks in the default order too', async () => {
      const seen: string[] = [];
      let token = '';
      do {
        const query: ListQuery = { filter: 'display_name : "page-"', page_size: '2' };
        if (token) query.page_token = token;
        const res = await list(adminKey, query);
        expect(res.status).toBe(200);
        seen.push(...displayNames(res));
        token = res.body.next_page_token;
      } while (token && seen.length < 20);
      expect([...seen].sort()).toEqual(pageNames);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('treats page_size=0 as the default and coerces values above 1000', async () => {
      const zero = await list(adminKey, { filter: 'display_name : "page-"', page_size: '0' });
      expect(zero.status).toBe(200);
      expect(zero.body.api_keys).toHaveLength(5);
      expect(zero.body.next_page_token).toBe('');
      const huge = await list(adminKey, { filter: 'display_name : "page-"', page_size: '5000' });
      expect(huge.status).toBe(200);
      expect(huge.body.api_keys).toHaveLength(5);
    });

    it.each(['-1', 'abc', '1.5', '2e1'])('refuses page_size=%p with 400', async (pageSize) => {
      expectInvalidField(await list(adminKey, { page_size: pageSize }), 'page_size');
    });

    it('refuses a page_token reused with another filter or order_by, or a forged one', async () => {
      const first = await list(adminKey, {
        filter: 'display_name : "page-"',
        order_by: 'display_name',
        page_size: '2',
      });
      const token = first.body.next_page_token;
      expect(token).not.toBe('');
      const otherFilter = await list(adminKey, {
        filter: 'display_name : "page"',
        order_by: 'display_name',
        page_size: '2',
        page_token: token,
      });
      expectError(otherFilter, 400, 3, 'INVALID_ARGUMENT');
      const otherOrder = await list(adminKey, {
        filter: 'display_name : "page-"',
        order_by: 'create_time',
        page_size: '2',
        page_token: token,
      });
      expectError(otherOrder, 400, 3, 'INVALID_ARGUMENT');
      const forged = await list(adminKey, {
        filter: 'display_name : "page-"',
        order_by: 'display_name',
        page_token: `${token}x`,
      });
      expectError(forged, 400, 3, 'INVALID_ARGUMENT');
    });
  });

  describe('no secret or hash in any list or get answer', () => {
    it('shows only key_prefix, never the key or its hash, in lists, gets and /me', async () => {
      // A key in its grace period has two secrets (and two hashes) stored: neither may show.
      const graced = await create(adminKey, { display_name: 'in grace' });
      const rotated = await as(t, adminKey).post(`${graced.name}:rotate`, { grace_period_seconds: 600 });
      expect(rotated.status).toBe(200);
      expect(rotated.body.previous_secret_expire_time).toMatch(TIMESTAMP);
      const all = await list(adminKey, { page_size: '1000' });
      expect(all.status).toBe(200);
      expect(all.body.api_keys.length).toBeGreaterThan(10);
      expectNoSecrets(all.body);
      for (const item of all.body.api_keys as ApiKeyBody[]) {
        expect(item).not.toHaveProperty('key');
        expect(item.key_prefix).toMatch(/^tsr_[0-9A-Za-z]{8}$/);
        const get = await as(t, adminKey).get(item.name);
        expect(get.status).toBe(200);
        expectNoSecrets(get.body);
        expect(get.body).not.toHaveProperty('key');
      }
      expectNoSecrets((await list(aliceKey.key)).body);
      expectNoSecrets((await as(t, aliceKey.key).get('/me')).body);
    });

    it('does not store the secret in plain text either', async () => {
      const created = await create(adminKey, { display_name: 'plain text check' });
      const rows: Record<string, unknown>[] = await t.dataSource.query('SELECT * FROM api_keys');
      expect(JSON.stringify(rows)).not.toContain(created.key);
      expect(JSON.stringify(rows)).not.toContain(created.key.slice(12));
    });
  });
});
