import { expectError, expectInvalidField } from './support/expect-error';
import {
  addUser,
  API_KEY_FIELDS,
  DAY_MS,
  KEY_SHAPE,
  meStatus,
  operatorKey,
  startWithOrganization,
  TIMESTAMP,
} from './support/api-key-fixtures';
import { as, createKey, IssuedKey } from './support/api-client';
import { Bootstrapped, TestApp } from './support/test-app';

/** POST /organizations/{o}/apiKeys/{k}:rotate (API.md §5, §6) and AIP-136 custom-method routing. */
describe('API keys: rotate', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  let adminKey: string;
  let aliceKey: IssuedKey;
  let bobKey: IssuedKey;

  const create = (key: string, overrides: Record<string, unknown> = {}) => createKey(t, key, org, overrides);
  const rotate = (callerKey: string, name: string, body?: object) => as(t, callerKey).post(`${name}:rotate`, body);
  const rotated = async (callerKey: string, name: string, body?: object) => {
    const res = await rotate(callerKey, name, body);
    if (res.status !== 200) throw new Error(`rotate failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as IssuedKey;
  };

  beforeAll(async () => {
    ({ t, boot } = await startWithOrganization());
    org = boot.organization;
    adminKey = boot.key;
    await addUser(t, adminKey, org, 'alice@acme.test', 'Alice');
    await addUser(t, adminKey, org, 'bob@acme.test', 'Bob');
    aliceKey = await operatorKey(t, org, 'alice@acme.test', { displayName: 'alice cli' });
    bobKey = await operatorKey(t, org, 'bob@acme.test', { displayName: 'bob cli' });
  });
  afterAll(() => t.close());

  describe('a new secret for the same key', () => {
    it('answers 200 with the same name, settings and expire_time, a new key_prefix and key', async () => {
      const original = await create(adminKey, {
        display_name: 'to rotate',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Workspace', 'read:User'],
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [boot.workspace],
        expiration: 'EXPIRATION_90_DAYS',
      });
      t.clock.advance(1000);
      const res = await rotate(adminKey, original.name);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual([...API_KEY_FIELDS, 'key'].sort());
      const { key: _old, key_prefix: _oldPrefix, update_time: _oldUpdate, ...unchanged } = original;
      expect(res.body).toMatchObject(unchanged);
      expect(res.body.key).toMatch(KEY_SHAPE);
      expect(res.body.key).not.toBe(original.key);
      expect(res.body.key_prefix).toBe(res.body.key.slice(0, 12));
      expect(res.body.key_prefix).not.toBe(original.key_prefix);
      expect(res.body.previous_secret_expire_time).toBeNull();
      expect(res.body.update_time).toMatch(TIMESTAMP);
      expect(Date.parse(res.body.update_time)).toBeGreaterThan(Date.parse(original.update_time));

      const get = await as(t, adminKey).get(original.name);
      const { key: _new, ...withoutSecret } = res.body;
      expect(get.body).toEqual(withoutSecret);
      const me = await as(t, res.body.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.api_key.name).toBe(original.name);
    });

    it('accepts the colon percent-encoded (%3A and %3a)', async () => {
      const key = await create(adminKey, { display_name: 'encoded colon' });
      const upper = await as(t, adminKey).post(`${key.name}%3Arotate`);
      expect(upper.status).toBe(200);
      expect(upper.body.name).toBe(key.name);
      const lower = await as(t, adminKey).post(`${key.name}%3arotate`);
      expect(lower.status).toBe(200);
      expect(lower.body.key).not.toBe(upper.body.key);
      expect(await meStatus(t, lower.body.key)).toBe(200);
    });

    it('lets a member rotate their own key', async () => {
      const key = await create(aliceKey.key, { display_name: 'alice rotates' });
      const res = await rotate(aliceKey.key, key.name);
      expect(res.status).toBe(200);
      expect(res.body.owner).toBe(key.owner);
      expect(await meStatus(t, res.body.key)).toBe(200);
    });
  });

  describe('the old secret', () => {
    it('stops at once without a grace period', async () => {
      const key = await create(adminKey, { display_name: 'no grace' });
      const res = await rotated(adminKey, key.name, { grace_period_seconds: 0 });
      expectError(await as(t, key.key).get('/me'), 401, 16, 'API_KEY_INVALID');
      expect(await meStatus(t, res.key)).toBe(200);
      expect(res.previous_secret_expire_time).toBeNull();
    });

    it('treats no body (and {}) as a grace period of 0', async () => {
      const key = await create(adminKey, { display_name: 'no body' });
      const first = await rotated(adminKey, key.name);
      expect(await meStatus(t, key.key)).toBe(401);
      expect(first.previous_secret_expire_time).toBeNull();
      const second = await rotated(adminKey, key.name, {});
      expect(await meStatus(t, first.key)).toBe(401);
      expect(await meStatus(t, second.key)).toBe(200);
    });

    it('keeps working for grace_period_seconds, shown in previous_secret_expire_time, then stops', async () => {
      const key = await create(adminKey, { display_name: 'grace 60' });
      const res = await rotated(adminKey, key.name, { grace_period_seconds: 60 });
      expect(res.previous_secret_expire_time).toMatch(TIMESTAMP);
      expect(Date.parse(res.previous_secret_expire_time!) - Date.parse(res.update_time)).toBe(60_000);
      expect((await as(t, adminKey).get(key.name)).body.previous_secret_expire_time).toBe(
        res.previous_secret_expire_time,
      );

      const old = await as(t, key.key).get('/me');
      expect(old.status).toBe(200);
      expect(old.body.api_key.name).toBe(key.name);
      expect(await meStatus(t, res.key)).toBe(200);

      t.clock.advance(61_000);
      expectError(await as(t, key.key).get('/me'), 401, 16, 'API_KEY_INVALID');
      expect(await meStatus(t, res.key)).toBe(200);
      expect((await as(t, adminKey).get(key.name)).body.previous_secret_expire_time).toBeNull();
    });

    it('honours only the latest previous secret: rotating again ends the earlier grace at once', async () => {
      const key = await create(adminKey, { display_name: 'double rotate' });
      const second = await rotated(adminKey, key.name, { grace_period_seconds: 600 });
      expect(await meStatus(t, key.key)).toBe(200);
      const third = await rotated(adminKey, key.name, { grace_period_seconds: 600 });
      expect(await meStatus(t, key.key)).toBe(401);
      expect(await meStatus(t, second.key)).toBe(200);
      expect(await meStatus(t, third.key)).toBe(200);
      expect(Date.parse(third.previous_secret_expire_time!) - Date.parse(third.update_time)).toBe(600_000);
      // A rotation without grace then ends the second secret too.
      const fourth = await rotated(adminKey, key.name);
      expect(await meStatus(t, second.key)).toBe(401);
      expect(await meStatus(t, third.key)).toBe(401);
      expect(await meStatus(t, fourth.key)).toBe(200);
      expect(fourth.previous_secret_expire_time).toBeNull();
    });

    it('never outlives expire_time: a rotation 30 s before expiry with a 3600 s grace ends at expire_time', async () => {
      const key = await create(adminKey, { display_name: 'nearly expired', expiration: 'EXPIRATION_7_DAYS' });
      const expireTime = Date.parse(key.expire_time);
      t.clock.advance(expireTime - 30_000 - t.clock.now());
      const res = await rotated(adminKey, key.name, { grace_period_seconds: 3600 });
      expect(res.expire_time).toBe(key.expire_time);
      expect(res.previous_secret_expire_time).toBe(key.expire_time);
      expect(await meStatus(t, key.key)).toBe(200);
      expect(await meStatus(t, res.key)).toBe(200);
      t.clock.advance(31_000);
      expect(await meStatus(t, key.key)).toBe(401);
      expect(await meStatus(t, res.key)).toBe(401);
      const after = await as(t, adminKey).get(key.name);
      expect(after.body.state).toBe('STATE_EXPIRED');
      expect(after.body.previous_secret_expire_time).toBeNull();
    });

    it('ends with the key: deleting it during the grace period stops both secrets', async () => {
      const key = await create(adminKey, { display_name: 'delete in grace' });
      const res = await rotated(adminKey, key.name, { grace_period_seconds: 600 });
      expect(await meStatus(t, key.key)).toBe(200);
      expect((await as(t, adminKey).delete(key.name)).body).toEqual({});
      expectError(await as(t, key.key).get('/me'), 401, 16, 'API_KEY_INVALID');
      expectError(await as(t, res.key).get('/me'), 401, 16, 'API_KEY_INVALID');
    });

    it('accepts the bounds 0 and 86400', async () => {
      const key = await create(adminKey, { display_name: 'bounds' });
      const max = await rotated(adminKey, key.name, { grace_period_seconds: 86400 });
      expect(Date.parse(max.previous_secret_expire_time!) - Date.parse(max.update_time)).toBe(86_400_000);
      const zero = await rotated(adminKey, key.name, { grace_period_seconds: 0 });
      expect(zero.previous_secret_expire_time).toBeNull();
    });
  });

  describe('validation', () => {
    it.each([
      ['-1', -1],
      ['86401', 86401],
      ['the string "30"', '30'],
      ['1.5', 1.5],
      ['null', null],
      ['true', true],
    ])('refuses grace_period_seconds = %s with 400 and rotates nothing', async (_label, grace) => {
      const key = await create(adminKey, { display_name: 'bad grace' });
      expectInvalidField(await rotate(adminKey, key.name, { grace_period_seconds: grace }), 'grace_period_seconds');
      expect(await meStatus(t, key.key)).toBe(200);
      expect((await as(t, adminKey).get(key.name)).body.key_prefix).toBe(key.key_prefix);
    });

    it('refuses unknown body fields', async () => {
      const key = await create(adminKey, { display_name: 'unknown field' });
      expectInvalidField(await rotate(adminKey, key.name, { grace: 30 }), 'grace');
      expect(await meStatus(t, key.key)).toBe(200);
    });

    it('refuses a non-JSON body with 415', async () => {
      const key = await create(adminKey, { display_name: 'form body' });
      const res = await as(t, adminKey)
        .post(`${key.name}:rotate`)
        .set('Content-Type', 'text/plain')
        .send('grace_period_seconds=5');
      expectError(res, 415, 3, 'INVALID_ARGUMENT');
    });
  });

  describe('who may rotate, and what', () => {
    it('refuses an admin rotating a member’s key (403 ESCALATION_DENIED)', async () => {
      const alices = await create(aliceKey.key, { display_name: 'alice own' });
      expectError(await rotate(adminKey, alices.name), 403, 7, 'ESCALATION_DENIED');
      expect(await meStatus(t, alices.key)).toBe(200);
    });

    it('answers 404 to a member rotating another member’s key', async () => {
      const bobs = await create(bobKey.key, { display_name: 'bob own' });
      expectError(await rotate(aliceKey.key, bobs.name), 404, 5, 'NOT_FOUND');
      expect(await meStatus(t, bobs.key)).toBe(200);
    });

    it('answers 404 for a missing key', async () => {
      expectError(await rotate(adminKey, `${org}/apiKeys/doesnotexist`), 404, 5, 'NOT_FOUND');
    });

    it('refuses to rotate an expired key (400 FAILED_PRECONDITION)', async () => {
      const key = await create(adminKey, { display_name: 'will expire', expiration: 'EXPIRATION_7_DAYS' });
      t.clock.advance(7 * DAY_MS + 1000);
      const res = await rotate(adminKey, key.name, { grace_period_seconds: 60 });
      expectError(res, 400, 9, 'FAILED_PRECONDITION');
      const after = await as(t, adminKey).get(key.name);
      expect(after.body).toMatchObject({
        state: 'STATE_EXPIRED',
        key_prefix: key.key_prefix,
        previous_secret_expire_time: null,
      });
    });

    it('needs a key (401) and update:ApiKey (403)', async () => {
      const key = await create(adminKey, { display_name: 'guarded' });
      const anonymous = await t.http().post(`/api/v1/${key.name}:rotate`);
      expectError(anonymous, 401, 16, 'API_KEY_INVALID');
      const reader = await create(adminKey, { display_name: 'reader', permission_level: 'PERMISSION_LEVEL_READ_ONLY' });
      expectError(await rotate(reader.key, key.name), 403, 7, 'PERMISSION_MISSING');
      expect(await meStatus(t, key.key)).toBe(200);
    });
  });

  describe('concurrent rotations of one key are serialized', () => {
    it('10 concurrent rotations without grace: all 200, exactly one returned secret works, and it is the stored one', async () => {
      const key = await create(adminKey, { display_name: 'contended' });
      const results = await Promise.all(
        Array.from({ length: 10 }, () => rotate(adminKey, key.name, { grace_period_seconds: 0 })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      const secrets = results.map((r) => r.body.key as string);
      expect(new Set(secrets).size).toBe(10);
      const working: string[] = [];
      for (const secret of secrets) if ((await meStatus(t, secret)) === 200) working.push(secret);
      expect(working).toHaveLength(1);
      expect(await meStatus(t, key.key)).toBe(401);
      const stored = await as(t, adminKey).get(key.name);
      expect(stored.body.key_prefix).toBe(working[0].slice(0, 12));
      expect(stored.body.previous_secret_expire_time).toBeNull();
      expect(stored.body.expire_time).toBe(key.expire_time);
      // The answer that carried the working secret shows the same prefix.
      expect(results.find((r) => r.body.key === working[0])!.body.key_prefix).toBe(stored.body.key_prefix);
    });

    it('10 concurrent rotations with grace: exactly the last two secrets work (current and previous)', async () => {
      const key = await create(adminKey, { display_name: 'contended grace' });
      const results = await Promise.all(
        Array.from({ length: 10 }, () => rotate(adminKey, key.name, { grace_period_seconds: 600 })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      const working: string[] = [];
      for (const r of results) if ((await meStatus(t, r.body.key)) === 200) working.push(r.body.key);
      expect(working).toHaveLength(2);
      expect(await meStatus(t, key.key)).toBe(401);
      const stored = await as(t, adminKey).get(key.name);
      expect(working.map((s) => s.slice(0, 12))).toContain(stored.body.key_prefix);
      expect(stored.body.previous_secret_expire_time).toMatch(TIMESTAMP);
    });
  });

  describe('custom-method routing', () => {
    it('answers 404 to an unknown verb', async () => {
      const key = await create(adminKey, { display_name: 'verbs' });
      expectError(await as(t, adminKey).post(`${key.name}:unknownVerb`), 404, 5, 'NOT_FOUND');
      expectError(await as(t, adminKey).post(`${key.name}:Rotate`), 404, 5, 'NOT_FOUND');
      expect(await meStatus(t, key.key)).toBe(200);
    });

    it('answers 404 to the internal route shape {name}/~rotate', async () => {
      const key = await create(adminKey, { display_name: 'tilde' });
      expectError(await as(t, adminKey).post(`${key.name}/~rotate`), 404, 5, 'NOT_FOUND');
      expectError(await as(t, adminKey).post(`${key.name}/%7Erotate`), 404, 5, 'NOT_FOUND');
      expect(await meStatus(t, key.key)).toBe(200);
      expect((await as(t, adminKey).get(key.name)).body.key_prefix).toBe(key.key_prefix);
    });

    it('answers 404 to other methods on :rotate, without touching the key', async () => {
      const key = await create(adminKey, { display_name: 'methods' });
      expectError(await as(t, adminKey).get(`${key.name}:rotate`), 404, 5, 'NOT_FOUND');
      expectError(await as(t, adminKey).delete(`${key.name}:rotate`), 404, 5, 'NOT_FOUND');
      expectError(await as(t, adminKey).patch(`${key.name}:rotate`, { display_name: 'x' }), 404, 5, 'NOT_FOUND');
      const after = await as(t, adminKey).get(key.name);
      expect(after.status).toBe(200);
      expect(after.body.display_name).toBe('methods');
      expect(await meStatus(t, key.key)).toBe(200);
    });

    it('answers 404 to :rotate on the collection', async () => {
      expectError(await as(t, adminKey).post(`${org}/apiKeys:rotate`), 404, 5, 'NOT_FOUND');
    });
  });

  describe('a rotated-out secret cannot take the key back (API.md §3)', () => {
    let victim: IssuedKey;
    let leaked: string;
    let current: string;

    beforeAll(async () => {
      victim = await create(adminKey, { display_name: 'leaked then rotated' });
      leaked = victim.key;
      current = (await rotated(leaked, victim.name, { grace_period_seconds: 3600 })).key;
    });

    it("keeps the key's read permissions during the grace period", async () => {
      expect(await meStatus(t, leaked)).toBe(200);
      expect((await as(t, leaked).get(`${org}/apiKeys`)).status).toBe(200);
      expect((await as(t, leaked).get(`${org}/workspaces`)).status).toBe(200);
    });

    it.each([
      ['rotate its own key (and take the new secret)', () => rotate(leaked, victim.name)],
      ['update its own key', () => as(t, leaked).patch(victim.name, { display_name: 'hijacked' })],
      ['delete its own key', () => as(t, leaked).delete(victim.name)],
      [
        'mint a new key',
        () =>
          as(t, leaked).post(`${org}/apiKeys`, {
            display_name: 'spawn',
            expiration: 'EXPIRATION_7_DAYS',
            permission_level: 'PERMISSION_LEVEL_ALL',
            workspace_scope: 'WORKSPACE_SCOPE_ALL',
          }),
      ],
      [
        'delete another key',
        async () => as(t, leaked).delete((await create(adminKey, { display_name: 'bystander' })).name),
      ],
    ])('is 403 ESCALATION_DENIED when it tries to %s', async (_label, attempt) => {
      expectError(await attempt(), 403, 7, 'ESCALATION_DENIED');
    });

    it('changed nothing: the current secret works, the key is unchanged and no key was minted', async () => {
      expect(await meStatus(t, current)).toBe(200);
      const key = await as(t, adminKey).get(victim.name);
      expect(key.body.display_name).toBe('leaked then rotated');
      const spawned = await as(t, adminKey).get(
        `${org}/apiKeys?filter=${encodeURIComponent('display_name = "spawn"')}`,
      );
      expect(spawned.body.api_keys).toEqual([]);
    });

    it('the current secret may still write (rename, then rotate again)', async () => {
      expect((await as(t, current).patch(victim.name, { display_name: 'renamed by owner' })).status).toBe(200);
      const again = await rotate(current, victim.name);
      expect(again.status).toBe(200);
      expect(await meStatus(t, leaked)).toBe(401); // rotating again ended the earlier grace
    });
  });
});
