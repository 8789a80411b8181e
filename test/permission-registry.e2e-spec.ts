import { Controller, Get, Module, Param, Post } from '@nestjs/common';
import { KnownPermission, PermissionGroupDefinition, PermissionsOf } from '../src/permissions/permission.types';
import { PermissionsModule } from '../src/permissions/permissions.module';
import { Authenticated, RequirePermissions } from '../src/permissions/decorators';
import { OperatorService } from '../src/setup/operator.service';
import { as, createKey, reasonOf } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

/**
 * API.md §4: "Modules register their own resources and actions; the catalog, the levels and the
 * roles are derived from that registry, so a new module's permissions appear everywhere without
 * editing auth/." This file adds a feature module that exists only here and checks that it is
 * wired into the catalog, roles, levels, RESTRICTED keys, /me, the guard and the OpenAPI document.
 */

// ---- A feature module defined only in this test ----------------------------------------------

const INVOICE_PERMISSIONS = {
  resource: 'Invoice',
  title: 'Invoices',
  actions: [
    { action: 'read', title: 'View invoices', readOnly: true },
    { action: 'create', title: 'Create invoices', readOnly: false },
  ],
} as const satisfies PermissionGroupDefinition;

// As a real module does: its names join the type @RequirePermissions accepts.
declare module '../src/permissions/permission.types' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this module's names
  interface RegisteredPermissions extends PermissionsOf<typeof INVOICE_PERMISSIONS> {}
}

@Controller('organizations/:organizationId/invoices')
class InvoicesController {
  @Get()
  @RequirePermissions('read:Invoice')
  list(@Param('organizationId') organizationId: string) {
    return { invoices: [{ id: 'inv-1', organization: organizationId }] };
  }

  @Post()
  @RequirePermissions('create:Invoice')
  create(@Param('organizationId') organizationId: string) {
    return { created: true, organization: organizationId };
  }
}

@Module({
  imports: [PermissionsModule.forFeature(INVOICE_PERMISSIONS)],
  controllers: [InvoicesController],
})
class InvoicesModule {}

// ------------------------------------------------------------------------------------------------

describe('Permission registry: a feature module registers its permissions (API.md §4)', () => {
  let t: TestApp;
  let org: string;
  let adminKey: string;
  let readOnlyKey: string;
  let memberKey: string;
  let otherOrgKey: string;

  beforeAll(async () => {
    t = await startApp({ imports: [InvoicesModule] });
    const boot = await bootstrapOrganization(t);
    org = boot.organization;
    adminKey = boot.key;
    readOnlyKey = (
      await createKey(t, adminKey, org, { display_name: 'read only', permission_level: 'PERMISSION_LEVEL_READ_ONLY' })
    ).key;

    const member = await as(t, adminKey).post(`${org}/users`, {
      email: 'member@acme.test',
      display_name: 'Mo Member',
      role: 'org-member',
    });
    expect(member.status).toBe(201);
    memberKey = (
      await t.get(OperatorService).createKey({
        organization: org,
        email: 'member@acme.test',
        displayName: 'member ALL key',
        expiration: 'EXPIRATION_30_DAYS',
        level: 'PERMISSION_LEVEL_ALL',
        permissions: [],
        workspaces: [],
      })
    ).key;

    otherOrgKey = (await bootstrapOrganization(t, { title: 'Other', email: 'admin@other.test' })).key;
  });
  afterAll(() => t?.close());

  const invoices = () => `${org}/invoices`;

  describe('catalog, roles and /me', () => {
    it('lists the new group in GET /permissions next to the built-in ones', async () => {
      const res = await as(t, adminKey).get('/permissions');
      expect(res.status).toBe(200);
      const groups = res.body.permission_groups as { resource: string }[];
      expect(groups.find((g) => g.resource === 'Invoice')).toEqual({
        resource: 'Invoice',
        title: 'Invoices',
        permissions: [
          { name: 'read:Invoice', action: 'read', title: 'View invoices', read_only: true },
          { name: 'create:Invoice', action: 'create', title: 'Create invoices', read_only: false },
        ],
      });
      expect(groups.map((g) => g.resource)).toEqual(
        expect.arrayContaining(['Organization', 'User', 'Role', 'Workspace', 'ApiKey', 'Invoice']),
      );
    });

    it('gives org-admin both new permissions and org-member only read:Invoice', async () => {
      const res = await as(t, adminKey).get(`${org}/roles`);
      expect(res.status).toBe(200);
      const roles = Object.fromEntries(
        (res.body.roles as { name: string; permissions: string[] }[]).map((r) => [
          r.name.split('/').pop(),
          r.permissions,
        ]),
      );
      expect(roles['org-admin']).toEqual(expect.arrayContaining(['read:Invoice', 'create:Invoice']));
      expect(roles['org-member']).toContain('read:Invoice');
      expect(roles['org-member']).not.toContain('create:Invoice');
      // Built-in member rights are untouched.
      expect(roles['org-member']).toEqual(
        expect.arrayContaining(['read:Workspace', 'create:ApiKey', 'update:ApiKey', 'delete:ApiKey']),
      );
    });

    it('reports the new permissions in GET /me effective_permissions, as level ∩ role allows', async () => {
      const admin = await as(t, adminKey).get('/me');
      expect(admin.status).toBe(200);
      expect(admin.body.effective_permissions).toEqual(expect.arrayContaining(['read:Invoice', 'create:Invoice']));

      const readOnly = await as(t, readOnlyKey).get('/me');
      expect(readOnly.body.effective_permissions).toContain('read:Invoice');
      expect(readOnly.body.effective_permissions).not.toContain('create:Invoice');

      const member = await as(t, memberKey).get('/me');
      expect(member.body.role).toBe('org-member');
      expect(member.body.effective_permissions).toContain('read:Invoice');
      expect(member.body.effective_permissions).not.toContain('create:Invoice');
    });
  });

  describe('levels and keys', () => {
    it('lets an ALL key of an admin call both routes', async () => {
      const list = await as(t, adminKey).get(invoices());
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ invoices: [{ id: 'inv-1', organization: org.split('/')[1] }] });
      const create = await as(t, adminKey).post(invoices(), {});
      expect(create.status).toBe(201);
      expect(create.body).toEqual({ created: true, organization: org.split('/')[1] });
    });

    it('lets a READ_ONLY key read invoices but not create them (403 PERMISSION_MISSING create:Invoice)', async () => {
      expect((await as(t, readOnlyKey).get(invoices())).status).toBe(200);
      const res = await as(t, readOnlyKey).post(invoices(), {});
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(7);
      expect(reasonOf(res.body)).toBe('PERMISSION_MISSING');
      expect(res.body.details).toContainEqual(
        expect.objectContaining({ metadata: expect.objectContaining({ permission: 'create:Invoice' }) }),
      );
    });

    it('caps a member ALL key by the org-member role: GET allowed, POST 403 create:Invoice', async () => {
      expect((await as(t, memberKey).get(invoices())).status).toBe(200);
      const res = await as(t, memberKey).post(invoices(), {});
      expect(res.status).toBe(403);
      expect(reasonOf(res.body)).toBe('PERMISSION_MISSING');
      expect(res.body.details).toContainEqual(
        expect.objectContaining({ metadata: expect.objectContaining({ permission: 'create:Invoice' }) }),
      );
    });

    it('accepts a RESTRICTED key with ["read:Invoice"], which reads invoices and nothing else', async () => {
      const created = await createKey(t, adminKey, org, {
        display_name: 'invoice reader',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Invoice'],
      });
      expect(created.permission_level).toBe('PERMISSION_LEVEL_RESTRICTED');
      expect(created.permissions).toEqual(['read:Invoice']);

      expect((await as(t, created.key).get(invoices())).status).toBe(200);
      const post = await as(t, created.key).post(invoices(), {});
      expect(post.status).toBe(403);
      expect(res403Permission(post.body)).toBe('create:Invoice');
      const workspaces = await as(t, created.key).get(`${org}/workspaces`);
      expect(workspaces.status).toBe(403);
      expect(res403Permission(workspaces.body)).toBe('read:Workspace');

      const me = await as(t, created.key).get('/me');
      expect(me.body.effective_permissions).toEqual(['read:Invoice']);
    });

    it('accepts a RESTRICTED key with both invoice permissions, which may create invoices', async () => {
      const created = await createKey(t, adminKey, org, {
        display_name: 'invoice writer',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Invoice', 'create:Invoice'],
      });
      expect((await as(t, created.key).post(invoices(), {})).status).toBe(201);
    });

    it('still refuses an action the module did not register (delete:Invoice) with 400 INVALID_ARGUMENT', async () => {
      const res = await as(t, adminKey).post(`${org}/apiKeys`, {
        display_name: 'bogus',
        expiration: 'EXPIRATION_7_DAYS',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['delete:Invoice'],
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      });
      expect(res.status).toBe(400);
      expect(reasonOf(res.body)).toBe('INVALID_ARGUMENT');
    });

    it('applies no-escalation to the new permissions: a read:Invoice key cannot mint a create:Invoice key', async () => {
      const reader = await createKey(t, adminKey, org, {
        display_name: 'reader who mints',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Invoice', 'create:ApiKey'],
      });
      const res = await as(t, reader.key).post(`${org}/apiKeys`, {
        display_name: 'escalated',
        expiration: 'EXPIRATION_7_DAYS',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['create:Invoice'],
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      });
      expect(res.status).toBe(403);
      expect(reasonOf(res.body)).toBe('ESCALATION_DENIED');
    });

    it('applies the organization check to the new routes: another organization is 403 ORGANIZATION_MISMATCH', async () => {
      const res = await as(t, otherOrgKey).get(invoices());
      expect(res.status).toBe(403);
      expect(reasonOf(res.body)).toBe('ORGANIZATION_MISMATCH');
    });

    it('requires a key on the new routes (401 without one)', async () => {
      const res = await t.http().get(`/api/v1/${invoices()}`);
      expect(res.status).toBe(401);
      expect(reasonOf(res.body)).toBe('API_KEY_INVALID');
    });
  });

  describe('OpenAPI document', () => {
    it('documents the new routes with x-required-permissions, bearer security and the permission in the description', async () => {
      const res = await t.http().get('/docs-json');
      expect(res.status).toBe(200);
      const path = res.body.paths['/api/v1/organizations/{organizationId}/invoices'];
      expect(path).toBeDefined();
      for (const [method, permission] of [
        ['get', 'read:Invoice'],
        ['post', 'create:Invoice'],
      ]) {
        const operation = path[method];
        expect(operation['x-required-permissions']).toEqual([permission]);
        expect(operation.description).toContain(permission);
        expect(operation.security).toEqual(expect.arrayContaining([expect.objectContaining({ 'api-key': [] })]));
        expect(operation.responses['403']).toBeDefined();
      }
    });
  });
});

// ------------------------------------------------------------------------------------------------
// The start-up audit (auth/route-audit.ts): a module whose routes would fail open never boots.

@Controller('undeclared')
class UndeclaredController {
  @Get()
  leak() {
    return { secret: 'should never be served' };
  }

  /** Declared: proves the audit names only the route that forgot its rule. */
  @Get('declared')
  @Authenticated()
  declared() {
    return { ok: true };
  }
}

@Controller('organizations/:orgId/invoices')
class MisnamedOrganizationController {
  @Get()
  @RequirePermissions('read:Invoice')
  list(@Param('orgId') orgId: string) {
    return { organization: orgId };
  }
}

@Controller('organizations/:organizationId/workspaces/:wsId/invoices')
class MisnamedWorkspaceController {
  @Get()
  @RequirePermissions('read:Invoice')
  list() {
    return {};
  }
}

@Controller('organizations/:organizationId/typo')
class UnregisteredPermissionController {
  @Get()
  // A typo the type check would refuse; cast here to prove the start-up audit catches it too.
  @RequirePermissions('read:Invoce' as KnownPermission)
  list() {
    return {};
  }
}

function moduleWith(controller: new () => object) {
  @Module({ imports: [PermissionsModule.forFeature(INVOICE_PERMISSIONS)], controllers: [controller] })
  class BadModule {}
  return BadModule;
}

describe('Start-up audit: routes that would fail open refuse to boot', () => {
  it.each([
    [UndeclaredController, /UndeclaredController\.leak declares no access rule/],
    [
      MisnamedOrganizationController,
      /MisnamedOrganizationController\.list names the parameter after "organizations\/" "orgId", not "organizationId"/,
    ],
    [
      MisnamedWorkspaceController,
      /MisnamedWorkspaceController\.list names the parameter after "workspaces\/" "wsId", not "workspaceId"/,
    ],
    [
      UnregisteredPermissionController,
      /UnregisteredPermissionController\.list requires "read:Invoce", which no module registered/,
    ],
  ])('%p', async (controller, problem) => {
    await expect(startApp({ imports: [moduleWith(controller)] })).rejects.toThrow(problem);
  });

  it('names only the broken route (the declared route of the same controller is fine)', async () => {
    await expect(startApp({ imports: [moduleWith(UndeclaredController)] })).rejects.toThrow(
      /Refusing to start: 1 route\(s\)/,
    );
  });

  it('passes the application as shipped and a well-formed feature module', async () => {
    const t = await startApp({ imports: [InvoicesModule] });
    await t.close();
  });
});

describe('Permission registry: levels grow when a module is added later (API.md §4, §5)', () => {
  let before: TestApp;
  let after: TestApp;
  let org: string;
  let allKey: string;
  let readOnlyKey: string;

  beforeAll(async () => {
    // Keys made while the service had no Invoice permissions at all...
    before = await startApp();
    const boot = await bootstrapOrganization(before);
    org = boot.organization;
    allKey = boot.key;
    readOnlyKey = (
      await createKey(before, allKey, org, {
        display_name: 'old read only',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
      })
    ).key;
    expect((await as(before, allKey).get(`${org}/invoices`)).status).toBe(404);
    // ...then a new version of the service, with the module, on the same database.
    after = await startApp({ imports: [InvoicesModule], shareDatabaseWith: before });
  });
  afterAll(async () => {
    await after?.close();
    await before?.close();
  });

  it('gives an existing ALL key the new permissions', async () => {
    expect((await as(after, allKey).get(`${org}/invoices`)).status).toBe(200);
    expect((await as(after, allKey).post(`${org}/invoices`, {})).status).toBe(201);
    const me = await as(after, allKey).get('/me');
    expect(me.body.effective_permissions).toEqual(expect.arrayContaining(['read:Invoice', 'create:Invoice']));
  });

  it('gives an existing READ_ONLY key the new read permission only', async () => {
    expect((await as(after, readOnlyKey).get(`${org}/invoices`)).status).toBe(200);
    const res = await as(after, readOnlyKey).post(`${org}/invoices`, {});
    expect(res.status).toBe(403);
    expect(res403Permission(res.body)).toBe('create:Invoice');
  });
});

function res403Permission(body: {
  details?: { '@type': string; metadata?: Record<string, string> }[];
}): string | undefined {
  return body.details?.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo')?.metadata?.permission;
}
