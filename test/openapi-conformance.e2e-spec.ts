import Ajv, { ValidateFunction } from 'ajv';
import { generateKeyPairSync, sign } from 'node:crypto';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';
import { as, createBody, createKey } from './support/api-client';
import { addUser } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/**
 * The document agrees with the service (issue 11): real answers of every documented operation, and
 * of the errors the document promises (400 with BadRequest, 401, 403, 404, 409, 413, 415, 429 with
 * QuotaFailure or Retry-After), are checked against what /docs-json declares for that operation and
 * status: the status is documented, the body validates against its schema (with no property the
 * schema does not declare), every required header is sent, and every Tessera header sent is
 * declared with a value its schema accepts.
 */

type Json = Record<string, any>;
type Sample = { method: string; path: string; res: Response };

/** Headers Tessera sets on purpose: each one sent must be declared on that response. */
const TESSERA_HEADERS = ['x-request-id', 'www-authenticate', 'retry-after', 'tessera-key-expire-time', 'warning'];

/**
 * Documented operations this file does not call, each with where it is covered. Add a request for a
 * new operation below, or name it here with the reason.
 */
const NOT_EXERCISED: Record<string, string> = {};

const O = '/api/v1/organizations/{organizationId}';

describe('OpenAPI conformance: answers agree with the document', () => {
  let t: TestApp;
  let limited: TestApp;
  let doc: Json;
  let boot: Bootstrapped;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  const samples: Sample[] = [];

  /** The secret scanner whose reports `t` accepts (API.md §11). */
  const scanner = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

  beforeAll(async () => {
    const scannerKey = scanner.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    t = await startApp({
      env: {
        MAX_API_KEYS_PER_ORGANIZATION: '4',
        LEAK_REPORT_PUBLIC_KEYS: JSON.stringify([{ key_identifier: 'scanner', key: scannerKey }]),
      },
    });
    limited = await startApp({ env: { RATE_LIMIT_PER_MINUTE: '2', AUTH_FAILURES_PER_MINUTE: '2' } });
    doc = (await t.http().get('/docs-json')).body;
    ajv.addSchema({ $id: 'doc', components: { schemas: closed(doc.components.schemas) } });
    boot = await bootstrapOrganization(t, { title: 'Conformance', email: 'conformance@acme.test' });
  });
  afterAll(async () => {
    await t?.close();
    await limited?.close();
  });

  /**
   * A copy of the schemas where every object that lists its properties allows no other: the
   * document stays open for clients (new fields may come), the test holds the service to it.
   */
  function closed(schema: unknown): any {
    if (Array.isArray(schema)) return schema.map(closed);
    if (!schema || typeof schema !== 'object') return schema;
    const copy: Json = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'example' ? v : closed(v)]));
    if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
    return copy;
  }

  function validatorFor(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"doc#/components/')) as object);
      validators.set(key, validate);
    }
    return validate;
  }

  const headerDeclaration = (declared: Json | undefined): Json | undefined =>
    declared?.$ref ? doc.components.headers[String(declared.$ref).split('/').pop()!] : declared;

  /** What is wrong with one answer, measured against the document. */
  function disagreements({ method, path, res }: Sample): string[] {
    const route = `${method.toUpperCase()} ${path} ${res.status}`;
    const operation = doc.paths[path]?.[method];
    if (!operation) return [`${method.toUpperCase()} ${path} is not documented`];
    const response = operation.responses[String(res.status)];
    if (!response) return [`${route}: status not documented`];
    const problems: string[] = [];
    const schema = response.content?.['application/json']?.schema;
    if (schema) {
      const validate = validatorFor(schema);
      if (!validate(res.body)) problems.push(`${route}: body ${ajv.errorsText(validate.errors)}`);
    }
    const declared = Object.fromEntries(
      Object.entries((response.headers ?? {}) as Json).map(([name, h]) => [name.toLowerCase(), headerDeclaration(h)]),
    );
    for (const [name, header] of Object.entries(declared)) {
      if (header?.required && res.headers[name] === undefined)
        problems.push(`${route}: required header ${name} missing`);
    }
    for (const name of TESSERA_HEADERS) {
      const value = res.headers[name] as string | undefined;
      if (value === undefined) continue;
      const header = declared[name];
      if (!header) {
        problems.push(`${route}: sends ${name}, not declared`);
        continue;
      }
      const typed = header.schema?.type === 'integer' ? Number(value) : value;
      const validate = validatorFor(header.schema ?? {});
      if (!validate(typed)) problems.push(`${route}: header ${name}=${value} ${ajv.errorsText(validate.errors)}`);
    }
    return problems;
  }

  /** Records an answer for the final checks and hands it back. */
  async function sample(method: string, path: string, request: Promise<Response> | Response): Promise<Response> {
    const res = await request;
    samples.push({ method, path, res });
    return res;
  }

  const api = (key: string) => as(t, key);
  const id = (name: string) => name.split('/').pop()!;

  it('answers every documented operation as documented, success and errors alike', async () => {
    const org = boot.organization;
    const admin = api(boot.key);

    // Me, permissions, the organization.
    await sample('get', '/api/v1/me', admin.get('/me'));
    await sample('get', '/api/v1/me/organizations', admin.get('/me/organizations'));
    await sample('get', '/api/v1/permissions', admin.get('/permissions'));
    await sample('get', O, admin.get(org));
    await sample('patch', O, admin.patch(org, { title: 'Conformance Inc' }));

    // Members and roles.
    await sample('get', `${O}/users`, admin.get(`${org}/users?page_size=5`));
    const added = await sample(
      'post',
      `${O}/users`,
      admin.post(`${org}/users`, { email: 'member@conformance.test', display_name: 'Member', role: 'org-member' }),
    );
    const user = added.body.user.name as string;
    await sample('get', `${O}/users/{userId}`, admin.get(user));
    await sample('patch', `${O}/users/{userId}`, admin.patch(user, { role: 'org-admin' }));
    await sample(
      'post',
      `${O}/users`,
      admin.post(`${org}/users`, { email: 'member@conformance.test', display_name: 'Again', role: 'org-member' }),
    );
    await sample('get', `${O}/roles`, admin.get(`${org}/roles`));

    // Workspaces.
    await sample('get', `${O}/workspaces`, admin.get(`${org}/workspaces`));
    const workspace = await sample('post', `${O}/workspaces`, admin.post(`${org}/workspaces`, { title: 'Docs' }));
    const ws = workspace.body.name as string;
    await sample('get', `${O}/workspaces/{workspaceId}`, admin.get(ws));
    await sample('patch', `${O}/workspaces/{workspaceId}`, admin.patch(ws, { workspace_icon: 'book' }));
    await sample('get', '/api/v1/me/organizations/{organizationId}/workspaces', admin.get(`/me/${org}/workspaces`));

    // API keys: create, read, change, rotate, usage, the limit (QuotaFailure), delete.
    await sample('get', `${O}/apiKeys`, admin.get(`${org}/apiKeys`));
    const created = await sample(
      'post',
      `${O}/apiKeys`,
      admin.post(`${org}/apiKeys`, createBody({ display_name: 'c' })),
    );
    const key = created.body.name as string;
    await sample('get', `${O}/apiKeys/{apiKeyId}`, admin.get(key));
    await sample('patch', `${O}/apiKeys/{apiKeyId}`, admin.patch(key, { allowed_ips: ['203.0.113.0/24'] }));
    await sample('post', `${O}/apiKeys/{apiKeyId}:rotate`, admin.post(`${key}:rotate`, { grace_period_seconds: 60 }));
    await sample('get', `${O}/apiKeys/{apiKeyId}/usage`, admin.get(`${key}/usage?days=3`));
    const readOnly = await createKey(t, boot.key, org, { permission_level: 'PERMISSION_LEVEL_READ_ONLY' });
    await createKey(t, boot.key, org);
    await sample('post', `${O}/apiKeys`, admin.post(`${org}/apiKeys`, createBody()));
    await sample('delete', `${O}/apiKeys/{apiKeyId}`, admin.delete(key));
    await sample('get', `${O}/apiKeys/{apiKeyId}`, admin.get(key));

    // Invitations, and accepting one (public: the token is the credential).
    const invited = await sample(
      'post',
      `${O}/invites`,
      admin.post(`${org}/invites`, { email: 'sam@conformance.test', role: 'org-member' }),
    );
    await sample('get', `${O}/invites`, admin.get(`${org}/invites`));
    const invitation = invited.body.invitation.name as string;
    await sample('get', `${O}/invitations/{invitationId}`, admin.get(invitation));
    const accept = (invite_token: string) =>
      t
        .http()
        .post('/api/v1/invitations:accept')
        .send({ invite_token, display_name: 'Sam', key: createBody({ display_name: 'laptop' }) });
    await sample('post', '/api/v1/invitations:accept', accept('tsi_not-a-token'));
    const second = await admin.post(`${org}/invites`, { email: 'kim@conformance.test', role: 'org-member' });
    await admin.delete(`${org}/apiKeys/${id(readOnly.name)}`); // room under the limit for the new member's key
    await sample('post', '/api/v1/invitations:accept', accept(second.body.invite_token as string));
    await sample('delete', `${O}/invitations/{invitationId}`, admin.delete(invitation));

    // Verify (public), valid and not.
    const verify = (body: object) => t.http().post('/api/v1/apiKeys:verify').send(body);
    await sample('post', '/api/v1/apiKeys:verify', verify({ key: boot.key, permissions: ['read:Workspace'] }));
    await sample('post', '/api/v1/apiKeys:verify', verify({ key: 'tsr_nope' }));

    // A secret scanner's leak report (signed over the raw body), and one without a valid signature.
    const leaked = await createKey(t, boot.key, org, { display_name: 'leaked' });
    const report = (text: string, signature: string) =>
      t
        .http()
        .post('/api/v1/apiKeys:reportLeak')
        .set('Content-Type', 'application/json')
        .set('Github-Public-Key-Identifier', 'scanner')
        .set('Github-Public-Key-Signature', signature)
        .send(text);
    const leak = JSON.stringify([
      { token: leaked.key, type: 'tessera_api_key', url: 'https://x.test/a', source: 'content' },
    ]);
    const signature = sign('sha256', Buffer.from(leak), scanner.privateKey).toString('base64');
    await sample('post', '/api/v1/apiKeys:reportLeak', report(leak, signature));
    await sample('post', '/api/v1/apiKeys:reportLeak', report(leak, 'bm90IGEgc2lnbmF0dXJl'));

    // The audit log, then the deletes.
    await sample('get', `${O}/auditEvents`, admin.get(`${org}/auditEvents?page_size=3`));
    await sample('delete', `${O}/workspaces/{workspaceId}`, admin.delete(ws));
    await sample('delete', `${O}/users/{userId}`, admin.delete(user));

    // Errors every operation documents.
    await sample('get', '/api/v1/me', t.http().get('/api/v1/me'));
    await sample('get', '/api/v1/me', t.http().get('/api/v1/me').set('Authorization', 'Bearer tsr_junk'));
    const member = await addUser(t, boot.key, org, 'reader@conformance.test', 'Reader');
    expect(member).toEqual(expect.any(String));
    const reader = await createKey(t, boot.key, org, { permission_level: 'PERMISSION_LEVEL_READ_ONLY' });
    await sample('post', `${O}/workspaces`, api(reader.key).post(`${org}/workspaces`, { title: 'Nope' }));
    await sample('post', `${O}/workspaces`, admin.post(`${org}/workspaces`, { title: '' }));
    await sample('get', `${O}/apiKeys`, admin.get(`${org}/apiKeys?page_size=-1`));
    await sample(
      'post',
      `${O}/workspaces`,
      admin.post(`${org}/workspaces`, { title: 'big', workspace_icon: 'x'.repeat(200 * 1024) }),
    );
    await sample(
      'post',
      `${O}/workspaces`,
      t
        .http()
        .post(`/api/v1/${org}/workspaces`)
        .set('Authorization', `Bearer ${boot.key}`)
        .set('Content-Type', 'text/plain')
        .send('title=Docs'),
    );

    // Health probes.
    await sample('get', '/health', t.http().get('/health'));
    await sample('get', '/health/live', t.http().get('/health/live'));
    await sample('get', '/health/ready', t.http().get('/health/ready'));

    // Leak reports where none are configured: 404.
    await sample('post', '/api/v1/apiKeys:reportLeak', limited.http().post('/api/v1/apiKeys:reportLeak').send([]));

    // Rate limits (their own instance): per key, then failed authentications per address.
    const other = await bootstrapOrganization(limited, { title: 'Limited', email: 'limited@acme.test' });
    for (let i = 0; i < 3; i++) await sample('get', '/api/v1/me', as(limited, other.key).get('/me'));
    for (let i = 0; i < 3; i++) {
      await sample('get', '/api/v1/me', limited.http().get('/api/v1/me').set('Authorization', 'Bearer tsr_junk'));
    }

    expect(samples.flatMap(disagreements)).toEqual([]);

    const statuses = (status: number) => samples.filter((s) => s.res.status === status).length;
    for (const status of [200, 201, 400, 401, 403, 404, 409, 413, 415, 429]) {
      expect({ status, seen: statuses(status) > 0 }).toEqual({ status, seen: true });
    }
    const quota = samples.find((s) => s.res.status === 429 && s.res.body.details.length === 2);
    expect(quota?.res.body.details[0]['@type']).toBe('type.googleapis.com/google.rpc.QuotaFailure');
    expect(samples.filter((s) => s.res.status === 429).some((s) => s.res.headers['retry-after'])).toBe(true);
    expect(
      samples.some((s) =>
        s.res.body?.details?.some((d: Json) => d['@type'] === 'type.googleapis.com/google.rpc.BadRequest'),
      ),
    ).toBe(true);
  });

  it('is not a blind check: an undeclared field, a missing required header or status are reported', () => {
    const me = samples.find((s) => s.path === '/api/v1/me' && s.res.status === 200)!;
    const { status, body, headers: sent } = me.res;
    const forged = (res: Partial<Response>) => ({ ...me, res: { status, body, headers: sent, ...res } as Response });
    const headers = { ...sent };
    delete headers['x-request-id'];
    expect(disagreements(forged({ body: { ...me.res.body, secret: 'x' } }))).toEqual([
      expect.stringMatching(/GET \/api\/v1\/me 200: body .*additional properties/),
    ]);
    expect(disagreements(forged({ headers }))).toEqual(['GET /api/v1/me 200: required header x-request-id missing']);
    expect(disagreements(forged({ status: 418 }))).toEqual(['GET /api/v1/me 418: status not documented']);
    const { expire_time: _dropped, ...apiKey } = me.res.body.api_key as Json;
    expect(disagreements(forged({ body: { ...me.res.body, api_key: apiKey } }))).toEqual([
      expect.stringMatching(/must have required property 'expire_time'/),
    ]);
  });

  it('has exercised every documented operation with a success (a new one: call it above, or list it in NOT_EXERCISED)', () => {
    const succeeded = new Set(
      samples.filter((s) => s.res.status < 300).map((s) => `${s.method.toUpperCase()} ${s.path}`),
    );
    const missing = Object.entries(doc.paths as Json).flatMap(([path, item]) =>
      Object.keys(item as Json)
        .map((method) => `${method.toUpperCase()} ${path}`)
        .filter((route) => !succeeded.has(route) && !(route in NOT_EXERCISED)),
    );
    expect(missing).toEqual([]);
  });
});
