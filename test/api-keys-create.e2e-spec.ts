import { expectError, expectInvalidField, violatedFields } from './support/expect-error';
import { isWellFormedKey } from '../src/api-keys/key-format';
import {
  addUser,
  addWorkspace,
  API_KEY_FIELDS,
  DAY_MS,
  KEY_SHAPE,
  operatorKey,
  startWithOrganization,
  TIMESTAMP,
} from './support/api-key-fixtures';
import { as, createBody, IssuedKey } from './support/api-client';
import { bootstrapOrganization, Bootstrapped, TestApp } from './support/test-app';

/** POST /organizations/{o}/apiKeys (API.md §5, §6, §7): the answer, the validation, the key itself. */
describe('API keys: create', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  let adminKey: string;
  let workspace2: string;
  let foreignWorkspace: string;
  let allPermissions: string[];
  let readPermissions: string[];

  const post = (body: object, key = adminKey) => as(t, key).post(`${org}/apiKeys`, body);
  const countKeys = async () =>
    (await as(t, adminKey).get(`${org}/apiKeys?page_size=1000`)).body.api_keys.length as number;

  beforeAll(async () => {
    ({ t, boot } = await startWithOrganization());
    org = boot.organization;
    adminKey = boot.key;
    workspace2 = await addWorkspace(t, adminKey, org, 'Second');
    const other = await bootstrapOrganization(t, {
      title: 'Other Org',
      email: 'admin@other.test',
      workspaceTitle: 'Theirs',
    });
    foreignWorkspace = other.workspace;
    const catalog = await as(t, adminKey).get('/permissions');
    expect(catalog.status).toBe(200);
    allPermissions = catalog.body.permission_groups.flatMap((g: { permissions: { name: string }[] }) =>
      g.permissions.map((p) => p.name),
    );
    readPermissions = catalog.body.permission_groups.flatMap(
      (g: { permissions: { name: string; read_only: boolean }[] }) =>
        g.permissions.filter((p) => p.read_only).map((p) => p.name),
    );
    expect(allPermissions).toEqual(
      expect.arrayContaining(['read:ApiKey', 'create:ApiKey', 'create:User', 'delete:Workspace']),
    );
  });
  afterAll(() => t.close());

  describe('the 201 answer carries the full ApiKey shape and the one-time secret', () => {
    it('answers 201 with every ApiKey field, nulls present, and `key`', async () => {
      const before = t.clock.now();
      const res = await post(createBody({ display_name: 'CI deploy' }));
      const after = t.clock.now();
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual([...API_KEY_FIELDS, 'key'].sort());
      expect(res.body).toEqual({
        name: expect.stringMatching(new RegExp(`^${org}/apiKeys/[A-Za-z0-9_-]+$`)),
        display_name: 'CI deploy',
        key_prefix: expect.any(String),
        expiration: 'EXPIRATION_30_DAYS',
        expire_time: expect.stringMatching(TIMESTAMP),
        permission_level: 'PERMISSION_LEVEL_ALL',
        permissions: [],
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
        workspaces: [],
        state: 'STATE_ACTIVE',
        owner: boot.user,
        owner_display_name: 'Ada Admin',
        owner_email: 'admin@acme.test',
        creator_key: boot.api_key,
        create_time: expect.stringMatching(TIMESTAMP),
        update_time: expect.stringMatching(TIMESTAMP),
        last_used_time: null,
        previous_secret_expire_time: null,
        expires_soon: false,
        allowed_ips: [],
        last_used_ip: '',
        key: expect.stringMatching(KEY_SHAPE),
      });
      expect(res.body.key_prefix).toBe(res.body.key.slice(0, 12));
      expect(isWellFormedKey(res.body.key)).toBe(true);
      const created = Date.parse(res.body.create_time);
      expect(created).toBeGreaterThanOrEqual(before);
      expect(created).toBeLessThanOrEqual(after);
      expect(res.body.update_time).toBe(res.body.create_time);
    });

    it('issues a different secret and prefix for every key', async () => {
      const a = await post(createBody({ display_name: 'twin a' }));
      const b = await post(createBody({ display_name: 'twin b' }));
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(a.body.key).not.toBe(b.body.key);
      expect(a.body.key_prefix).not.toBe(b.body.key_prefix);
      expect(a.body.name).not.toBe(b.body.name);
    });

    it.each([
      ['EXPIRATION_7_DAYS', 7],
      ['EXPIRATION_30_DAYS', 30],
      ['EXPIRATION_60_DAYS', 60],
      ['EXPIRATION_90_DAYS', 90],
      ['EXPIRATION_180_DAYS', 180],
      ['EXPIRATION_1_YEAR', 365],
    ])('sets expire_time = create_time + %s (%i days)', async (expiration, days) => {
      const res = await post(createBody({ display_name: `expires ${expiration}`, expiration }));
      expect(res.status).toBe(201);
      expect(res.body.expiration).toBe(expiration);
      expect(Date.parse(res.body.expire_time) - Date.parse(res.body.create_time)).toBe(days * DAY_MS);
    });

    it('returns the RESTRICTED list and the SPECIFIC workspaces it was given', async () => {
      const res = await post(
        createBody({
          display_name: 'narrow',
          permission_level: 'PERMISSION_LEVEL_RESTRICTED',
          permissions: ['read:Workspace', 'read:ApiKey'],
          workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
          workspaces: [boot.workspace],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.permission_level).toBe('PERMISSION_LEVEL_RESTRICTED');
      expect([...res.body.permissions].sort()).toEqual(['read:ApiKey', 'read:Workspace']);
      expect(res.body.workspace_scope).toBe('WORKSPACE_SCOPE_SPECIFIC');
      expect(res.body.workspaces).toEqual([boot.workspace]);
    });

    it('answers permissions [] for READ_ONLY', async () => {
      const res = await post(createBody({ display_name: 'reader', permission_level: 'PERMISSION_LEVEL_READ_ONLY' }));
      expect(res.status).toBe(201);
      expect(res.body.permission_level).toBe('PERMISSION_LEVEL_READ_ONLY');
      expect(res.body.permissions).toEqual([]);
    });

    it('removes duplicate workspaces (and duplicate permissions)', async () => {
      const res = await post(
        createBody({
          display_name: 'dups',
          permission_level: 'PERMISSION_LEVEL_RESTRICTED',
          permissions: ['read:User', 'read:User', 'read:Role'],
          workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
          workspaces: [workspace2, boot.workspace, workspace2, boot.workspace],
        }),
      );
      expect(res.status).toBe(201);
      expect([...res.body.workspaces].sort()).toEqual([boot.workspace, workspace2].sort());
      expect([...res.body.permissions].sort()).toEqual(['read:Role', 'read:User']);
      const get = await as(t, adminKey).get(res.body.name);
      expect([...get.body.workspaces].sort()).toEqual([boot.workspace, workspace2].sort());
    });

    it('is readable afterwards with GET, identical except for the secret', async () => {
      const res = await post(createBody({ display_name: 'read me back' }));
      const get = await as(t, adminKey).get(res.body.name);
      expect(get.status).toBe(200);
      const { key, ...withoutSecret } = res.body;
      expect(key).toMatch(KEY_SHAPE);
      expect(get.body).toEqual(withoutSecret);
    });

    it('records the creating key of a member in creator_key and the member as owner', async () => {
      const member = await addUser(t, adminKey, org, 'mia@acme.test', 'Mia Member');
      const memberKey = await operatorKey(t, org, 'mia@acme.test', { displayName: 'Mia CLI key' });
      expect(memberKey.creator_key).toBe('');
      const res = await post(createBody({ display_name: 'made by Mia' }), memberKey.key);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        owner: member,
        owner_display_name: 'Mia Member',
        owner_email: 'mia@acme.test',
        creator_key: memberKey.name,
      });
    });
  });

  describe('display_name: trimmed, 1–100 code points, any Unicode', () => {
    it('trims the display name', async () => {
      const res = await post(createBody({ display_name: '   padded name \t ' }));
      expect(res.status).toBe(201);
      expect(res.body.display_name).toBe('padded name');
    });

    it('accepts 100 emoji (100 code points) and returns them intact', async () => {
      const name = '🔑'.repeat(100);
      const res = await post(createBody({ display_name: name }));
      expect(res.status).toBe(201);
      expect(res.body.display_name).toBe(name);
      expect((await as(t, adminKey).get(res.body.name)).body.display_name).toBe(name);
    });

    it('accepts accents and CJK', async () => {
      const res = await post(createBody({ display_name: 'Clé de déploiement 鍵' }));
      expect(res.status).toBe(201);
      expect(res.body.display_name).toBe('Clé de déploiement 鍵');
    });

    it.each([
      ['empty', ''],
      ['blank', '   '],
      ['101 ASCII characters', 'a'.repeat(101)],
      ['101 emoji', '🔑'.repeat(101)],
      ['a number', 42],
      ['null', null],
    ])('refuses a display_name that is %s', async (_label, display_name) => {
      expectInvalidField(await post(createBody({ display_name })), 'display_name');
    });
  });

  describe('validation: 400 INVALID_ARGUMENT with field violations, nothing created', () => {
    it.each(['display_name', 'expiration', 'permission_level', 'workspace_scope'])('requires %s', async (field) => {
      const body = createBody();
      delete body[field];
      expectInvalidField(await post(body), field);
    });

    it('reports every missing field of an empty body', async () => {
      const res = await post({});
      expectError(res, 400, 3, 'INVALID_ARGUMENT');
      expect(violatedFields(res.body)).toEqual(
        expect.arrayContaining(['display_name', 'expiration', 'permission_level', 'workspace_scope']),
      );
    });

    it.each([
      ['foo', 1],
      ['owner', 'organizations/x/users/y'],
      ['key', 'tsr_0000000000000000000000000000000000000000000000000'],
      ['expire_time', '2030-01-01T00:00:00.000Z'],
      ['state', 'STATE_ACTIVE'],
      ['creator_key', ''],
    ])('refuses the unknown field %s', async (field, value) => {
      expectInvalidField(await post(createBody({ [field]: value })), field);
    });

    it.each([
      ['expiration', 'EXPIRATION_2_DAYS'],
      ['expiration', 'expiration_30_days'],
      ['expiration', 30],
      ['permission_level', 'PERMISSION_LEVEL_ADMIN'],
      ['permission_level', 'ALL'],
      ['workspace_scope', 'WORKSPACE_SCOPE_NONE'],
      ['workspace_scope', 'workspace_scope_all'],
    ])('refuses the bad enum %s = %p', async (field, value) => {
      expectInvalidField(await post(createBody({ [field]: value })), field);
    });

    it.each([
      ['permissions', 'read:User'],
      ['permissions', null],
      ['workspaces', 'organizations/x/workspaces/y'],
      ['workspaces', null],
    ])('refuses the wrongly-typed %s = %p', async (field, value) => {
      const body =
        field === 'permissions'
          ? createBody({ permission_level: 'PERMISSION_LEVEL_RESTRICTED', [field]: value })
          : createBody({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', [field]: value });
      const res = await post(body);
      expectError(res, 400, 3, 'INVALID_ARGUMENT');
      expect(violatedFields(res.body).some((f) => f.startsWith(field))).toBe(true);
    });

    it.each(['PERMISSION_LEVEL_ALL', 'PERMISSION_LEVEL_READ_ONLY'])(
      'refuses a non-empty permissions list with %s',
      async (level) => {
        expectInvalidField(
          await post(createBody({ permission_level: level, permissions: ['read:User'] })),
          'permissions',
        );
      },
    );

    it('refuses RESTRICTED with an empty permissions list', async () => {
      expectInvalidField(
        await post(createBody({ permission_level: 'PERMISSION_LEVEL_RESTRICTED', permissions: [] })),
        'permissions',
      );
    });

    it('refuses RESTRICTED without a permissions list', async () => {
      expectInvalidField(await post(createBody({ permission_level: 'PERMISSION_LEVEL_RESTRICTED' })), 'permissions');
    });

    it.each([
      ['fly:Rocket', 1],
      ['read:user', 1],
      ['Read:User', 1],
      ['read:Nothing', 1],
      ['', 1],
    ])('refuses the unknown permission %p with a violation on permissions[%i]', async (bad, index) => {
      const res = await post(
        createBody({ permission_level: 'PERMISSION_LEVEL_RESTRICTED', permissions: ['read:User', bad] }),
      );
      expectInvalidField(res, `permissions[${index}]`);
    });

    it('refuses workspaces with WORKSPACE_SCOPE_ALL', async () => {
      expectInvalidField(
        await post(createBody({ workspace_scope: 'WORKSPACE_SCOPE_ALL', workspaces: [boot.workspace] })),
        'workspaces',
      );
    });

    it('refuses WORKSPACE_SCOPE_SPECIFIC with an empty list', async () => {
      expectInvalidField(
        await post(createBody({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [] })),
        'workspaces',
      );
    });

    it('refuses WORKSPACE_SCOPE_SPECIFIC without a list', async () => {
      expectInvalidField(await post(createBody({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC' })), 'workspaces');
    });

    it.each([
      ['a bare id', 'abc123'],
      ['a partial name', 'workspaces/abc123'],
      ['a user name', 'organizations/x/users/y'],
      ['an empty string', ''],
      ['trailing garbage', 'organizations/x/workspaces/y/z'],
    ])('refuses a malformed workspace name (%s) on workspaces[i]', async (_label, bad) => {
      const res = await post(
        createBody({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [boot.workspace, bad] }),
      );
      expectInvalidField(res, 'workspaces[1]');
    });

    it('refuses a workspace of another organization on workspaces[i] (all-workspaces caller)', async () => {
      const res = await post(
        createBody({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [foreignWorkspace] }),
      );
      expectInvalidField(res, 'workspaces[0]');
    });

    it('refuses a missing workspace on workspaces[i] (all-workspaces caller)', async () => {
      const res = await post(
        createBody({
          workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
          workspaces: [boot.workspace, `${org}/workspaces/doesnotexist`],
        }),
      );
      expectInvalidField(res, 'workspaces[1]');
    });

    it('creates nothing when a create is refused', async () => {
      const before = await countKeys();
      await post(createBody({ permission_level: 'PERMISSION_LEVEL_RESTRICTED', permissions: ['fly:Rocket'] }));
      await post(createBody({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: [foreignWorkspace] }));
      await post({});
      expect(await countKeys()).toBe(before);
    });

    it('answers 415 for a non-JSON body and 400 for malformed JSON', async () => {
      const form = await as(t, adminKey)
        .post(`${org}/apiKeys`)
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send('display_name=x');
      expectError(form, 415, 3, 'INVALID_ARGUMENT');
      const broken = await as(t, adminKey)
        .post(`${org}/apiKeys`)
        .set('Content-Type', 'application/json')
        .send('{"display_name": ');
      expectError(broken, 400, 3, 'INVALID_ARGUMENT');
    });
  });

  describe('the created key works at once', () => {
    it('authenticates GET /me as the new key, with ALL effective permissions for an admin ALL key', async () => {
      const created = (await post(createBody({ display_name: 'works' }))).body as IssuedKey;
      const me = await as(t, created.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.api_key.name).toBe(created.name);
      expect(me.body.api_key.display_name).toBe('works');
      expect(me.body.api_key).not.toHaveProperty('key');
      expect(me.body.user.name).toBe(boot.user);
      expect(me.body.role).toBe('org-admin');
      expect([...me.body.effective_permissions].sort()).toEqual([...allPermissions].sort());
    });

    it('reports every read:* permission for a READ_ONLY key, and refuses a write with it', async () => {
      const created = (
        await post(createBody({ display_name: 'read only', permission_level: 'PERMISSION_LEVEL_READ_ONLY' }))
      ).body as IssuedKey;
      const me = await as(t, created.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.api_key.name).toBe(created.name);
      expect([...me.body.effective_permissions].sort()).toEqual([...readPermissions].sort());
      const write = await as(t, created.key).post(`${org}/workspaces`, { title: 'not allowed' });
      expectError(write, 403, 7, 'PERMISSION_MISSING');
      expect(write.body.details.find((d: { reason?: string }) => d.reason)?.metadata?.permission).toBe(
        'create:Workspace',
      );
    });

    it('reports exactly the listed permissions for a RESTRICTED key', async () => {
      const created = (
        await post(
          createBody({
            display_name: 'restricted works',
            permission_level: 'PERMISSION_LEVEL_RESTRICTED',
            permissions: ['read:Workspace', 'create:Workspace'],
          }),
        )
      ).body as IssuedKey;
      const me = await as(t, created.key).get('/me');
      expect(me.status).toBe(200);
      expect([...me.body.effective_permissions].sort()).toEqual(['create:Workspace', 'read:Workspace']);
      expect((await as(t, created.key).get(`${org}/users`)).status).toBe(403);
      expect((await as(t, created.key).get(`${org}/workspaces`)).status).toBe(200);
    });

    it('limits a SPECIFIC key to its workspaces on workspace routes', async () => {
      const created = (
        await post(
          createBody({
            display_name: 'one workspace',
            workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
            workspaces: [workspace2],
          }),
        )
      ).body as IssuedKey;
      expect((await as(t, created.key).get(workspace2)).status).toBe(200);
      expectError(await as(t, created.key).get(boot.workspace), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      const list = await as(t, created.key).get(`${org}/workspaces`);
      expect(list.status).toBe(200);
      expect(list.body.workspaces.map((w: { name: string }) => w.name)).toEqual([workspace2]);
    });
  });
});
