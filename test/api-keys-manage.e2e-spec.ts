import { expectError, expectInvalidField } from './support/expect-error';
import { addUser, addWorkspace, meStatus, operatorKey, startWithOrganization } from './support/api-key-fixtures';
import { ApiKeyBody, as, createKey, IssuedKey } from './support/api-client';
import { bootstrapOrganization, Bootstrapped, TestApp } from './support/test-app';

/** GET / PATCH / DELETE /organizations/{o}/apiKeys/{k} (API.md §4, §5, §7). */
describe('API keys: get, update, delete', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  let adminKey: string;
  let alice: string;
  let aliceKey: IssuedKey;
  let bobKey: IssuedKey;
  let ws1: string;
  let ws2: string;

  const create = (key: string, overrides: Record<string, unknown> = {}) => createKey(t, key, org, overrides);
  /** An error body with the requested key id blanked out, to compare two 404s. */
  const normalized = (body: object, name: string) => JSON.parse(JSON.stringify(body).split(name).join('<name>'));

  beforeAll(async () => {
    ({ t, boot } = await startWithOrganization());
    org = boot.organization;
    adminKey = boot.key;
    ws1 = boot.workspace;
    ws2 = await addWorkspace(t, adminKey, org, 'Second');
    alice = await addUser(t, adminKey, org, 'alice@acme.test', 'Alice');
    await addUser(t, adminKey, org, 'bob@acme.test', 'Bob');
    aliceKey = await operatorKey(t, org, 'alice@acme.test', { displayName: 'alice cli' });
    bobKey = await operatorKey(t, org, 'bob@acme.test', { displayName: 'bob cli' });
  });
  afterAll(() => t.close());

  describe('GET: members see their own keys, admins every key; the rest is 404 like a missing key', () => {
    it('gets one’s own key', async () => {
      const mine = await create(aliceKey.key, { display_name: 'alice get' });
      const res = await as(t, aliceKey.key).get(mine.name);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: mine.name, display_name: 'alice get', owner: alice });
    });

    it('answers 404 for another member’s key, exactly as for a missing key', async () => {
      const bobs = await create(bobKey.key, { display_name: 'bob secret project' });
      const other = await as(t, aliceKey.key).get(bobs.name);
      expectError(other, 404, 5, 'NOT_FOUND');
      const missingName = `${org}/apiKeys/doesnotexist0000000000000`;
      const missing = await as(t, aliceKey.key).get(missingName);
      expectError(missing, 404, 5, 'NOT_FOUND');
      expect(normalized(other.body, bobs.name)).toEqual(normalized(missing.body, missingName));
      expect(JSON.stringify(other.body)).not.toContain('bob secret project');
    });

    it('lets an admin get any member’s key', async () => {
      const bobs = await create(bobKey.key, { display_name: 'bob visible to admin' });
      const res = await as(t, adminKey).get(bobs.name);
      expect(res.status).toBe(200);
      expect(res.body.display_name).toBe('bob visible to admin');
    });

    it('answers 403 ORGANIZATION_MISMATCH for a key name in another organization', async () => {
      const other = await bootstrapOrganization(t, { title: 'Elsewhere', email: 'root@elsewhere.test' });
      expectError(await as(t, adminKey).get(other.api_key), 403, 7, 'ORGANIZATION_MISMATCH');
      expectError(await as(t, adminKey).delete(other.api_key), 403, 7, 'ORGANIZATION_MISMATCH');
      expect(await meStatus(t, other.key)).toBe(200);
    });
  });

  describe('PATCH and DELETE on someone else’s key', () => {
    it('answers 404 to a member patching or deleting another member’s key, and changes nothing', async () => {
      const bobs = await create(bobKey.key, { display_name: 'bob untouchable' });
      expectError(await as(t, aliceKey.key).patch(bobs.name, { display_name: 'hijacked' }), 404, 5, 'NOT_FOUND');
      expectError(await as(t, aliceKey.key).delete(bobs.name), 404, 5, 'NOT_FOUND');
      expectError(await as(t, aliceKey.key).post(`${bobs.name}:rotate`), 404, 5, 'NOT_FOUND');
      const after = await as(t, adminKey).get(bobs.name);
      expect(after.body.display_name).toBe('bob untouchable');
      expect(after.body.key_prefix).toBe(bobs.key_prefix);
      expect(await meStatus(t, bobs.key)).toBe(200);
    });

    it('lets an admin rename and change any member’s key (the owner stays)', async () => {
      const bobs = await create(bobKey.key, { display_name: 'bob before' });
      const res = await as(t, adminKey).patch(bobs.name, {
        display_name: 'renamed by admin',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        display_name: 'renamed by admin',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
        owner: bobs.owner,
        creator_key: bobKey.name,
      });
      const me = await as(t, bobs.key).get('/me');
      expect(me.body.effective_permissions.every((p: string) => p.startsWith('read:'))).toBe(true);
    });

    it('lets an admin delete any member’s key, which stops working at once', async () => {
      const bobs = await create(bobKey.key, { display_name: 'bob doomed' });
      expect(await meStatus(t, bobs.key)).toBe(200);
      const res = await as(t, adminKey).delete(bobs.name);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
      expectError(await as(t, bobs.key).get('/me'), 401, 16, 'API_KEY_INVALID');
    });
  });

  describe('PATCH rules', () => {
    it('renames, moves update_time and keeps everything else', async () => {
      const key = await create(adminKey, { display_name: 'before rename' });
      t.clock.advance(1000);
      const res = await as(t, adminKey).patch(key.name, { display_name: '  after rename  ' });
      expect(res.status).toBe(200);
      const { key: _secret, ...stored } = key;
      expect(res.body).toEqual({ ...stored, display_name: 'after rename', update_time: expect.any(String) });
      expect(Date.parse(res.body.update_time)).toBeGreaterThan(Date.parse(key.update_time));
      expect(res.body.create_time).toBe(key.create_time);
      expect((await as(t, adminKey).get(key.name)).body).toEqual(res.body);
      expect(await meStatus(t, key.key)).toBe(200);
    });

    it('answers {} with 200 and changes nothing, update_time included', async () => {
      const key = await create(adminKey, { display_name: 'no-op' });
      const before = (await as(t, adminKey).get(key.name)).body;
      t.clock.advance(1000);
      const res = await as(t, adminKey).patch(key.name, {});
      expect(res.status).toBe(200);
      expect(res.body).toEqual(before);
      expect((await as(t, adminKey).get(key.name)).body.update_time).toBe(before.update_time);
    });

    it.each([
      ['expiration', 'EXPIRATION_1_YEAR'],
      ['expire_time', '2099-01-01T00:00:00.000Z'],
      ['owner', 'organizations/x/users/y'],
      ['name', 'organizations/x/apiKeys/y'],
      ['key_prefix', 'tsr_AAAAAAAA'],
      ['state', 'STATE_EXPIRED'],
      ['creator_key', ''],
      ['create_time', '2020-01-01T00:00:00.000Z'],
      ['last_used_time', null],
      ['last_used_ip', '192.0.2.1'],
      ['key', 'tsr_0000000000000000000000000000000000000000000000000'],
      ['foo', 'bar'],
    ])('refuses the field %s with 400 and changes nothing', async (field, value) => {
      const key = await create(adminKey, { display_name: `refuse ${field}` });
      const res = await as(t, adminKey).patch(key.name, { display_name: 'should not stick', [field]: value });
      expectInvalidField(res, field);
      const after = (await as(t, adminKey).get(key.name)).body;
      expect(after.display_name).toBe(`refuse ${field}`);
      expect(after.expire_time).toBe(key.expire_time);
    });

    it.each(['display_name', 'permission_level', 'permissions', 'workspace_scope', 'workspaces'])(
      'refuses %s: null with 400',
      async (field) => {
        const key = await create(adminKey, { display_name: `null ${field}` });
        expectInvalidField(await as(t, adminKey).patch(key.name, { [field]: null }), field);
      },
    );

    it.each([
      ['display_name', 'blank', '   '],
      ['display_name', '101 characters', 'x'.repeat(101)],
      ['permission_level', 'an unknown level', 'PERMISSION_LEVEL_GOD'],
      ['workspace_scope', 'an unknown scope', 'WORKSPACE_SCOPE_SOME'],
      ['permissions', 'a string', 'read:User'],
    ])('refuses an invalid %s (%s)', async (field, _label, value) => {
      const key = await create(adminKey, { display_name: `invalid ${field}` });
      expectInvalidField(await as(t, adminKey).patch(key.name, { [field]: value }), field);
    });

    it('needs permissions when switching to RESTRICTED', async () => {
      const key = await create(adminKey, { display_name: 'to restricted' });
      expectInvalidField(
        await as(t, adminKey).patch(key.name, { permission_level: 'PERMISSION_LEVEL_RESTRICTED' }),
        'permissions',
      );
      expectInvalidField(
        await as(t, adminKey).patch(key.name, { permission_level: 'PERMISSION_LEVEL_RESTRICTED', permissions: [] }),
        'permissions',
      );
      const ok = await as(t, adminKey).patch(key.name, {
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User'],
      });
      expect(ok.status).toBe(200);
      expect(ok.body.permission_level).toBe('PERMISSION_LEVEL_RESTRICTED');
      expect(ok.body.permissions).toEqual(['read:User']);
      const me = await as(t, key.key).get('/me');
      expect(me.body.effective_permissions).toEqual(['read:User']);
    });

    it('refuses an unknown permission on permissions[i]', async () => {
      const key = await create(adminKey, {
        display_name: 'bad perm',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User'],
      });
      expectInvalidField(
        await as(t, adminKey).patch(key.name, { permissions: ['read:User', 'fly:Rocket'] }),
        'permissions[1]',
      );
    });

    it('replaces the permissions of a RESTRICTED key when only permissions are sent', async () => {
      const key = await create(adminKey, {
        display_name: 'replace perms',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User'],
      });
      const res = await as(t, adminKey).patch(key.name, { permissions: ['read:Role', 'read:Workspace'] });
      expect(res.status).toBe(200);
      expect(res.body.permission_level).toBe('PERMISSION_LEVEL_RESTRICTED');
      expect([...res.body.permissions].sort()).toEqual(['read:Role', 'read:Workspace']);
    });

    it('refuses permissions on a key that is not RESTRICTED', async () => {
      const key = await create(adminKey, { display_name: 'all with perms' });
      expectInvalidField(await as(t, adminKey).patch(key.name, { permissions: ['read:User'] }), 'permissions');
    });

    it.each(['PERMISSION_LEVEL_ALL', 'PERMISSION_LEVEL_READ_ONLY'])(
      'clears the permissions when switching to %s',
      async (level) => {
        const key = await create(adminKey, {
          display_name: `clear to ${level}`,
          permission_level: 'PERMISSION_LEVEL_RESTRICTED',
          permissions: ['read:User', 'create:Workspace'],
        });
        const res = await as(t, adminKey).patch(key.name, { permission_level: level });
        expect(res.status).toBe(200);
        expect(res.body.permission_level).toBe(level);
        expect(res.body.permissions).toEqual([]);
        expect((await as(t, adminKey).get(key.name)).body.permissions).toEqual([]);
        // Back to RESTRICTED: the old list is gone, so permissions must be sent again.
        expectInvalidField(
          await as(t, adminKey).patch(key.name, { permission_level: 'PERMISSION_LEVEL_RESTRICTED' }),
          'permissions',
        );
      },
    );

    it('switches scope to SPECIFIC (with workspaces) and back to ALL, which clears the workspaces', async () => {
      const key = await create(adminKey, { display_name: 'scope switch' });
      expectInvalidField(
        await as(t, adminKey).patch(key.name, { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC' }),
        'workspaces',
      );
      expectInvalidField(await as(t, adminKey).patch(key.name, { workspaces: [ws1] }), 'workspaces');
      const specific = await as(t, adminKey).patch(key.name, {
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [ws2, ws2],
      });
      expect(specific.status).toBe(200);
      expect(specific.body).toMatchObject({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [ws2] });
      expectError(await as(t, key.key).get(ws1), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');

      const replaced = await as(t, adminKey).patch(key.name, { workspaces: [ws1] });
      expect(replaced.status).toBe(200);
      expect(replaced.body.workspaces).toEqual([ws1]);

      const all = await as(t, adminKey).patch(key.name, { workspace_scope: 'WORKSPACE_SCOPE_ALL' });
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ workspace_scope: 'WORKSPACE_SCOPE_ALL', workspaces: [] });
      expect((await as(t, key.key).get(ws2)).status).toBe(200);
    });

    it('refuses a missing or malformed workspace on workspaces[i]', async () => {
      const key = await create(adminKey, {
        display_name: 'ws check',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [ws1],
      });
      expectInvalidField(
        await as(t, adminKey).patch(key.name, { workspaces: [ws1, `${org}/workspaces/nope`] }),
        'workspaces[1]',
      );
      expectInvalidField(await as(t, adminKey).patch(key.name, { workspaces: ['nope'] }), 'workspaces[0]');
      expect((await as(t, adminKey).get(key.name)).body.workspaces).toEqual([ws1]);
    });
  });

  describe('a SPECIFIC key whose workspaces were deleted', () => {
    it('drops a deleted workspace from the key’s list and keeps the others', async () => {
      const doomed = await addWorkspace(t, adminKey, org, 'Doomed A');
      const key = await create(adminKey, {
        display_name: 'two ws',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [doomed, ws1],
      });
      expect((await as(t, adminKey).delete(doomed)).status).toBe(200);
      const res = await as(t, adminKey).get(key.name);
      expect(res.body).toMatchObject({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [ws1] });
    });

    it('shows workspaces [], can be renamed, and reaches no workspace (it never widens to all)', async () => {
      const only = await addWorkspace(t, adminKey, org, 'Doomed B');
      const key = await create(adminKey, {
        display_name: 'orphan',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [only],
      });
      expect((await as(t, key.key).get(only)).status).toBe(200);
      expect((await as(t, adminKey).delete(only)).status).toBe(200);

      const got = await as(t, adminKey).get(key.name);
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [] });

      const renamed = await as(t, adminKey).patch(key.name, { display_name: 'orphan renamed' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({
        display_name: 'orphan renamed',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [],
      });

      expectError(await as(t, key.key).get(ws1), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, key.key).get(ws2), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, key.key).patch(ws1, { title: 'taken over' }), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, key.key).delete(ws2), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(
        await as(t, key.key).post(`${org}/workspaces`, { title: 'new one' }),
        403,
        7,
        'WORKSPACE_OUT_OF_SCOPE',
      );
      const listed = await as(t, key.key).get(`${org}/workspaces`);
      expect(listed.status).toBe(200);
      expect(listed.body.workspaces).toEqual([]);
      const me = await as(t, key.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.api_key).toMatchObject({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [] });
      // Organization-level routes are governed by permissions alone.
      expect((await as(t, key.key).get(org)).status).toBe(200);
    });

    it('still refuses to switch the emptied key to SPECIFIC without a list', async () => {
      const only = await addWorkspace(t, adminKey, org, 'Doomed C');
      const key = await create(adminKey, {
        display_name: 'orphan 2',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [only],
      });
      await as(t, adminKey).delete(only);
      expectInvalidField(
        await as(t, adminKey).patch(key.name, { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [] }),
        'workspaces',
      );
      const fixed = await as(t, adminKey).patch(key.name, { workspaces: [ws2] });
      expect(fixed.status).toBe(200);
      expect(fixed.body.workspaces).toEqual([ws2]);
      expect((await as(t, key.key).get(ws2)).status).toBe(200);
    });
  });

  describe('DELETE revokes at once', () => {
    it('answers {}, then the key is 401 on the next request and 404 on GET', async () => {
      const key = await create(adminKey, { display_name: 'to delete' });
      expect(await meStatus(t, key.key)).toBe(200);
      const res = await as(t, adminKey).delete(key.name);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
      const after = await as(t, key.key).get('/me');
      expectError(after, 401, 16, 'API_KEY_INVALID');
      expect(after.headers['www-authenticate']).toBe('Bearer realm="tessera"');
      expectError(await as(t, adminKey).get(key.name), 404, 5, 'NOT_FOUND');
      expectError(await as(t, adminKey).patch(key.name, { display_name: 'ghost' }), 404, 5, 'NOT_FOUND');
      expectError(await as(t, adminKey).delete(key.name), 404, 5, 'NOT_FOUND');
      const listed = await as(t, adminKey).get(`${org}/apiKeys`).query({ page_size: '1000' });
      expect(listed.body.api_keys.map((k: ApiKeyBody) => k.name)).not.toContain(key.name);
    });

    it('lets a key delete itself, after which it is 401', async () => {
      const key = await create(aliceKey.key, { display_name: 'self destruct' });
      const res = await as(t, key.key).delete(key.name);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
      expectError(await as(t, key.key).get(`${org}/apiKeys`), 401, 16, 'API_KEY_INVALID');
      expect(await meStatus(t, aliceKey.key)).toBe(200);
    });

    it('lets a member delete their own key', async () => {
      const key = await create(aliceKey.key, { display_name: 'alice deletes' });
      expect((await as(t, aliceKey.key).delete(key.name)).status).toBe(200);
      expect(await meStatus(t, key.key)).toBe(401);
    });

    it('is refused (403 PERMISSION_MISSING) to a key without delete:ApiKey', async () => {
      const reader = await create(adminKey, { display_name: 'reader', permission_level: 'PERMISSION_LEVEL_READ_ONLY' });
      const victim = await create(adminKey, { display_name: 'victim' });
      const res = await as(t, reader.key).delete(victim.name);
      expectError(res, 403, 7, 'PERMISSION_MISSING');
      expect(await meStatus(t, victim.key)).toBe(200);
      expectError(await as(t, reader.key).patch(victim.name, { display_name: 'x' }), 403, 7, 'PERMISSION_MISSING');
    });
  });
});
