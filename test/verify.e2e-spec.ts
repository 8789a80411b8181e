import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { as, createKey } from './support/api-client';
import { DAY_MS, flipLast, operatorKey } from './support/api-key-fixtures';
import { expectError, expectInvalidField } from './support/expect-error';
import { bootstrapOrganization, Bootstrapped, queriesDuring, startApp, TestApp } from './support/test-app';

const VERIFY = '/api/v1/apiKeys:verify';
const INVALID = { valid: false, reason: 'API_KEY_INVALID' };

/**
 * API.md §11 `POST /apiKeys:verify`: another service checks a key its client presented, with the
 * rules of an authenticated request; every invalid key is the same answer; revocation-exact; a use
 * of the key; one statement and no write; invalid attempts limited per caller address.
 */
describe('POST /apiKeys:verify (API.md §11)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  const verify = (body: object, ip = '198.51.100.1') => t.http().post(VERIFY).set('X-Forwarded-For', ip).send(body);

  beforeAll(async () => {
    t = await startApp({
      env: { TRUST_PROXY: '1', AUTH_FAILURES_PER_MINUTE: '3', MAX_API_KEYS_PER_ORGANIZATION: '50' },
    });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(() => t.close());

  it('answers a valid key with its principal, the same as /me says, without any Authorization header', async () => {
    const key = await createKey(t, boot.key, org, {
      display_name: 'service client',
      permission_level: 'PERMISSION_LEVEL_RESTRICTED',
      permissions: ['read:Workspace', 'read:ApiKey'],
      workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
      workspaces: [boot.workspace],
    });
    const res = await verify({ key: key.key, permissions: ['read:Workspace'], workspace: boot.workspace });
    expect(res.status).toBe(200);
    const me = (await as(t, key.key).get('/me')).body;
    expect(res.body).toEqual({
      valid: true,
      api_key: key.name,
      organization: org,
      owner: boot.user,
      effective_permissions: [...me.effective_permissions].sort(),
      workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
      workspaces: [boot.workspace],
      expire_time: key.expire_time,
    });
    expect(JSON.stringify(res.body)).not.toContain(key.key);
  });

  it('refuses what the key may not do, with the reason', async () => {
    const key = await createKey(t, boot.key, org, {
      display_name: 'narrow',
      permission_level: 'PERMISSION_LEVEL_READ_ONLY',
      workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
      workspaces: [boot.workspace],
    });
    expect((await verify({ key: key.key, permissions: ['delete:Workspace'] })).body).toEqual({
      valid: false,
      reason: 'PERMISSION_MISSING',
    });
    const other = await bootstrapOrganization(t, { title: 'Other', email: 'o@other.test' });
    for (const workspace of [`${org}/workspaces/somewhereelse`, other.workspace]) {
      expect((await verify({ key: key.key, workspace })).body).toEqual({
        valid: false,
        reason: 'WORKSPACE_OUT_OF_SCOPE',
      });
    }
  });

  it("honours the key's IP allowlist through client_ip (absent = refused)", async () => {
    const key = await createKey(t, boot.key, org, { display_name: 'fenced', allowed_ips: ['10.20.0.0/16'] });
    expect((await verify({ key: key.key })).body).toEqual({ valid: false, reason: 'IP_NOT_ALLOWED' });
    expect((await verify({ key: key.key, client_ip: '192.0.2.1' })).body).toEqual({
      valid: false,
      reason: 'IP_NOT_ALLOWED',
    });
    expect((await verify({ key: key.key, client_ip: '10.20.3.4' })).body.valid).toBe(true);
  });

  it('gives the identical answer for every invalid key, and is revocation-exact', async () => {
    const doomed = await createKey(t, boot.key, org, { display_name: 'doomed' });
    const expiring = await operatorKey(t, org, 'admin@acme.test', {
      displayName: 'short',
      expiration: 'EXPIRATION_7_DAYS',
    });
    expect((await verify({ key: doomed.key }, '198.51.100.20')).body.valid).toBe(true);
    await as(t, boot.key).delete(doomed.name).expect(200);
    const answers = [];
    for (const [i, key] of [doomed.key, flipLast(boot.key), 'tsr_short', 'not a key at all'].entries()) {
      answers.push((await verify({ key }, `198.51.100.${30 + i}`)).body);
    }
    t.clock.advance(8 * DAY_MS);
    answers.push((await verify({ key: expiring.key }, '198.51.100.40')).body);
    t.clock.advance(-8 * DAY_MS);
    for (const answer of answers) expect(answer).toEqual(INVALID);
  });

  it('costs one statement and no write', async () => {
    const statements = await queriesDuring(t, () =>
      verify({ key: boot.key, permissions: ['read:ApiKey'] }, '198.51.100.50'),
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\s*SELECT/i);
  });

  it('counts as a use of the key: last_used_ip is the client, usage counts it', async () => {
    const key = await createKey(t, boot.key, org, {
      display_name: 'used through verify',
      permission_level: 'PERMISSION_LEVEL_READ_ONLY',
    });
    expect((await verify({ key: key.key, client_ip: '203.0.113.77' }, '198.51.100.60')).body.valid).toBe(true);
    const refused = await verify(
      { key: key.key, permissions: ['delete:Workspace'], client_ip: '203.0.113.77' },
      '198.51.100.60',
    );
    expect(refused.body).toEqual({ valid: false, reason: 'PERMISSION_MISSING' });
    await t.get(LastUsedRecorder).flush();
    const shown = await as(t, boot.key).get(key.name);
    expect(shown.body.last_used_ip).toBe('203.0.113.77');
    const usage = await as(t, boot.key).get(`${key.name}/usage`).query({ days: 1 });
    expect(usage.body.days[0]).toMatchObject({ allowed: 1, denied: 1 });
  });

  it('limits invalid attempts per caller address like failed authentications (429), not valid ones', async () => {
    for (let i = 0; i < 3; i++) expect((await verify({ key: 'tsr_nope' }, '192.0.2.99')).body).toEqual(INVALID);
    expectError(await verify({ key: boot.key }, '192.0.2.99'), 429, 8, 'RATE_LIMITED');
    expect((await verify({ key: boot.key }, '192.0.2.100')).body.valid).toBe(true);
  });

  it('answers a malformed body with 400 naming the field', async () => {
    expectInvalidField(await verify({}), 'key');
    expectInvalidField(await verify({ key: boot.key, permissions: ['fly:Dragon'] }), 'permissions[0]');
    expectInvalidField(await verify({ key: boot.key, workspace: 'Default' }), 'workspace');
    expectInvalidField(await verify({ key: boot.key, client_ip: '999.1.1.1' }), 'client_ip');
  });
});
