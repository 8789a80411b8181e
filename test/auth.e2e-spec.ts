import { ERROR_INFO } from './support/expect-error';
import { checksumOf, generateKey } from '../src/api-keys/key-format';
import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { newId } from '../src/common/ids';
import { BUILT_IN_PERMISSIONS } from '../src/permissions/permission-catalog.testing';
import { as, createKey, reasonOf } from './support/api-client';
import { flipLast, operatorKey } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, queriesDuring, startApp, TestApp } from './support/test-app';

/**
 * API.md §3 (authentication), §4 (effective permissions), §5 (removal, demotion, revocation on
 * every instance) and the check order of §2.
 */

const UNAUTHENTICATED_BODY = {
  code: 16,
  message: expect.any(String),
  details: [{ '@type': ERROR_INFO, reason: 'API_KEY_INVALID', domain: 'tessera', metadata: {} }],
};
const MEMBER_EXTRAS = ['create:ApiKey', 'update:ApiKey', 'delete:ApiKey'];

type Res = { status: number; body: any; headers: Record<string, string> };

/** A key-shaped string with a valid checksum over the given body (to hit one check at a time). */
function withValidChecksum(body: string): string {
  return body + checksumOf(body);
}

function errorInfo(body: { details?: { '@type': string }[] }) {
  return body.details?.find((d) => d['@type'] === ERROR_INFO) as
    { reason: string; domain: string; metadata: Record<string, string> } | undefined;
}

function expectPermissionDenied(res: Res, reason: string, metadata?: Record<string, string>) {
  expect(res.status).toBe(403);
  expect(res.body).toEqual({
    code: 7,
    message: expect.any(String),
    details: expect.arrayContaining([expect.objectContaining({ '@type': ERROR_INFO, reason, domain: 'tessera' })]),
  });
  if (metadata) expect(errorInfo(res.body)?.metadata).toEqual(metadata);
}

/** `as(app, key)` on one instance. */
function on(app: TestApp, key: string) {
  return as(app, key);
}

describe('Authentication and authorization (API.md §2–§5)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  /** The 401 answer to a request without any credential: every other 401 must equal it. */
  let canonical401: Res;
  let emailCounter = 0;

  const uniqueEmail = (label: string) => `${label}-${++emailCounter}@acme.test`;

  function expectUnauthenticated(res: Res) {
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="tessera"');
    expect(res.body).toEqual(UNAUTHENTICATED_BODY);
    expect(res.body).toEqual(canonical401.body);
    expect(res.headers['www-authenticate']).toBe(canonical401.headers['www-authenticate']);
  }

  /** Adds a member through the API and mints a key for them as the operator would. */
  async function addUserWithKey(
    role: 'org-admin' | 'org-member',
    key: Partial<{
      level: 'PERMISSION_LEVEL_ALL' | 'PERMISSION_LEVEL_READ_ONLY' | 'PERMISSION_LEVEL_RESTRICTED';
      permissions: string[];
    }> = {},
  ) {
    const email = uniqueEmail(role);
    const added = await on(t, boot.key).post(`${org}/users`, { email, display_name: `User ${emailCounter}`, role });
    expect(added.status).toBe(201);
    const minted = await operatorKey(t, org, email, {
      displayName: `${role} key ${emailCounter}`,
      expiration: 'EXPIRATION_30_DAYS',
      level: key.level,
      permissions: key.permissions,
    });
    return { user: added.body.user.name as string, email, apiKey: minted.name, key: minted.key };
  }

  beforeAll(async () => {
    t = await startApp({ env: { AUTH_FAILURES_PER_MINUTE: '0', MAX_API_KEYS_PER_ORGANIZATION: '100' } });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
    canonical401 = await t.http().get('/api/v1/me');
  });
  afterAll(() => t.close());

  describe('every 401 is the same answer with WWW-Authenticate, whatever the cause', () => {
    it('answers a request without credentials with 401 API_KEY_INVALID and WWW-Authenticate: Bearer realm="tessera"', () => {
      expect(canonical401.status).toBe(401);
      expect(canonical401.headers['www-authenticate']).toBe('Bearer realm="tessera"');
      expect(canonical401.body).toEqual(UNAUTHENTICATED_BODY);
    });

    const headerCases: [string, () => string][] = [
      ['a Basic credential', () => `Basic ${Buffer.from('admin:secret').toString('base64')}`],
      ['a Basic credential wrapping a valid key', () => `Basic ${Buffer.from(`x:${boot.key}`).toString('base64')}`],
      ['the Bearer scheme with no token', () => 'Bearer'],
      ['the Bearer scheme with an empty token', () => 'Bearer '],
      ['a valid key without a scheme', () => boot.key],
      ['a valid key under another scheme (Token)', () => `Token ${boot.key}`],
      ['a malformed key', () => 'Bearer not-a-key'],
      [
        'a key with the wrong prefix (xyz_), even with a valid checksum',
        () => `Bearer ${withValidChecksum('xyz_' + boot.key.slice(4, 47))}`,
      ],
      ['a key with the wrong prefix made by swapping tsr_ for xyz_', () => `Bearer xyz_${boot.key.slice(4)}`],
      ['a key one character too short (valid checksum)', () => `Bearer ${withValidChecksum(boot.key.slice(0, 46))}`],
      ['a key one character too long', () => `Bearer ${boot.key}A`],
      ['a key with a character outside base62', () => `Bearer ${boot.key.slice(0, 20)}-${boot.key.slice(21)}`],
      ['a right-shaped key with a bad checksum (last character flipped)', () => `Bearer ${flipLast(boot.key)}`],
      ['a well-formed key that does not exist', () => `Bearer ${generateKey()}`],
    ];

    it.each(headerCases)('gives the identical 401 for %s', async (_label, header) => {
      const res = await t.http().get('/api/v1/me').set('Authorization', header());
      expectUnauthenticated(res);
    });

    it('gives the identical 401 on every kind of route (list, get, create, custom method)', async () => {
      const bad = `Bearer ${generateKey()}`;
      for (const res of [
        await t.http().get(`/api/v1/${org}/workspaces`).set('Authorization', bad),
        await t.http().get(`/api/v1/${boot.workspace}`),
        await t.http().post(`/api/v1/${org}/workspaces`).set('Authorization', bad).send({ title: 'Nope' }),
        await t.http().post(`/api/v1/${boot.api_key}:rotate`).set('Authorization', bad).send({}),
        await t.http().get('/api/v1/permissions'),
      ]) {
        expectUnauthenticated(res);
      }
    });

    it('gives the identical 401 for an expired key, from the moment expire_time passes', async () => {
      const created = await createKey(t, boot.key, org, {
        display_name: 'short-lived',
        expiration: 'EXPIRATION_7_DAYS',
      });
      expect((await as(t, created.key).get('/me')).status).toBe(200);
      t.clock.advance(Date.parse(created.expire_time) - t.clock.now() + 60_000);
      expectUnauthenticated(await as(t, created.key).get('/me'));
      // The other keys are unaffected.
      expect((await as(t, boot.key).get('/me')).status).toBe(200);
    });

    it('gives the identical 401 for a deleted key', async () => {
      const created = await createKey(t, boot.key, org, { display_name: 'to delete' });
      expect((await as(t, created.key).get('/me')).status).toBe(200);
      const del = await as(t, boot.key).delete(created.name);
      expect(del.status).toBe(200);
      expect(del.body).toEqual({});
      expectUnauthenticated(await as(t, created.key).get('/me'));
    });

    it('gives the identical 401 for a key whose owner was removed from the organization', async () => {
      const member = await addUserWithKey('org-member');
      expect((await as(t, member.key).get('/me')).status).toBe(200);
      expect((await as(t, boot.key).delete(member.user)).status).toBe(200);
      expectUnauthenticated(await as(t, member.key).get('/me'));
    });

    it('never answers 401 to every key because of another pepper: such a server refuses to start (§15)', async () => {
      await expect(
        startApp({
          shareDatabaseWith: t,
          env: { TESSERA_KEY_PEPPER: 'a-completely-different-pepper-0123456789-XYZ' },
        }),
      ).rejects.toThrow(/different key pepper than TESSERA_KEY_PEPPER/);
      expect((await on(t, boot.key).get('/me')).status).toBe(200);
    });
  });

  describe('the key is read from the Authorization header only', () => {
    it.each(['bearer', 'BEARER', 'BeArEr'])('accepts the scheme name spelled %s (case-insensitive)', async (scheme) => {
      const res = await t.http().get('/api/v1/me').set('Authorization', `${scheme} ${boot.key}`);
      expect(res.status).toBe(200);
      expect(res.body.organization).toBe(org);
    });

    it('ignores a key in the query string (?access_token=)', async () => {
      expectUnauthenticated(await t.http().get(`/api/v1/me?access_token=${boot.key}`));
    });

    it('ignores a key in the X-Api-Key header', async () => {
      expectUnauthenticated(await t.http().get('/api/v1/me').set('X-Api-Key', boot.key));
    });

    it('ignores a key in the JSON body (access_token) and creates nothing', async () => {
      const res = await t.http().post(`/api/v1/${org}/workspaces`).send({ title: 'Smuggled', access_token: boot.key });
      expectUnauthenticated(res);
      const list = await as(t, boot.key).get(`${org}/workspaces?filter=${encodeURIComponent('title = "Smuggled"')}`);
      expect(list.status).toBe(200);
      expect(list.body.workspaces).toEqual([]);
    });

    it('authenticates by the header even when the query string carries junk', async () => {
      const res = await t.http().get('/api/v1/me?access_token=junk').set('Authorization', `Bearer ${boot.key}`);
      expect(res.status).toBe(200);
    });
  });

  describe('bad-format keys are rejected without a database read', () => {
    beforeEach(() => t.get(LastUsedRecorder).flush()); // nothing pending that could write mid-request

    it.each([
      ['a bad checksum', () => flipLast(boot.key)],
      ['a wrong prefix', () => withValidChecksum('xyz_' + boot.key.slice(4, 47))],
      ['a wrong length', () => withValidChecksum(boot.key.slice(0, 46))],
      ['a malformed string', () => 'definitely not a key'],
    ])('runs no query for %s', async (_label, key) => {
      let res!: Res;
      const queries = await queriesDuring(t, async () => {
        res = await as(t, key()).get('/me');
      });
      expectUnauthenticated(res);
      expect(queries).toEqual([]);
    });

    it('runs exactly one api_keys lookup for a well-formed unknown key', async () => {
      let res!: Res;
      const queries = await queriesDuring(t, async () => {
        res = await as(t, generateKey()).get('/me');
      });
      expectUnauthenticated(res);
      expect(queries.filter((q) => /api_keys/i.test(q))).toHaveLength(1);
      expect(queries).toHaveLength(1);
    });
  });

  describe('revocation is immediate on every instance (API.md §5)', () => {
    let b: TestApp;
    beforeAll(async () => {
      b = await startApp({ shareDatabaseWith: t, env: { AUTH_FAILURES_PER_MINUTE: '0' } });
      b.clock.advance(t.clock.now() - b.clock.now()); // both instances agree on "now"
    });
    afterAll(async () => {
      await b.close();
    });

    it('a key deleted through instance A is 401 on the very next request to instance B', async () => {
      const created = await createKey(t, boot.key, org, { display_name: 'revoked across instances' });
      expect((await on(b, created.key).get('/me')).status).toBe(200);
      expect((await on(t, boot.key).delete(created.name)).status).toBe(200);
      expectUnauthenticated(await on(b, created.key).get('/me'));
      expectUnauthenticated(await on(t, created.key).get('/me'));
    });

    it('after a rotate without grace on instance A, the old secret is 401 on instance B and the new one works', async () => {
      const created = await createKey(t, boot.key, org, { display_name: 'rotated across instances' });
      expect((await on(b, created.key).get('/me')).status).toBe(200);
      const rotated = await on(t, created.key).post(`${created.name}:rotate`, {});
      expect(rotated.status).toBe(200);
      expect(rotated.body.name).toBe(created.name);
      expect(rotated.body.key).not.toBe(created.key);
      expect(rotated.body.previous_secret_expire_time).toBeNull();
      expectUnauthenticated(await on(b, created.key).get('/me'));
      const fresh = await on(b, rotated.body.key).get('/me');
      expect(fresh.status).toBe(200);
      expect(fresh.body.api_key.name).toBe(created.name);
    });

    it('removing a user through instance A makes their key 401 on instance B', async () => {
      const member = await addUserWithKey('org-member');
      expect((await on(b, member.key).get('/me')).status).toBe(200);
      expect((await on(t, boot.key).delete(member.user)).status).toBe(200);
      expectUnauthenticated(await on(b, member.key).get('/me'));
    });
  });

  describe('403 PERMISSION_DENIED: permission, organization, workspace scope (API.md §2, §4)', () => {
    let ws2: string;
    let other: Bootstrapped;
    let specificKey: string;

    beforeAll(async () => {
      const created = await as(t, boot.key).post(`${org}/workspaces`, { title: 'Second workspace' });
      expect(created.status).toBe(201);
      ws2 = created.body.name;
      other = await bootstrapOrganization(t, {
        title: 'Globex',
        email: 'admin@globex.test',
        workspaceTitle: 'Globex WS',
      });
      specificKey = (
        await createKey(t, boot.key, org, {
          display_name: 'specific ALL',
          workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
          workspaces: [boot.workspace],
        })
      ).key;
    });

    it('a RESTRICTED key with only read:Workspace listing users is 403 PERMISSION_MISSING naming read:User', async () => {
      const restricted = await createKey(t, boot.key, org, {
        display_name: 'workspace reader',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Workspace'],
      });
      expect((await as(t, restricted.key).get(`${org}/workspaces`)).status).toBe(200);
      const res = await as(t, restricted.key).get(`${org}/users`);
      expectPermissionDenied(res, 'PERMISSION_MISSING', { permission: 'read:User' });
      const get = await as(t, restricted.key).get(boot.user);
      expectPermissionDenied(get, 'PERMISSION_MISSING', { permission: 'read:User' });
    });

    it('another organization is 403 ORGANIZATION_MISMATCH with the same body whether it exists or not', async () => {
      const existing = await as(t, boot.key).get(other.organization);
      const random = await as(t, boot.key).get(`organizations/${newId()}`);
      expectPermissionDenied(existing, 'ORGANIZATION_MISMATCH');
      expectPermissionDenied(random, 'ORGANIZATION_MISMATCH');
      expect(random.body).toEqual(existing.body);
      for (const path of [
        `${other.organization}/users`,
        other.workspace,
        `${other.organization}/apiKeys`,
        other.api_key,
        other.user,
      ]) {
        const res = await as(t, boot.key).get(path);
        expectPermissionDenied(res, 'ORGANIZATION_MISMATCH');
        expect(res.body).toEqual(existing.body);
      }
      // And it cuts both ways.
      expectPermissionDenied(await as(t, other.key).get(`${org}/workspaces`), 'ORGANIZATION_MISMATCH');
    });

    it('another organization is 403 even for writes, and nothing changes there', async () => {
      const res = await as(t, boot.key).delete(other.workspace);
      expectPermissionDenied(res, 'ORGANIZATION_MISMATCH');
      expect((await as(t, other.key).get(other.workspace)).status).toBe(200);
    });

    it("a workspace outside a SPECIFIC key's scope is 403 WORKSPACE_OUT_OF_SCOPE whether it exists or not", async () => {
      expect((await as(t, specificKey).get(boot.workspace)).status).toBe(200);
      const existing = await as(t, specificKey).get(ws2);
      const missing = await as(t, specificKey).get(`${org}/workspaces/${newId()}`);
      expectPermissionDenied(existing, 'WORKSPACE_OUT_OF_SCOPE');
      expectPermissionDenied(missing, 'WORKSPACE_OUT_OF_SCOPE');
      expect(missing.body).toEqual(existing.body);
      expectPermissionDenied(await as(t, specificKey).patch(ws2, { title: 'Hijacked' }), 'WORKSPACE_OUT_OF_SCOPE');
      expectPermissionDenied(await as(t, specificKey).delete(ws2), 'WORKSPACE_OUT_OF_SCOPE');
      const still = await as(t, boot.key).get(ws2);
      expect(still.status).toBe(200);
      expect(still.body.title).toBe('Second workspace');
    });

    it('a SPECIFIC key lists only its workspaces and cannot create one (needs all-workspaces scope)', async () => {
      const list = await as(t, specificKey).get(`${org}/workspaces`);
      expect(list.status).toBe(200);
      expect(list.body.workspaces.map((w: { name: string }) => w.name)).toEqual([boot.workspace]);
      expectPermissionDenied(
        await as(t, specificKey).post(`${org}/workspaces`, { title: 'Third' }),
        'WORKSPACE_OUT_OF_SCOPE',
      );
    });

    it('workspace scope does not limit organization-level routes (SPECIFIC key with read:User lists users)', async () => {
      const userReader = await createKey(t, boot.key, org, {
        display_name: 'specific user reader',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User'],
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [boot.workspace],
      });
      const users = await as(t, userReader.key).get(`${org}/users`);
      expect(users.status).toBe(200);
      expect(users.body.users.map((u: { user: { name: string } }) => u.user.name)).toContain(boot.user);
      expect((await as(t, userReader.key).get(boot.user)).status).toBe(200);
      for (const path of [org, `${org}/users`, `${org}/roles`, `${org}/apiKeys`]) {
        expect([path, (await as(t, specificKey).get(path)).status]).toEqual([path, 200]);
      }
    });

    describe('check order: 401, then 403, then 400, then 404', () => {
      it('an unauthenticated request with an invalid body is 401, not 400', async () => {
        const res = await t.http().post(`/api/v1/${org}/workspaces`).send({ title: 42, bogus: true });
        expectUnauthenticated(res);
      });

      it('an unauthorized request with an invalid body is 403 PERMISSION_MISSING, not 400', async () => {
        const readOnly = await createKey(t, boot.key, org, {
          display_name: 'reader',
          permission_level: 'PERMISSION_LEVEL_READ_ONLY',
        });
        const res = await as(t, readOnly.key).post(`${org}/workspaces`, { title: 42, bogus: true });
        expectPermissionDenied(res, 'PERMISSION_MISSING', { permission: 'create:Workspace' });
        const patch = await as(t, readOnly.key).patch(boot.workspace, { title: '' });
        expectPermissionDenied(patch, 'PERMISSION_MISSING', { permission: 'update:Workspace' });
      });

      it('another organization with an invalid body is 403 ORGANIZATION_MISMATCH, not 400', async () => {
        const res = await as(t, boot.key).post(`${other.organization}/workspaces`, { title: 42 });
        expectPermissionDenied(res, 'ORGANIZATION_MISMATCH');
        const random = await as(t, boot.key).patch(`organizations/${newId()}`, { title: null });
        expectPermissionDenied(random, 'ORGANIZATION_MISMATCH');
      });

      it('an out-of-scope workspace with an invalid body is 403 WORKSPACE_OUT_OF_SCOPE, not 400', async () => {
        const res = await as(t, specificKey).patch(ws2, { title: 42 });
        expectPermissionDenied(res, 'WORKSPACE_OUT_OF_SCOPE');
      });

      it('an invalid body on a missing resource is 400, not 404', async () => {
        const missingWs = `${org}/workspaces/${newId()}`;
        const bad = await as(t, boot.key).patch(missingWs, { title: 42 });
        expect(bad.status).toBe(400);
        expect(bad.body.code).toBe(3);
        expect(reasonOf(bad.body)).toBe('INVALID_ARGUMENT');
        const good = await as(t, boot.key).patch(missingWs, { title: 'Fine' });
        expect(good.status).toBe(404);
        expect(reasonOf(good.body)).toBe('NOT_FOUND');

        const missingUser = `${org}/users/${newId()}`;
        expect((await as(t, boot.key).patch(missingUser, { role: 'emperor' })).status).toBe(400);
        expect((await as(t, boot.key).patch(missingUser, { role: 'org-member' })).status).toBe(404);

        const missingKey = `${org}/apiKeys/${newId()}`;
        expect((await as(t, boot.key).patch(missingKey, { display_name: null })).status).toBe(400);
        expect((await as(t, boot.key).patch(missingKey, { display_name: 'ok' })).status).toBe(404);
      });
    });
  });

  describe("effective permissions = key level ∩ owner's current role (API.md §4)", () => {
    let all: string[];
    let reads: string[];
    const sorted = (xs: string[]) => [...xs].sort();

    beforeAll(async () => {
      const catalog = await as(t, boot.key).get('/permissions');
      expect(catalog.status).toBe(200);
      const perms = catalog.body.permission_groups.flatMap(
        (g: { permissions: { name: string; read_only: boolean }[] }) => g.permissions,
      );
      all = perms.map((p: { name: string }) => p.name);
      reads = perms.filter((p: { read_only: boolean }) => p.read_only).map((p: { name: string }) => p.name);
      expect(all).toEqual(expect.arrayContaining(BUILT_IN_PERMISSIONS));
      expect(reads.every((p) => p.startsWith('read:'))).toBe(true);
    });

    const memberSet = () => sorted([...reads, ...MEMBER_EXTRAS]);

    it("an org-admin's ALL key has every permission in the catalog", async () => {
      const me = await as(t, boot.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.role).toBe('org-admin');
      expect(sorted(me.body.effective_permissions)).toEqual(sorted(all));
      expect(me.body.effective_permissions).toEqual(expect.arrayContaining(BUILT_IN_PERMISSIONS));
    });

    it("an org-member's ALL key has every read:* plus create/update/delete:ApiKey, nothing else", async () => {
      const member = await addUserWithKey('org-member');
      const me = await as(t, member.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.role).toBe('org-member');
      expect(me.body.api_key.permission_level).toBe('PERMISSION_LEVEL_ALL');
      expect(sorted(me.body.effective_permissions)).toEqual(memberSet());
      expect(me.body.effective_permissions).not.toContain('create:User');

      expectPermissionDenied(
        await as(t, member.key).post(`${org}/users`, {
          email: uniqueEmail('x'),
          display_name: 'X',
          role: 'org-member',
        }),
        'PERMISSION_MISSING',
        { permission: 'create:User' },
      );
      expectPermissionDenied(
        await as(t, member.key).post(`${org}/workspaces`, { title: 'Member WS' }),
        'PERMISSION_MISSING',
        {
          permission: 'create:Workspace',
        },
      );
      expect((await as(t, member.key).get(`${org}/users`)).status).toBe(200);
      const own = await createKey(t, member.key, org, {
        display_name: 'member own key',
        expiration: 'EXPIRATION_7_DAYS',
      });
      expect(own.owner).toBe(member.user);
    });

    it('a READ_ONLY key lists only read:* permissions, even for an admin', async () => {
      const readOnly = await createKey(t, boot.key, org, {
        display_name: 'admin reader',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
      });
      const me = await as(t, readOnly.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.role).toBe('org-admin');
      expect(sorted(me.body.effective_permissions)).toEqual(sorted(reads));
      expectPermissionDenied(
        await as(t, readOnly.key).post(`${org}/workspaces`, { title: 'RO' }),
        'PERMISSION_MISSING',
        {
          permission: 'create:Workspace',
        },
      );
      expectPermissionDenied(await as(t, readOnly.key).delete(readOnly.name), 'PERMISSION_MISSING', {
        permission: 'delete:ApiKey',
      });
    });

    it("a member's RESTRICTED key keeps only the listed permissions the role also grants", async () => {
      const member = await addUserWithKey('org-member', {
        level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User', 'create:User', 'delete:ApiKey'],
      });
      const me = await as(t, member.key).get('/me');
      expect(sorted(me.body.effective_permissions)).toEqual(['delete:ApiKey', 'read:User']);
      expectPermissionDenied(
        await as(t, member.key).post(`${org}/users`, {
          email: uniqueEmail('y'),
          display_name: 'Y',
          role: 'org-member',
        }),
        'PERMISSION_MISSING',
        { permission: 'create:User' },
      );
      expectPermissionDenied(await as(t, member.key).get(`${org}/workspaces`), 'PERMISSION_MISSING', {
        permission: 'read:Workspace',
      });
    });

    it('demoting an admin narrows their ALL key at once; promoting them back restores it', async () => {
      const admin2 = await addUserWithKey('org-admin');
      const newUser = () => ({ email: uniqueEmail('added'), display_name: 'Added', role: 'org-member' });
      expect((await as(t, admin2.key).post(`${org}/users`, newUser())).status).toBe(201);
      expect(sorted((await as(t, admin2.key).get('/me')).body.effective_permissions)).toEqual(sorted(all));

      const demote = await as(t, boot.key).patch(admin2.user, { role: 'org-member' });
      expect(demote.status).toBe(200);
      expect(demote.body.roles).toEqual([{ name: 'org-member', role_scope: 'ROLE_SCOPE_ORGANIZATION' }]);

      expectPermissionDenied(await as(t, admin2.key).post(`${org}/users`, newUser()), 'PERMISSION_MISSING', {
        permission: 'create:User',
      });
      const meDemoted = await as(t, admin2.key).get('/me');
      expect(meDemoted.status).toBe(200);
      expect(meDemoted.body.role).toBe('org-member');
      expect(meDemoted.body.api_key.permission_level).toBe('PERMISSION_LEVEL_ALL');
      expect(sorted(meDemoted.body.effective_permissions)).toEqual(memberSet());

      const promote = await as(t, boot.key).patch(admin2.user, { role: 'org-admin' });
      expect(promote.status).toBe(200);
      expect((await as(t, admin2.key).post(`${org}/users`, newUser())).status).toBe(201);
      const mePromoted = await as(t, admin2.key).get('/me');
      expect(mePromoted.body.role).toBe('org-admin');
      expect(sorted(mePromoted.body.effective_permissions)).toEqual(sorted(all));
    });

    it("removing a user makes all their keys 401 at once and drops them from the admin's key list", async () => {
      const member = await addUserWithKey('org-member');
      const second = await createKey(t, member.key, org, {
        display_name: 'member second key',
        expiration: 'EXPIRATION_7_DAYS',
      });
      const ownerFilter = `filter=${encodeURIComponent(`owner = "${member.user}"`)}`;
      const before = await as(t, boot.key).get(`${org}/apiKeys?${ownerFilter}`);
      expect(before.body.api_keys.map((k: { name: string }) => k.name).sort()).toEqual(
        [member.apiKey, second.name].sort(),
      );

      const removed = await as(t, boot.key).delete(member.user);
      expect(removed.status).toBe(200);
      expect(removed.body).toEqual({});

      expectUnauthenticated(await as(t, member.key).get('/me'));
      expectUnauthenticated(await as(t, second.key).get('/me'));
      const after = await as(t, boot.key).get(`${org}/apiKeys?${ownerFilter}`);
      expect(after.status).toBe(200);
      expect(after.body.api_keys).toEqual([]);
      const everything = await as(t, boot.key).get(`${org}/apiKeys?page_size=1000`);
      const names = everything.body.api_keys.map((k: { name: string }) => k.name);
      expect(names).not.toContain(member.apiKey);
      expect(names).not.toContain(second.name);
      expect((await as(t, boot.key).get(second.name)).status).toBe(404);
    });
  });
});
