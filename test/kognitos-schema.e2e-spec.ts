import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { OperatorService } from '../src/setup/operator.service';
import { as, createKey } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

/**
 * Wire compatibility with the public Kognitos API (API.md preamble, §2, §7): real responses of
 * Tessera validate against the schemas of `test/fixtures/kognitos/kognitos-openapi.yaml`, and every property we
 * send is one the spec declares (no drift), so a client generated from that spec works against us.
 */

/** The peer spec, vendored unmodified with its MIT license note (fixtures/kognitos/README.md). */
const SPEC_PATH = path.resolve(__dirname, 'fixtures/kognitos/kognitos-openapi.yaml');

type Json = Record<string, any>;
type Schema = Json;

const spec = parse(readFileSync(SPEC_PATH, 'utf8')) as Json;
const schemas: Record<string, Schema> = spec.components.schemas;

/** Property names Tessera adds to a spec schema on purpose (none today; API.md documents none). */
const TESSERA_ADDITIONS: Record<string, string[]> = {};

/**
 * Spec properties Tessera does not send. API.md §7 defines Organization without the logo, so
 * `logo_data_uri` is the one documented omission.
 */
const DOCUMENTED_OMISSIONS: Record<string, string[]> = {
  v1Organization: ['logo_data_uri'],
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'spec', components: { schemas } });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schemaName: string): ValidateFunction {
  let v = compiled.get(schemaName);
  if (!v) {
    v = ajv.compile({ $ref: `spec#/components/schemas/${schemaName}` });
    compiled.set(schemaName, v);
  }
  return v;
}

function deref(schema: Schema): { schema: Schema; name?: string } {
  let name: string | undefined;
  while (schema && typeof schema.$ref === 'string') {
    const match = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref);
    if (!match) throw new Error(`Unsupported $ref ${schema.$ref}`);
    name = match[1];
    schema = schemas[name];
    if (!schema) throw new Error(`The spec has no schema ${name}`);
  }
  return { schema, name };
}

/**
 * Property paths in `value` that the spec schema does not declare. Objects the spec leaves open
 * (`additionalProperties` set, e.g. protobufAny) are not inspected beyond their declared properties.
 */
function undeclaredProperties(schemaOrRef: Schema, value: unknown, at = '$', schemaName?: string): string[] {
  const { schema, name = schemaName } = deref(schemaOrRef);
  if (Array.isArray(value)) {
    return schema.items ? value.flatMap((item, i) => undeclaredProperties(schema.items, item, `${at}[${i}]`)) : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const declared: Record<string, Schema> = schema.properties ?? {};
  const open = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
  const allowed = new Set([...Object.keys(declared), ...((name && TESSERA_ADDITIONS[name]) || [])]);
  return Object.entries(value as Json).flatMap(([key, child]) => {
    if (declared[key]) return undeclaredProperties(declared[key], child, `${at}.${key}`);
    return open || allowed.has(key) ? [] : [`${at}.${key}`];
  });
}

/** Asserts that `body` validates against the named spec schema and sends only declared properties. */
function expectSpecShape(schemaName: string, body: unknown): void {
  expect(schemas[schemaName]).toBeDefined();
  const validate = validatorFor(schemaName);
  const valid = validate(body);
  expect({ schema: schemaName, errors: validate.errors ?? [] }).toEqual({ schema: schemaName, errors: [] });
  expect(valid).toBe(true);
  expect({
    schema: schemaName,
    undeclared: undeclaredProperties({ $ref: `#/components/schemas/${schemaName}` }, body),
  }).toEqual({
    schema: schemaName,
    undeclared: [],
  });
}

/** Asserts that the object sends every property its spec schema declares, but documented omissions. */
function expectAllSpecProperties(schemaName: string, body: Json): void {
  const declared = Object.keys(schemas[schemaName].properties ?? {});
  const omitted = DOCUMENTED_OMISSIONS[schemaName] ?? [];
  expect({ schema: schemaName, missing: declared.filter((p) => !omitted.includes(p) && !(p in body)) }).toEqual({
    schema: schemaName,
    missing: [],
  });
}

/** The google.rpc detail messages we send, with their proto field names (snake_case JSON). */
const RPC_DETAIL_FIELDS: Record<string, string[]> = {
  'type.googleapis.com/google.rpc.ErrorInfo': ['@type', 'reason', 'domain', 'metadata'],
  'type.googleapis.com/google.rpc.BadRequest': ['@type', 'field_violations'],
  'type.googleapis.com/google.rpc.QuotaFailure': ['@type', 'violations'],
};

function expectRpcStatus(res: { status: number; body: Json }, httpStatus: number, code: number): void {
  expect(res.status).toBe(httpStatus);
  expectSpecShape('rpcStatus', res.body);
  expect(Object.keys(res.body).sort()).toEqual(['code', 'details', 'message']);
  expect(res.body.code).toBe(code);
  expect(res.body.details.length).toBeGreaterThan(0);
  for (const detail of res.body.details) {
    const fields = RPC_DETAIL_FIELDS[detail['@type']];
    expect(fields).toBeDefined();
    expect(Object.keys(detail).filter((k) => !fields.includes(k))).toEqual([]);
    if (detail['@type'] === 'type.googleapis.com/google.rpc.BadRequest') {
      for (const v of detail.field_violations) {
        expect(
          Object.keys(v).filter((k) => !['field', 'description', 'reason', 'localized_message'].includes(k)),
        ).toEqual([]);
      }
    }
  }
  expect(res.body.details.filter((d: Json) => d['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo')).toHaveLength(
    1,
  );
}

describe('Kognitos OpenAPI compatibility (reference/kognitos-openapi.yaml)', () => {
  let t: TestApp;
  let boot: Awaited<ReturnType<typeof bootstrapOrganization>>;
  let other: Awaited<ReturnType<typeof bootstrapOrganization>>;
  let member: Json;
  let memberKey: string;

  beforeAll(async () => {
    t = await startApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    boot = await bootstrapOrganization(t, {
      title: 'Spec Org 🚀',
      email: 'admin@spec.test',
      displayName: 'Spec Admin',
    });
    other = await bootstrapOrganization(t, {
      title: 'Other Org',
      email: 'admin@other.test',
      displayName: 'Other Admin',
    });
    const res = await as(t, boot.key).post(`${boot.organization}/users`, {
      email: 'member@spec.test',
      display_name: 'Spec Member',
      role: 'org-member',
    });
    member = res.body;
    memberKey = (
      await t.get(OperatorService).createKey({
        organization: boot.organization,
        email: 'member@spec.test',
        displayName: 'member key',
        expiration: 'EXPIRATION_30_DAYS',
        level: 'PERMISSION_LEVEL_ALL',
        permissions: [],
        workspaces: [],
      })
    ).key;
    await as(t, boot.key).post(`${boot.organization}/workspaces`, {
      title: 'Second',
      workspace_icon: 'star',
      workspace_icon_color: '#ff0000',
    });
  });
  afterAll(() => t.close());

  // ------------------------------------------------------------------------------------------------
  describe('the reference spec and the validator', () => {
    it('declares every schema this suite checks', () => {
      for (const name of [
        'v1Organization',
        'v1Workspace',
        'v1ListWorkspacesResponse',
        'v1UserWithRoles',
        'v1UserBasicInfo',
        'v1RoleBasicInfo',
        'v1RoleScope',
        'v1ListOrganizationUsersResponse',
        'v1Role',
        'v1ListOrganizationRolesResponse',
        'v1CurrentUserOrganizationsResponse',
        'v1CurrentUserOrganizationWorkspacesResponse',
        'v1Invitation',
        'v1UserInvitation',
        'v1ListOrganizationUserInvitesResponse',
        'rpcStatus',
        'protobufAny',
      ]) {
        expect({ name, defined: !!schemas[name] }).toEqual({ name, defined: true });
      }
    });

    it('is not vacuous: it rejects wrong types, formats and enum values', () => {
      expect(validatorFor('v1Workspace')({ title: 'x', create_time: 'yesterday' })).toBe(false);
      expect(validatorFor('v1Organization')({ title: 7 })).toBe(false);
      expect(validatorFor('v1Organization')({ name: 'organizations/x' })).toBe(false); // title is required
      expect(
        validatorFor('v1UserWithRoles')({
          user: { name: 'u' },
          roles: [{ name: 'org-admin', role_scope: 'ROLE_SCOPE_GLOBAL' }],
        }),
      ).toBe(false);
      expect(validatorFor('rpcStatus')({ code: '3', message: 'm', details: [] })).toBe(false);
      expect(
        validatorFor('v1ListWorkspacesResponse')({ workspaces: [{ title: 't', update_time: '2026-01-01' }] }),
      ).toBe(false);
    });

    it('flags a property the spec does not declare, even nested', () => {
      expect(undeclaredProperties({ $ref: '#/components/schemas/v1Workspace' }, { title: 'x', secret: 1 })).toEqual([
        '$.secret',
      ]);
      expect(
        undeclaredProperties(
          { $ref: '#/components/schemas/v1ListOrganizationUsersResponse' },
          {
            users: [
              {
                user: { name: 'n', id: 'x' },
                roles: [{ name: 'r', role_scope: 'ROLE_SCOPE_ORGANIZATION', extra: true }],
              },
            ],
            next_page_token: '',
          },
        ),
      ).toEqual(['$.users[0].user.id', '$.users[0].roles[0].extra']);
      // protobufAny is open by design (additionalProperties).
      expect(
        undeclaredProperties(
          { $ref: '#/components/schemas/rpcStatus' },
          { code: 3, details: [{ '@type': 'x', reason: 'y' }] },
        ),
      ).toEqual([]);
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('the spec operations Tessera implements answer with the spec’s 200 schema', () => {
    /** Spec paths (Kognitos naming of parameters) that API.md §6 implements, as GETs. */
    const IMPLEMENTED_GETS = [
      '/api/v1/organizations/{organization_id}',
      '/api/v1/me/organizations',
      '/api/v1/organizations/{organization_id}/roles',
      '/api/v1/organizations/{organization_id}/users',
      '/api/v1/organizations/{organization_id}/users/{user_id}',
      '/api/v1/organizations/{organization_id}/workspaces',
      '/api/v1/organizations/{organization_id}/workspaces/{workspace_id}',
      '/api/v1/me/organizations/{organization_id}/workspaces',
    ];

    function fill(template: string): string {
      return template
        .replace('{organization_id}', boot.organizationId)
        .replace('{user_id}', boot.user.split('/').pop() as string)
        .replace('{workspace_id}', boot.workspace.split('/').pop() as string);
    }

    it.each(IMPLEMENTED_GETS)('GET %s', async (template) => {
      const operation = spec.paths[template]?.get;
      expect(operation).toBeDefined();
      const ref: string = operation.responses['200'].content['application/json'].schema.$ref;
      const schemaName = ref.replace('#/components/schemas/', '');
      const res = await t.http().get(fill(template)).set('Authorization', `Bearer ${boot.key}`);
      expect(res.status).toBe(200);
      expectSpecShape(schemaName, res.body);

      // The error answers follow the spec's default response (rpcStatus).
      const errorRef: string = operation.responses.default.content['application/json'].schema.$ref;
      expect(errorRef).toBe('#/components/schemas/rpcStatus');
      const unauthenticated = await t.http().get(fill(template));
      expectRpcStatus(unauthenticated, 401, 16);
    });

    it.each(IMPLEMENTED_GETS.filter((p) => p.includes('{organization_id}')))(
      'GET %s for another organization answers an rpcStatus 403',
      async (template) => {
        const url = template
          .replace('{organization_id}', other.organizationId)
          .replace('{user_id}', other.user.split('/').pop() as string)
          .replace('{workspace_id}', other.workspace.split('/').pop() as string);
        expectRpcStatus(await t.http().get(url).set('Authorization', `Bearer ${boot.key}`), 403, 7);
      },
    );

    it.each([
      ['/api/v1/organizations/{organization_id}/users', ['page_size', 'page_token', 'filter', 'order_by']],
      ['/api/v1/organizations/{organization_id}/workspaces', ['page_size', 'page_token', 'filter', 'order_by']],
      ['/api/v1/me/organizations/{organization_id}/workspaces', ['page_size', 'page_token', 'filter']],
      ['/api/v1/organizations/{organization_id}/roles', ['page_size', 'page_token']],
      ['/api/v1/me/organizations', ['page_size', 'page_token']],
    ])('GET %s takes the query parameters the spec declares', async (template, expected) => {
      const declared = (spec.paths[template].get.parameters ?? [])
        .filter((p: Json) => p.in === 'query')
        .map((p: Json) => p.name);
      expect(declared).toEqual(expect.arrayContaining(expected));
      // A Kognitos client sends page_size on every list; it must never be refused.
      const res = await t
        .http()
        .get(fill(template))
        .query({ page_size: '10' })
        .set('Authorization', `Bearer ${boot.key}`);
      expect(res.status).toBe(200);
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('each response validates against its schema', () => {
    it('GET /organizations/{o} is a v1Organization with every property but the logo', async () => {
      const res = await as(t, boot.key).get(boot.organization);
      expect(res.status).toBe(200);
      expectSpecShape('v1Organization', res.body);
      expectAllSpecProperties('v1Organization', res.body);
    });

    it('PATCH /organizations/{o} answers a v1Organization', async () => {
      const res = await as(t, boot.key).patch(boot.organization, { title: 'Spec Org 🚀 renamed' });
      expect(res.status).toBe(200);
      expectSpecShape('v1Organization', res.body);
    });

    it('GET /me/organizations is a v1CurrentUserOrganizationsResponse', async () => {
      const res = await as(t, boot.key).get('/me/organizations');
      expectSpecShape('v1CurrentUserOrganizationsResponse', res.body);
      for (const org of res.body.user_organizations) expectAllSpecProperties('v1Organization', org);
    });

    it('POST and GET a workspace are a v1Workspace with every property', async () => {
      const created = await as(t, boot.key).post(`${boot.organization}/workspaces`, { title: 'Spec Workspace ✨' });
      expect(created.status).toBe(201);
      expectSpecShape('v1Workspace', created.body);
      expectAllSpecProperties('v1Workspace', created.body);
      const got = await as(t, boot.key).get(created.body.name);
      expectSpecShape('v1Workspace', got.body);
      expectAllSpecProperties('v1Workspace', got.body);
      const patched = await as(t, boot.key).patch(created.body.name, { workspace_icon: 'spark' });
      expectSpecShape('v1Workspace', patched.body);
    });

    it('GET workspaces is a v1ListWorkspacesResponse, on every page and with a filter', async () => {
      const first = await as(t, boot.key).get(`${boot.organization}/workspaces`).query({ page_size: '1' });
      expectSpecShape('v1ListWorkspacesResponse', first.body);
      expect(first.body.next_page_token).not.toBe('');
      const second = await as(t, boot.key)
        .get(`${boot.organization}/workspaces`)
        .query({ page_size: '1', page_token: first.body.next_page_token });
      expectSpecShape('v1ListWorkspacesResponse', second.body);
      const filtered = await as(t, boot.key).get(`${boot.organization}/workspaces`).query({ filter: 'title : "spec"' });
      expectSpecShape('v1ListWorkspacesResponse', filtered.body);
      for (const w of filtered.body.workspaces) expectAllSpecProperties('v1Workspace', w);
    });

    it('GET /me/organizations/{o}/workspaces is a v1CurrentUserOrganizationWorkspacesResponse, also for a scoped key', async () => {
      const res = await as(t, boot.key).get(`/me/${boot.organization}/workspaces`);
      expectSpecShape('v1CurrentUserOrganizationWorkspacesResponse', res.body);
      const scoped = await createKey(t, boot.key, boot.organization, {
        display_name: 'spec scoped',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [boot.workspace],
      });
      const mine = await as(t, scoped.key).get(`/me/${boot.organization}/workspaces`);
      expectSpecShape('v1CurrentUserOrganizationWorkspacesResponse', mine.body);
      expect(mine.body.user_workspaces).toHaveLength(1);
    });

    it('POST and PATCH users answer a v1UserWithRoles; GET a user is a v1UserBasicInfo', async () => {
      const created = await as(t, boot.key).post(`${boot.organization}/users`, {
        email: 'Ünicode.User@spec.test',
        display_name: 'Ünicode User 👋',
        role: 'org-admin',
      });
      expect(created.status).toBe(201);
      expectSpecShape('v1UserWithRoles', created.body);
      expectAllSpecProperties('v1UserWithRoles', created.body);
      expectAllSpecProperties('v1UserBasicInfo', created.body.user);
      for (const role of created.body.roles) expectAllSpecProperties('v1RoleBasicInfo', role);
      expect(created.body.roles[0].role_scope).toBe('ROLE_SCOPE_ORGANIZATION');

      const patched = await as(t, boot.key).patch(created.body.user.name, { role: 'org-member' });
      expectSpecShape('v1UserWithRoles', patched.body);

      const got = await as(t, boot.key).get(created.body.user.name);
      expectSpecShape('v1UserBasicInfo', got.body);
      expectAllSpecProperties('v1UserBasicInfo', got.body);
    });

    it('GET users is a v1ListOrganizationUsersResponse, with filters, ordering and paging', async () => {
      for (const query of [
        {},
        { filter: 'role = "org-admin"' },
        { filter: 'role="Organization Admin"' },
        { filter: 'role_scope=organization' },
        { filter: 'role_scope=workspace' },
        { filter: 'search : "spec"', order_by: 'email desc' },
        { page_size: '1' },
      ]) {
        const res = await as(t, boot.key).get(`${boot.organization}/users`).query(query);
        expect(res.status).toBe(200);
        expectSpecShape('v1ListOrganizationUsersResponse', res.body);
      }
      const asMember = await as(t, memberKey).get(`${boot.organization}/users`);
      expectSpecShape('v1ListOrganizationUsersResponse', asMember.body);
      expect(asMember.body.users.map((u: Json) => u.user.name)).toContain(member.user.name);
    });

    it('GET roles is a v1ListOrganizationRolesResponse of v1Role with every property', async () => {
      const res = await as(t, boot.key).get(`${boot.organization}/roles`);
      expectSpecShape('v1ListOrganizationRolesResponse', res.body);
      expect(res.body.roles).toHaveLength(2);
      for (const role of res.body.roles) {
        expectSpecShape('v1Role', role);
        expectAllSpecProperties('v1Role', role);
        // The spec's permission format: "action:Resource".
        for (const p of role.permissions) expect(p).toMatch(/^[a-z][A-Za-z]*:[A-Z][A-Za-z0-9]*$/);
      }
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('error bodies are rpcStatus', () => {
    it('401 (no key, bad key)', async () => {
      expectRpcStatus(await t.http().get(`/api/v1/${boot.organization}`), 401, 16);
      expectRpcStatus(await as(t, 'tsr_not-a-real-key').get(boot.organization), 401, 16);
    });

    it('403 ORGANIZATION_MISMATCH, PERMISSION_MISSING and WORKSPACE_OUT_OF_SCOPE', async () => {
      expectRpcStatus(await as(t, boot.key).get(other.organization), 403, 7);
      expectRpcStatus(
        await as(t, memberKey).post(`${boot.organization}/users`, {
          email: 'x@spec.test',
          display_name: 'X',
          role: 'org-member',
        }),
        403,
        7,
      );
      const scoped = await createKey(t, boot.key, boot.organization, {
        display_name: 'spec scoped 2',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [boot.workspace],
      });
      expectRpcStatus(await as(t, scoped.key).post(`${boot.organization}/workspaces`, { title: 'Nope' }), 403, 7);
    });

    it('400 INVALID_ARGUMENT with a BadRequest detail (body, filter, order_by, page_size, page_token)', async () => {
      expectRpcStatus(await as(t, boot.key).post(`${boot.organization}/workspaces`, { title: null, extra: 1 }), 400, 3);
      expectRpcStatus(await as(t, boot.key).patch(boot.organization, { title: '' }), 400, 3);
      expectRpcStatus(
        await as(t, boot.key).get(`${boot.organization}/workspaces`).query({ filter: 'title ~ "x"' }),
        400,
        3,
      );
      expectRpcStatus(await as(t, boot.key).get(`${boot.organization}/users`).query({ order_by: 'nope' }), 400, 3);
      expectRpcStatus(await as(t, boot.key).get(`${boot.organization}/users`).query({ page_size: '-1' }), 400, 3);
      expectRpcStatus(await as(t, boot.key).get(`${boot.organization}/users`).query({ page_token: 'bogus' }), 400, 3);
    });

    it('400 FAILED_PRECONDITION (last admin)', async () => {
      const solo = await bootstrapOrganization(t, { title: 'Solo Spec', email: 'solo@spec.test', displayName: 'Solo' });
      expectRpcStatus(await as(t, solo.key).delete(solo.user), 400, 9);
      expectRpcStatus(await as(t, solo.key).patch(solo.user, { role: 'org-member' }), 400, 9);
    });

    it('404 NOT_FOUND (missing resources, unknown routes)', async () => {
      expectRpcStatus(await as(t, boot.key).get(`${boot.organization}/workspaces/0000000000000000000000zzz`), 404, 5);
      expectRpcStatus(await as(t, boot.key).get(`${boot.organization}/users/0000000000000000000000zzz`), 404, 5);
      expectRpcStatus(await as(t, boot.key).get('/no/such/route'), 404, 5);
    });

    it('409 ALREADY_EXISTS (duplicate workspace title, duplicate email)', async () => {
      expectRpcStatus(await as(t, boot.key).post(`${boot.organization}/workspaces`, { title: 'DEFAULT' }), 409, 6);
      expectRpcStatus(
        await as(t, boot.key).post(`${boot.organization}/users`, {
          email: 'ADMIN@spec.test',
          display_name: 'Dup',
          role: 'org-member',
        }),
        409,
        6,
      );
    });

    it('415 for a non-JSON body', async () => {
      const res = await as(t, boot.key)
        .post(`${boot.organization}/workspaces`)
        .set('Content-Type', 'text/plain')
        .send('title=x');
      expectRpcStatus(res, 415, 3);
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('the list semantics and invitations of API.md §14, against the peer schemas', () => {
    it('role filters by title match the id filter; role_scope=workspace is an empty, valid list', async () => {
      const byId = await as(t, boot.key).get(`${boot.organization}/users`).query({ filter: 'role = "org-admin"' });
      const byTitle = await as(t, boot.key)
        .get(`${boot.organization}/users`)
        .query({ filter: 'role="organization admin"' });
      expect(byTitle.body).toEqual(byId.body);
      const none = await as(t, boot.key).get(`${boot.organization}/users`).query({ filter: 'role_scope=workspace' });
      expect(none.body.users).toEqual([]);
      expectSpecShape('v1ListOrganizationUsersResponse', none.body);
    });

    it('/me/organizations honours filter and page_size; a non-matching filter is an empty list', async () => {
      const none = await as(t, boot.key)
        .get('/me/organizations')
        .query({ filter: "title='No Such Org'", page_size: 1 });
      expect(none.status).toBe(200);
      expect(none.body.user_organizations).toEqual([]);
      expectSpecShape('v1CurrentUserOrganizationsResponse', none.body);
    });

    it('roles page with page_size', async () => {
      const first = await as(t, boot.key).get(`${boot.organization}/roles`).query({ page_size: 1 });
      expect(first.body.roles).toHaveLength(1);
      expectSpecShape('v1ListOrganizationRolesResponse', first.body);
    });

    it('invitations answer v1Invitation and v1ListOrganizationUserInvitesResponse', async () => {
      const created = await as(t, boot.key)
        .post(`${boot.organization}/invites`)
        .send({ email: 'invitee@spec.test', role: 'org-member', workspace: boot.workspace });
      expect(created.status).toBe(201);
      expectSpecShape('v1Invitation', created.body.invitation);
      const one = await as(t, boot.key).get(created.body.invitation.name);
      expectSpecShape('v1Invitation', one.body);
      const list = await as(t, boot.key).get(`${boot.organization}/invites`).query({ page_size: 10 });
      expect(list.status).toBe(200);
      expectSpecShape('v1ListOrganizationUserInvitesResponse', list.body);
      expect(list.body.invitations).toContainEqual({
        email: 'invitee@spec.test',
        invitation_id: created.body.invitation.name.split('/').pop(),
      });
    });
  });
});
