import { ERROR_INFO, expectError } from './support/expect-error';
import {
  addUser,
  addWorkspace,
  DAY_MS,
  meStatus,
  operatorKey,
  startWithOrganization,
} from './support/api-key-fixtures';
import { as, createBody, createKey, IssuedKey } from './support/api-client';
import { bootstrapOrganization, Bootstrapped, TestApp } from './support/test-app';

/**
 * No escalation (API.md §5): a key never mints, widens or rotates a key beyond its own grants or
 * lifetime (403 ESCALATION_DENIED), and workspace entries outside a SPECIFIC caller's scope are
 * 403 WORKSPACE_OUT_OF_SCOPE whether or not they exist.
 */
describe('API keys: no escalation', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  let adminKey: string;
  let ws1: string;
  let ws2: string;
  let foreignWorkspace: string;
  let readPermissions: string[];
  /** Admin keys of every shape, minted by the operator. */
  let readOnly: IssuedKey;
  let restricted: IssuedKey;
  let specific: IssuedKey;
  let specific7: IssuedKey;
  let admin7: IssuedKey;
  /** Member (org-member) keys. */
  let memberAll: IssuedKey;
  let member7: IssuedKey;

  const post = (key: string, overrides: Record<string, unknown>) =>
    as(t, key).post(`${org}/apiKeys`, createBody(overrides));
  const create = (key: string, overrides: Record<string, unknown>) => createKey(t, key, org, overrides);
  const permissionOf = (body: { details: { '@type': string; metadata?: Record<string, string> }[] }) =>
    body.details.find((d) => d['@type'] === ERROR_INFO)?.metadata?.permission;
  const countKeys = async () =>
    (await as(t, adminKey).get(`${org}/apiKeys?page_size=1000`)).body.api_keys.length as number;

  beforeAll(async () => {
    ({ t, boot } = await startWithOrganization());
    org = boot.organization;
    adminKey = boot.key;
    ws1 = boot.workspace;
    ws2 = await addWorkspace(t, adminKey, org, 'Second');
    foreignWorkspace = (await bootstrapOrganization(t, { title: 'Other', email: 'admin@other.test' })).workspace;
    const catalog = await as(t, adminKey).get('/permissions');
    readPermissions = catalog.body.permission_groups.flatMap(
      (g: { permissions: { name: string; read_only: boolean }[] }) =>
        g.permissions.filter((p) => p.read_only).map((p) => p.name),
    );
    const email = 'admin@acme.test';
    readOnly = await operatorKey(t, org, email, { displayName: 'read only', level: 'PERMISSION_LEVEL_READ_ONLY' });
    restricted = await operatorKey(t, org, email, {
      displayName: 'every read + key writes',
      level: 'PERMISSION_LEVEL_RESTRICTED',
      permissions: [...readPermissions, 'create:ApiKey', 'update:ApiKey'],
    });
    specific = await operatorKey(t, org, email, { displayName: 'ws1 only', workspaces: [ws1] });
    specific7 = await operatorKey(t, org, email, {
      displayName: 'ws1 only, 7 days',
      workspaces: [ws1],
      expiration: 'EXPIRATION_7_DAYS',
    });
    admin7 = await operatorKey(t, org, email, { displayName: 'full power, 7 days', expiration: 'EXPIRATION_7_DAYS' });
    await addUser(t, adminKey, org, 'mia@acme.test', 'Mia Member');
    memberAll = await operatorKey(t, org, 'mia@acme.test', { displayName: 'mia all' });
    member7 = await operatorKey(t, org, 'mia@acme.test', {
      displayName: 'mia all, 7 days',
      expiration: 'EXPIRATION_7_DAYS',
    });
    // Every later create is at least a second younger than the 7-day callers.
    t.clock.advance(1000);
  });
  afterAll(() => t.close());

  describe('a READ_ONLY key', () => {
    // API.md §4: READ_ONLY is every read:* permission, so create:ApiKey is not among them; the
    // permission check (403 PERMISSION_MISSING) refuses before any grant comparison.
    it.each([
      ['an ALL key', { permission_level: 'PERMISSION_LEVEL_ALL' }],
      [
        'a RESTRICTED key with a write',
        { permission_level: 'PERMISSION_LEVEL_RESTRICTED', permissions: ['read:User', 'create:User'] },
      ],
      ['even a READ_ONLY key', { permission_level: 'PERMISSION_LEVEL_READ_ONLY' }],
    ])('cannot create %s (403, create:ApiKey missing)', async (_label, overrides) => {
      const before = await countKeys();
      const res = await post(readOnly.key, overrides);
      expectError(res, 403, 7, 'PERMISSION_MISSING');
      expect(permissionOf(res.body)).toBe('create:ApiKey');
      expect(await countKeys()).toBe(before);
    });
  });

  describe('a RESTRICTED key (every read:* today, plus create/update:ApiKey)', () => {
    it('cannot create a READ_ONLY key: levels compare first, READ_ONLY grows with the catalog', async () => {
      const res = await post(restricted.key, { permission_level: 'PERMISSION_LEVEL_READ_ONLY' });
      expectError(res, 403, 7, 'ESCALATION_DENIED');
    });

    it('cannot create an ALL key', async () => {
      expectError(
        await post(restricted.key, { permission_level: 'PERMISSION_LEVEL_ALL' }),
        403,
        7,
        'ESCALATION_DENIED',
      );
    });

    it('cannot create a RESTRICTED key with a permission it lacks', async () => {
      const res = await post(restricted.key, {
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User', 'delete:Workspace'],
      });
      expectError(res, 403, 7, 'ESCALATION_DENIED');
    });

    it('creates a RESTRICTED key within its list (a subset, or the same list)', async () => {
      const subset = await create(restricted.key, {
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User', 'create:ApiKey'],
      });
      expect(subset.creator_key).toBe(restricted.name);
      const same = await create(restricted.key, {
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: [...readPermissions, 'create:ApiKey', 'update:ApiKey'],
      });
      expect([...same.permissions].sort()).toEqual([...readPermissions, 'create:ApiKey', 'update:ApiKey'].sort());
    });

    it('creates nothing when refused', async () => {
      const before = await countKeys();
      await post(restricted.key, { permission_level: 'PERMISSION_LEVEL_ALL' });
      await post(restricted.key, { permission_level: 'PERMISSION_LEVEL_READ_ONLY' });
      expect(await countKeys()).toBe(before);
    });
  });

  describe('a SPECIFIC key (ws1 only)', () => {
    it('cannot create an all-workspaces key', async () => {
      expectError(await post(specific.key, { workspace_scope: 'WORKSPACE_SCOPE_ALL' }), 403, 7, 'ESCALATION_DENIED');
    });

    it('cannot name a workspace outside its scope: 403 WORKSPACE_OUT_OF_SCOPE, existing or not', async () => {
      for (const workspaces of [[ws2], [ws1, ws2], [`${org}/workspaces/doesnotexist`], [foreignWorkspace]]) {
        const res = await post(specific.key, { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces });
        expectError(res, 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      }
    });

    it('answers the same for a missing workspace as for an existing one outside its scope', async () => {
      const existing = await post(specific.key, { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [ws2] });
      const missing = await post(specific.key, {
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [`${org}/workspaces/doesnotexist`],
      });
      expect(missing.status).toBe(existing.status);
      expect(missing.body.code).toBe(existing.body.code);
      expect(missing.body.details.find((d: { '@type': string }) => d['@type'] === ERROR_INFO)?.reason).toBe(
        'WORKSPACE_OUT_OF_SCOPE',
      );
    });

    it('creates a key for its own workspace', async () => {
      const key = await create(specific.key, { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [ws1] });
      expect(key).toMatchObject({
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [ws1],
        creator_key: specific.name,
      });
    });
  });

  describe('lifetime: delegated keys never outlive their maker', () => {
    it('refuses a 30-day key from a 7-day admin key that is SPECIFIC (not full-power)', async () => {
      const res = await post(specific7.key, {
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [ws1],
        expiration: 'EXPIRATION_30_DAYS',
      });
      expectError(res, 403, 7, 'ESCALATION_DENIED');
    });

    it('refuses a 30-day key from a member’s 7-day ALL key', async () => {
      expectError(await post(member7.key, { expiration: 'EXPIRATION_30_DAYS' }), 403, 7, 'ESCALATION_DENIED');
    });

    it('refuses even the same preset from a delegated key created earlier (it would end later)', async () => {
      expectError(await post(member7.key, { expiration: 'EXPIRATION_7_DAYS' }), 403, 7, 'ESCALATION_DENIED');
    });

    it('lets a key create a shorter-lived key', async () => {
      const key = await create(memberAll.key, { expiration: 'EXPIRATION_30_DAYS' });
      expect(Date.parse(key.expire_time)).toBeLessThan(Date.parse(memberAll.expire_time));
    });

    it('lets the admin’s full-power (ALL, all-workspaces) key create a key that outlives it', async () => {
      const key = await create(admin7.key, { expiration: 'EXPIRATION_1_YEAR' });
      expect(Date.parse(key.expire_time) - Date.parse(admin7.expire_time)).toBeGreaterThan(300 * DAY_MS);
      expect(key.creator_key).toBe(admin7.name);
    });
  });

  describe('PATCH: changed grants must stay within the caller’s; a rename alone is never checked', () => {
    it('refuses raising a key’s level or list beyond the caller’s', async () => {
      const child = await create(restricted.key, {
        display_name: 'child',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User'],
      });
      for (const body of [
        { permission_level: 'PERMISSION_LEVEL_ALL' },
        { permission_level: 'PERMISSION_LEVEL_READ_ONLY' },
        { permissions: ['read:User', 'delete:Workspace'] },
        { display_name: 'sneaky', permissions: ['create:User'] },
      ]) {
        expectError(await as(t, restricted.key).patch(child.name, body), 403, 7, 'ESCALATION_DENIED');
      }
      const stored = (await as(t, adminKey).get(child.name)).body;
      expect(stored).toMatchObject({
        display_name: 'child',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:User'],
      });
      const within = await as(t, restricted.key).patch(child.name, { permissions: ['read:Role'] });
      expect(within.status).toBe(200);
      expect(within.body.permissions).toEqual(['read:Role']);
    });

    it('refuses widening a key’s workspaces beyond the caller’s scope', async () => {
      const child = await create(specific.key, {
        display_name: 'ws child',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [ws1],
      });
      expectError(
        await as(t, specific.key).patch(child.name, { workspace_scope: 'WORKSPACE_SCOPE_ALL' }),
        403,
        7,
        'ESCALATION_DENIED',
      );
      expectError(
        await as(t, specific.key).patch(child.name, { workspaces: [ws1, ws2] }),
        403,
        7,
        'WORKSPACE_OUT_OF_SCOPE',
      );
      expectError(
        await as(t, specific.key).patch(child.name, { workspaces: [`${org}/workspaces/doesnotexist`] }),
        403,
        7,
        'WORKSPACE_OUT_OF_SCOPE',
      );
      expect((await as(t, adminKey).get(child.name)).body).toMatchObject({
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [ws1],
      });
    });

    it('lets a narrower key rename a wider key of the same owner', async () => {
      const wide = await create(adminKey, { display_name: 'wide key' });
      const renamed = await as(t, restricted.key).patch(wide.name, { display_name: 'wide key, renamed' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({
        display_name: 'wide key, renamed',
        permission_level: 'PERMISSION_LEVEL_ALL',
      });
      const bySpecific = await as(t, specific7.key).patch(wide.name, { display_name: 'renamed again' });
      expect(bySpecific.status).toBe(200);
      expect(bySpecific.body.workspace_scope).toBe('WORKSPACE_SCOPE_ALL');
    });

    it('checks the grants as soon as any grant field is sent, even unchanged', async () => {
      const wide = await create(adminKey, { display_name: 'wide key 2' });
      const res = await as(t, restricted.key).patch(wide.name, {
        display_name: 'x',
        permission_level: 'PERMISSION_LEVEL_ALL',
      });
      expectError(res, 403, 7, 'ESCALATION_DENIED');
      const scoped = await as(t, specific.key).patch(wide.name, { workspace_scope: 'WORKSPACE_SCOPE_ALL' });
      expectError(scoped, 403, 7, 'ESCALATION_DENIED');
      expect((await as(t, adminKey).get(wide.name)).body.display_name).toBe('wide key 2');
    });
  });

  describe('rotate: the rotated key within the caller’s grants and lifetime, unless it rotates itself', () => {
    it('refuses a narrower key rotating a wider key of the same owner', async () => {
      const wide = await create(adminKey, { display_name: 'rotate target' });
      expectError(await as(t, restricted.key).post(`${wide.name}:rotate`), 403, 7, 'ESCALATION_DENIED');
      expectError(await as(t, specific.key).post(`${wide.name}:rotate`), 403, 7, 'ESCALATION_DENIED');
      expect(await meStatus(t, wide.key)).toBe(200);
      expect((await as(t, adminKey).get(wide.name)).body.key_prefix).toBe(wide.key_prefix);
    });

    it('refuses a delegated key rotating a key that outlives it', async () => {
      const longLived = await create(adminKey, {
        display_name: 'long lived ws1',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [ws1],
      });
      expectError(await as(t, specific7.key).post(`${longLived.name}:rotate`), 403, 7, 'ESCALATION_DENIED');
      expect(await meStatus(t, longLived.key)).toBe(200);
    });

    it('lets a full-power admin key rotate a key that outlives it', async () => {
      const longLived = await create(adminKey, { display_name: 'long lived', expiration: 'EXPIRATION_1_YEAR' });
      const res = await as(t, admin7.key).post(`${longLived.name}:rotate`);
      expect(res.status).toBe(200);
      expect(res.body.expire_time).toBe(longLived.expire_time);
    });

    it('always lets a key rotate itself', async () => {
      const self = await operatorKey(t, org, 'admin@acme.test', {
        displayName: 'narrow self-rotator',
        level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['update:ApiKey'],
        workspaces: [ws1],
        expiration: 'EXPIRATION_7_DAYS',
      });
      const res = await as(t, self.key).post(`${self.name}:rotate`);
      expect(res.status).toBe(200);
      expect(res.body.name).toBe(self.name);
      expect(await meStatus(t, res.body.key)).toBe(200);
      expect(await meStatus(t, self.key)).toBe(401);
    });
  });

  describe('a member with an ALL key: still capped by the role', () => {
    it('may create ALL keys', async () => {
      const key = await create(memberAll.key, {
        display_name: 'member all child',
        permission_level: 'PERMISSION_LEVEL_ALL',
      });
      expect(key).toMatchObject({
        permission_level: 'PERMISSION_LEVEL_ALL',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
        creator_key: memberAll.name,
      });
    });

    it('has only the member role’s permissions in effect', async () => {
      const me = await as(t, memberAll.key).get('/me');
      expect(me.body.role).toBe('org-member');
      expect([...me.body.effective_permissions].sort()).toEqual(
        [...readPermissions, 'create:ApiKey', 'delete:ApiKey', 'update:ApiKey'].sort(),
      );
    });

    it('still cannot create users or workspaces (403 PERMISSION_MISSING), with its key or a child ALL key', async () => {
      const child = await create(memberAll.key, { display_name: 'member all child 2' });
      for (const key of [memberAll.key, child.key]) {
        const user = await as(t, key).post(`${org}/users`, {
          email: 'intruder@acme.test',
          display_name: 'Intruder',
          role: 'org-admin',
        });
        expectError(user, 403, 7, 'PERMISSION_MISSING');
        expect(permissionOf(user.body)).toBe('create:User');
        const ws = await as(t, key).post(`${org}/workspaces`, { title: 'member workspace' });
        expectError(ws, 403, 7, 'PERMISSION_MISSING');
        expect(permissionOf(ws.body)).toBe('create:Workspace');
      }
    });
  });
});
