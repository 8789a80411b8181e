import { generateKeyPairSync } from 'node:crypto';
import { as, createKey } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';
import { addUser, API_KEY_FIELDS } from './support/api-key-fixtures';

/**
 * The OpenAPI document and Swagger UI (API.md §6 "Outside /api/v1"): every route with its
 * request and response schemas, error responses, bearer security and required permissions.
 */

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
};
type Operation = {
  security?: Record<string, string[]>[];
  description?: string;
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
  'x-required-permissions'?: string[];
};
type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string };
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, { type: string; scheme?: string }> };
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const O = '/api/v1/organizations/{organizationId}';
const ROTATE_PATH = `${O}/apiKeys/{apiKeyId}:rotate`;

/**
 * Every /api/v1 operation of API.md §6 and its permission (null: a valid key is enough). The
 * rotate custom method is documented under the path clients call (`{apiKeyId}:rotate`).
 */
const OPERATIONS: [method: string, path: string, permission: string | null][] = [
  ['get', '/api/v1/me', null],
  ['get', '/api/v1/me/organizations', null],
  ['get', '/api/v1/permissions', null],
  ['get', '/api/v1/me/organizations/{organizationId}/workspaces', 'read:Workspace'],
  ['get', O, 'read:Organization'],
  ['patch', O, 'update:Organization'],
  ['get', `${O}/users`, 'read:User'],
  ['post', `${O}/users`, 'create:User'],
  ['get', `${O}/users/{userId}`, 'read:User'],
  ['patch', `${O}/users/{userId}`, 'update:User'],
  ['delete', `${O}/users/{userId}`, 'delete:User'],
  ['get', `${O}/roles`, 'read:Role'],
  ['get', `${O}/workspaces`, 'read:Workspace'],
  ['post', `${O}/workspaces`, 'create:Workspace'],
  ['get', `${O}/workspaces/{workspaceId}`, 'read:Workspace'],
  ['patch', `${O}/workspaces/{workspaceId}`, 'update:Workspace'],
  ['delete', `${O}/workspaces/{workspaceId}`, 'delete:Workspace'],
  ['get', `${O}/apiKeys`, 'read:ApiKey'],
  ['post', `${O}/apiKeys`, 'create:ApiKey'],
  ['get', `${O}/apiKeys/{apiKeyId}`, 'read:ApiKey'],
  ['patch', `${O}/apiKeys/{apiKeyId}`, 'update:ApiKey'],
  ['delete', `${O}/apiKeys/{apiKeyId}`, 'delete:ApiKey'],
  ['get', `${O}/apiKeys/{apiKeyId}/usage`, 'read:ApiKey'],
  ['post', ROTATE_PATH, 'update:ApiKey'],
  ['get', `${O}/auditEvents`, 'read:AuditEvent'],
  ['post', `${O}/invites`, 'create:User'],
  ['get', `${O}/invites`, 'read:User'],
  ['get', `${O}/invitations/{invitationId}`, 'read:User'],
  ['delete', `${O}/invitations/{invitationId}`, 'delete:User'],
  ['post', '/api/v1/invitations:accept', null],
  ['post', '/api/v1/apiKeys:verify', null],
  ['post', '/api/v1/apiKeys:reportLeak', null],
];

/** /api/v1 operations that take no key: their credential is in the body (API.md §11, §14) or a signature. */
const PUBLIC_OPERATIONS = [
  'POST /api/v1/apiKeys:reportLeak',
  'POST /api/v1/apiKeys:verify',
  'POST /api/v1/invitations:accept',
];
/** Signed by a secret scanner (API.md §11): without the signature it is 401, whatever the body. */
const SIGNED_OPERATIONS = ['POST /api/v1/apiKeys:reportLeak'];
/** Answers every key with 200 (`valid: false` for a bad one): it has no 401 (API.md §11). */
const NEVER_401 = ['post /api/v1/apiKeys:verify'];

const EXPIRATIONS = [
  'EXPIRATION_7_DAYS',
  'EXPIRATION_30_DAYS',
  'EXPIRATION_60_DAYS',
  'EXPIRATION_90_DAYS',
  'EXPIRATION_180_DAYS',
  'EXPIRATION_1_YEAR',
];
const LEVELS = ['PERMISSION_LEVEL_ALL', 'PERMISSION_LEVEL_READ_ONLY', 'PERMISSION_LEVEL_RESTRICTED'];
const SCOPES = ['WORKSPACE_SCOPE_ALL', 'WORKSPACE_SCOPE_SPECIFIC'];

describe('OpenAPI document and Swagger UI', () => {
  let t: TestApp;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    // Configured for leak reports, so their route exists (unset, it is 404 like an unknown route).
    const scanner = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
    t = await startApp({
      env: {
        LEAK_REPORT_PUBLIC_KEYS: JSON.stringify([
          { key_identifier: 'k', key: scanner.export({ type: 'spki', format: 'pem' }).toString() },
        ]),
      },
    });
    const res = await t.http().get('/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(() => t?.close());

  /** Follows $ref and merges allOf, so a schema can be inspected as one object. */
  function resolve(schema: Schema | undefined): Schema {
    if (!schema) throw new Error('no schema');
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = doc.components.schemas[name];
      if (!target) throw new Error(`dangling $ref ${schema.$ref}`);
      return resolve(target);
    }
    if (schema.allOf) {
      const parts = schema.allOf.map(resolve);
      return {
        type: 'object',
        properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties ?? {}),
        required: [...parts.flatMap((p) => p.required ?? []), ...(schema.required ?? [])],
      };
    }
    return schema;
  }
  const op = (method: string, path: string): Operation => {
    const operation = doc.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
    return operation;
  };
  const jsonSchema = (content: Record<string, { schema: Schema }> | undefined) => content?.['application/json']?.schema;
  const successSchema = (operation: Operation) => {
    const code = Object.keys(operation.responses).find((c) => c.startsWith('2'));
    return jsonSchema(operation.responses[code!]?.content);
  };
  const apiOperations = () =>
    Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1'))
      .flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([method]) => HTTP_METHODS.includes(method))
          .map(([method, operation]) => ({ method, path, operation })),
      );
  const bearerSchemeName = () =>
    Object.entries(doc.components.securitySchemes ?? {}).find(
      ([, s]) => s.type === 'http' && s.scheme?.toLowerCase() === 'bearer',
    )?.[0];

  describe('serving', () => {
    it('serves an OpenAPI 3 document at /docs-json', () => {
      expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
      expect(doc.info.title).toEqual(expect.any(String));
      expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
    });

    it('serves the Swagger UI page at /docs', async () => {
      const res = await t.http().get('/docs');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toMatch(/swagger-ui/i);
    });

    it('serves Swagger UI under a Content-Security-Policy: scripts from this origin only, no framing', async () => {
      for (const path of ['/docs', '/docs/swagger-ui-init.js', '/docs/swagger-ui-bundle.js']) {
        const csp = (await t.http().get(path)).headers['content-security-policy'];
        const directives = Object.fromEntries(
          csp.split(';').map((d) => {
            const [name, ...values] = d.trim().split(/\s+/);
            return [name, values];
          }),
        );
        expect([path, directives['script-src']]).toEqual([path, ["'self'"]]);
        expect(directives['default-src']).toEqual(["'self'"]);
        expect(directives['object-src']).toEqual(["'none'"]);
        expect(directives['frame-ancestors']).toEqual(["'none'"]);
        expect(directives['connect-src']).toEqual(["'self'"]);
      }
      // The page loads its scripts from files (an inline script would be blocked by that policy).
      expect((await t.http().get('/docs')).text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });

    it('does not keep a pasted key past the tab (no persistAuthorization into localStorage)', async () => {
      const init = (await t.http().get('/docs/swagger-ui-init.js')).text;
      expect(init).toMatch(/"persistAuthorization":\s*false/);
    });

    it('sends no CSP on API responses, which carry Cache-Control: no-store instead', async () => {
      const res = await t.http().get('/api/v1/permissions');
      expect(res.headers['content-security-policy']).toBeUndefined();
      expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  describe('expiry signals (API.md §10)', () => {
    it('declares Tessera-Key-Expire-Time and Warning on every answer of every authenticated operation but 401', () => {
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (!operation.security?.length) continue;
          for (const [status, response] of Object.entries(operation.responses)) {
            const headers = Object.keys((response as { headers?: object }).headers ?? {});
            const expected = status === '401' ? [] : ['Tessera-Key-Expire-Time', 'Warning'];
            expect([method, path, status, headers.filter((h) => expected.includes(h)).sort()]).toEqual([
              method,
              path,
              status,
              expected,
            ]);
          }
        }
      }
    });
  });

  describe('security', () => {
    it('declares an http bearer security scheme', () => {
      expect(bearerSchemeName()).toEqual(expect.any(String));
    });

    it('requires the bearer scheme on every /api/v1 operation', () => {
      const scheme = bearerSchemeName()!;
      const unprotected = apiOperations()
        .filter(({ operation }) => !operation.security?.some((requirement) => scheme in requirement))
        .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
      expect(apiOperations().length).toBeGreaterThanOrEqual(OPERATIONS.length);
      expect(unprotected.sort()).toEqual(PUBLIC_OPERATIONS);
    });

    it('documents invitation acceptance as a public operation with its 401 and 429', () => {
      const accept = op('post', '/api/v1/invitations:accept');
      expect(accept.security ?? []).toEqual([]);
      expect(jsonSchema(accept.responses['429']?.content)?.$ref).toBe('#/components/schemas/RpcStatusResponse');
      expect(accept.responses['201']).toBeDefined();
    });

    it('documents GET /health without security', () => {
      const health = op('get', '/health');
      expect(health.security ?? []).toEqual([]);
      expect(doc.security ?? []).toEqual([]);
    });

    it('declares 401 with the error schema on every /api/v1 operation', () => {
      for (const { method, path, operation } of apiOperations()) {
        if (NEVER_401.includes(`${method} ${path}`)) {
          expect(operation.responses['401']).toBeUndefined();
          continue;
        }
        const schema = jsonSchema(operation.responses['401']?.content);
        expect({ op: `${method} ${path}`, ref: schema?.$ref }).toEqual({
          op: `${method} ${path}`,
          ref: '#/components/schemas/RpcStatusResponse',
        });
      }
    });

    it('describes the error schema as a google.rpc.Status', () => {
      const status = resolve({ $ref: '#/components/schemas/RpcStatusResponse' });
      expect(Object.keys(status.properties ?? {}).sort()).toEqual(['code', 'details', 'message']);
      expect(['integer', 'number']).toContain(status.properties!.code.type);
      expect(status.properties!.message.type).toBe('string');
      expect(status.properties!.details.type).toBe('array');
      expect([...(status.required ?? [])].sort()).toEqual(['code', 'details', 'message']);
    });
  });

  describe('routes and required permissions', () => {
    it('documents every /api/v1 route of API.md and no other', () => {
      const documented = apiOperations()
        .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
        .sort();
      const expected = OPERATIONS.map(([method, path]) => `${method.toUpperCase()} ${path}`).sort();
      expect(documented).toEqual(expected);
    });

    it('documents the rotate custom method under the path clients call ({apiKeyId}:rotate), not the internal ~rotate route', () => {
      expect(Object.keys(doc.paths).filter((p) => p.includes('~'))).toEqual([]);
      const rotate = op('post', ROTATE_PATH);
      expect(rotate['x-required-permissions']).toEqual(['update:ApiKey']);
    });

    it.each(OPERATIONS.filter(([, , permission]) => permission !== null))(
      '%s %s has x-required-permissions [%s], names it in its description, and declares 401/403 with the error schema',
      (method, path, permission) => {
        const operation = op(method, path);
        expect(operation['x-required-permissions']).toEqual([permission]);
        expect(operation.description ?? '').toContain(permission!);
        for (const status of ['401', '403']) {
          expect(jsonSchema(operation.responses[status]?.content)?.$ref).toBe('#/components/schemas/RpcStatusResponse');
        }
      },
    );

    it.each(
      OPERATIONS.filter(
        ([method, path, permission]) =>
          permission === null && !PUBLIC_OPERATIONS.includes(`${method.toUpperCase()} ${path}`),
      ),
    )('%s %s needs a key but no permission: no x-required-permissions', (method, path) => {
      const operation = op(method, path);
      expect(operation['x-required-permissions']).toBeUndefined();
      expect(operation.security?.length).toBeGreaterThan(0);
    });

    it('declares every path template variable as a required path parameter (so "Try it out" can fill it in)', () => {
      const missing: string[] = [];
      for (const { method, path, operation } of apiOperations()) {
        for (const [, variable] of path.matchAll(/\{(\w+)\}/g)) {
          const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === variable);
          if (!parameter || parameter.required !== true) missing.push(`${method.toUpperCase()} ${path}: ${variable}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('documents only routes that exist: each documented /api/v1 operation, called without a key, is 401 (not 404)', async () => {
      for (const { method, path } of apiOperations()) {
        const route = `${method.toUpperCase()} ${path}`;
        const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => `some-${name}`);
        const res = await t.http()[method as 'get' | 'post' | 'patch' | 'delete'](url);
        // A public operation has no key to miss: without its body it is 400 (without its signature, 401).
        const expected = PUBLIC_OPERATIONS.includes(route) && !SIGNED_OPERATIONS.includes(route) ? 400 : 401;
        expect({ route, status: res.status }).toEqual({ route, status: expected });
      }
    });

    it('declares the error responses each operation can give, with the error schema', () => {
      const problems: string[] = [];
      for (const { method, path, operation } of apiOperations()) {
        const expected = NEVER_401.includes(`${method} ${path}`) ? ['400', '429', '503'] : ['400', '401', '429', '503'];
        if (/\{(?!organizationId\})\w+\}/.test(path)) expected.push('404');
        if (method === 'post' && /\/(workspaces|users)$/.test(path)) expected.push('409');
        if (operation['x-required-permissions']) expected.push('403');
        for (const status of expected) {
          if (jsonSchema(operation.responses[status]?.content)?.$ref !== '#/components/schemas/RpcStatusResponse') {
            problems.push(`${method.toUpperCase()} ${path}: ${status}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('documents page_size, page_token, filter and order_by on the lists', () => {
      for (const path of [
        `${O}/users`,
        `${O}/workspaces`,
        `${O}/apiKeys`,
        '/api/v1/me/organizations/{organizationId}/workspaces',
      ]) {
        const query = (op('get', path).parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => p.name)
          .sort();
        expect({ path, query }).toEqual({ path, query: ['filter', 'order_by', 'page_size', 'page_token'] });
      }
    });
  });

  describe('examples a newcomer can send as they are (API.md §15)', () => {
    it('every path parameter has a description and an example', () => {
      const missing: string[] = [];
      for (const { method, path, operation } of apiOperations()) {
        for (const p of (operation.parameters ?? []).filter((x) => x.in === 'path') as {
          name: string;
          description?: string;
          example?: string;
        }[]) {
          if (!p.description || !p.example) missing.push(`${method} ${path} ${p.name}`);
        }
      }
      expect(missing).toEqual([]);
      const org = op('get', O).parameters?.find((p) => p.name === 'organizationId') as unknown as {
        description: string;
      };
      expect(org.description).toMatch(/part after `organizations\/`/);
    });

    it('every request body has an example that succeeds when sent as it is', async () => {
      const boot = await bootstrapOrganization(t, { title: 'Examples', email: 'examples@acme.test' });
      const member = await addUser(t, boot.key, boot.organization, 'member@examples.test', 'Member');
      const key = await createKey(t, boot.key, boot.organization, { display_name: 'example target' });
      const ids: Record<string, string> = {
        organizationId: boot.organizationId,
        workspaceId: boot.workspace.split('/').pop() as string,
        userId: member.split('/').pop() as string,
        apiKeyId: key.name.split('/').pop() as string,
      };
      const failures: string[] = [];
      let checked = 0;
      for (const { method, path, operation } of apiOperations()) {
        const body = operation.requestBody as
          { content: Record<string, { examples?: Record<string, { value: Record<string, unknown> }> }> } | undefined;
        if (!body) continue;
        // Only the scanner's key can sign a report; test/leak-report.e2e-spec.ts sends signed ones.
        if (SIGNED_OPERATIONS.includes(`${method.toUpperCase()} ${path}`)) continue;
        const example = Object.values(body.content['application/json']?.examples ?? {})[0]?.value;
        if (!example) {
          failures.push(`${method} ${path}: no example`);
          continue;
        }
        let value = example;
        if (path === '/api/v1/invitations:accept') {
          const invited = await as(t, boot.key).post(`${boot.organization}/invites`, {
            email: 'accepting@examples.test',
            role: 'org-member',
          });
          value = { ...example, invite_token: invited.body.invite_token };
        }
        const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name]);
        const send = method === 'patch' ? t.http().patch(url) : t.http().post(url);
        const res = await send.set('Authorization', `Bearer ${boot.key}`).send(value);
        checked++;
        if (res.status >= 300) failures.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(10);
    });
  });

  describe('request bodies', () => {
    const BODIES: [string, string, string][] = [
      ['patch', O, 'UpdateOrganizationDto'],
      ['post', `${O}/users`, 'CreateUserDto'],
      ['patch', `${O}/users/{userId}`, 'UpdateUserDto'],
      ['post', `${O}/workspaces`, 'CreateWorkspaceDto'],
      ['patch', `${O}/workspaces/{workspaceId}`, 'UpdateWorkspaceDto'],
      ['post', `${O}/apiKeys`, 'CreateApiKeyDto'],
      ['patch', `${O}/apiKeys/{apiKeyId}`, 'UpdateApiKeyDto'],
      ['post', ROTATE_PATH, 'RotateApiKeyDto'],
    ];

    it.each(BODIES)('%s %s takes a JSON %s', (method, path, dto) => {
      const body = op(method, path).requestBody;
      expect(Object.keys(body?.content ?? {})).toEqual(['application/json']);
      expect(jsonSchema(body?.content)?.$ref).toBe(`#/components/schemas/${dto}`);
    });

    it('names every request field in snake_case', () => {
      for (const [, , dto] of BODIES) {
        const fields = Object.keys(resolve({ $ref: `#/components/schemas/${dto}` }).properties ?? {});
        expect(fields.length).toBeGreaterThan(0);
        for (const field of fields) expect(`${dto}.${field}`).toMatch(/^\w+\.[a-z][a-z0-9_]*$/);
      }
    });

    it('describes CreateApiKeyDto: display_name, the expiration presets, levels, scopes, optional permissions, workspaces and allowed_ips', () => {
      const dto = resolve({ $ref: '#/components/schemas/CreateApiKeyDto' });
      expect(Object.keys(dto.properties!).sort()).toEqual(
        [
          'display_name',
          'expiration',
          'permission_level',
          'permissions',
          'workspace_scope',
          'workspaces',
          'allowed_ips',
        ].sort(),
      );
      expect(dto.properties!.display_name.type).toBe('string');
      expect([...(dto.properties!.expiration.enum ?? [])].sort()).toEqual([...EXPIRATIONS].sort());
      expect([...(dto.properties!.permission_level.enum ?? [])].sort()).toEqual([...LEVELS].sort());
      expect([...(dto.properties!.workspace_scope.enum ?? [])].sort()).toEqual([...SCOPES].sort());
      expect(dto.properties!.permissions).toMatchObject({ type: 'array', items: { type: 'string' } });
      expect(dto.properties!.workspaces).toMatchObject({ type: 'array', items: { type: 'string' } });
      expect([...(dto.required ?? [])].sort()).toEqual([
        'display_name',
        'expiration',
        'permission_level',
        'workspace_scope',
      ]);
    });

    it('describes UpdateApiKeyDto: every field optional, expiration not editable', () => {
      const dto = resolve({ $ref: '#/components/schemas/UpdateApiKeyDto' });
      expect(Object.keys(dto.properties!).sort()).toEqual(
        ['display_name', 'permission_level', 'permissions', 'workspace_scope', 'workspaces', 'allowed_ips'].sort(),
      );
      expect(dto.required ?? []).toEqual([]);
      expect([...(dto.properties!.permission_level.enum ?? [])].sort()).toEqual([...LEVELS].sort());
    });

    it('describes the rotate body: grace_period_seconds an integer 0–86400', () => {
      const dto = resolve({ $ref: '#/components/schemas/RotateApiKeyDto' });
      expect(Object.keys(dto.properties!)).toEqual(['grace_period_seconds']);
      expect(dto.properties!.grace_period_seconds).toMatchObject({ type: 'integer', minimum: 0, maximum: 86400 });
      expect(dto.required ?? []).toEqual([]);
    });

    it('describes the usage answer (days of date/allowed/denied, last_used_ip) and its days parameter', () => {
      const operation = op('get', `${O}/apiKeys/{apiKeyId}/usage`);
      const schema = resolve(successSchema(operation));
      expect(Object.keys(schema.properties!).sort()).toEqual(['days', 'last_used_ip']);
      const day = resolve(schema.properties!.days.items);
      expect(Object.keys(day.properties!).sort()).toEqual(['allowed', 'date', 'denied']);
      expect(day.properties!.allowed.type).toBe('integer');
      expect(day.properties!.denied.type).toBe('integer');
      const days = operation.parameters?.find((p) => p.name === 'days') as
        { in: string; required?: boolean; schema?: Schema } | undefined;
      expect(days).toMatchObject({
        in: 'query',
        required: false,
        schema: { type: 'integer', minimum: 1, maximum: 90 },
      });
      expect(operation.parameters?.map((p) => p.name)).not.toContain('access_token');
    });

    it('marks the rotate body optional (absent or no body means a grace period of 0)', () => {
      expect(op('post', ROTATE_PATH).requestBody?.required ?? false).toBe(false);
    });

    it('describes CreateUserDto with the two roles and UpdateUserDto with role', () => {
      const create = resolve({ $ref: '#/components/schemas/CreateUserDto' });
      expect(Object.keys(create.properties!).sort()).toEqual(['display_name', 'email', 'role']);
      expect([...(create.properties!.role.enum ?? [])].sort()).toEqual(['org-admin', 'org-member']);
      const update = resolve({ $ref: '#/components/schemas/UpdateUserDto' });
      expect(Object.keys(update.properties!)).toEqual(['role']);
    });
  });

  describe('response schemas', () => {
    it.each([
      ['get', `${O}/apiKeys/{apiKeyId}`],
      ['patch', `${O}/apiKeys/{apiKeyId}`],
    ])('%s %s answers an ApiKey with every API.md §7 field and no secret', (method, path) => {
      const schema = resolve(successSchema(op(method, path)));
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...API_KEY_FIELDS].sort());
      expect(schema.properties).not.toHaveProperty('key');
      expect(schema.properties!.last_used_time.nullable).toBe(true);
      expect(schema.properties!.previous_secret_expire_time.nullable).toBe(true);
      expect([...(schema.properties!.state.enum ?? [])].sort()).toEqual(['STATE_ACTIVE', 'STATE_EXPIRED']);
    });

    it('lists ApiKeys (without secrets) with next_page_token', () => {
      const list = resolve(successSchema(op('get', `${O}/apiKeys`)));
      expect(Object.keys(list.properties!).sort()).toEqual(['api_keys', 'next_page_token']);
      const item = resolve(list.properties!.api_keys.items);
      expect(Object.keys(item.properties!).sort()).toEqual([...API_KEY_FIELDS].sort());
    });

    it.each([
      ['post', `${O}/apiKeys`, '201'],
      ['post', ROTATE_PATH, '200'],
    ])('%s %s answers %s with the ApiKey plus its one-time key', (method, path, status) => {
      const operation = op(method, path);
      const schema = resolve(jsonSchema(operation.responses[status]?.content));
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...API_KEY_FIELDS, 'key'].sort());
      expect(schema.required).toContain('key');
    });

    it('shows GET /me with the calling ApiKey (no secret) and effective_permissions', () => {
      const me = resolve(successSchema(op('get', '/api/v1/me')));
      expect(Object.keys(me.properties!).sort()).toEqual([
        'api_key',
        'effective_permissions',
        'organization',
        'role',
        'user',
      ]);
      const key = resolve(me.properties!.api_key);
      expect(Object.keys(key.properties!).sort()).toEqual([...API_KEY_FIELDS].sort());
    });

    it('shows Organization, Workspace, UserWithRoles and Role with the API.md §7 fields', () => {
      const fields = (method: string, path: string) =>
        Object.keys(resolve(successSchema(op(method, path))).properties!).sort();
      expect(fields('get', O)).toEqual([
        'create_time',
        'name',
        'owner_display_name',
        'owner_email',
        'title',
        'update_time',
      ]);
      expect(fields('get', `${O}/workspaces/{workspaceId}`)).toEqual([
        'create_time',
        'creator_display_name',
        'creator_email',
        'name',
        'title',
        'update_time',
        'workspace_icon',
        'workspace_icon_color',
      ]);
      expect(fields('post', `${O}/users`)).toEqual(['roles', 'user']);
      expect(fields('get', `${O}/users/{userId}`)).toEqual(['display_name', 'email', 'name']);
      const roles = resolve(successSchema(op('get', `${O}/roles`)));
      expect(Object.keys(resolve(roles.properties!.roles.items).properties!).sort()).toEqual([
        'description',
        'name',
        'permissions',
        'title',
      ]);
    });

    it('never exposes a hash, pepper or stored secret in any schema', () => {
      for (const [name, schema] of Object.entries(doc.components.schemas)) {
        for (const field of Object.keys(schema.properties ?? {})) {
          // A leak report's answer names the SHA-256 of the token the scanner sent (GitHub's format).
          if (`${name}.${field}` === 'LeakReportLabel.token_hash') continue;
          expect(`${name}.${field}`).not.toMatch(/hash|pepper|secret_key|\.secret$/i);
        }
      }
    });
  });
});
