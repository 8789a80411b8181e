import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { as, createKey } from './support/api-client';
import { flipLast } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/**
 * API.md §3 and §7: the plain key is never stored or logged, and no response carries a hash or a
 * secret other than the one-time `key` of create and rotate.
 */

const FULL_KEY = /tsr_[0-9A-Za-z]{49}/;

type Res = { status: number; text: string; body: any; headers: Record<string, string> };

describe('No secret anywhere (API.md §3, §7)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  /** Every secret this file ever saw (current, rotated-out, bootstrap). */
  const secrets = new Set<string>();
  /** Every response except the create/rotate answers. */
  const responses: { what: string; res: Res }[] = [];
  /** Create and rotate answers: the secret may appear in `key` and nowhere else. */
  const secretAnswers: { what: string; res: Res }[] = [];

  function keep(what: string, res: Res): Res {
    responses.push({ what, res });
    return res;
  }

  async function create(body: Parameters<typeof createKey>[3]) {
    const res = await as(t, boot.key).post(`${org}/apiKeys`, {
      display_name: 'k',
      expiration: 'EXPIRATION_30_DAYS',
      permission_level: 'PERMISSION_LEVEL_ALL',
      workspace_scope: 'WORKSPACE_SCOPE_ALL',
      ...body,
    });
    expect(res.status).toBe(201);
    secretAnswers.push({ what: `create ${String(body?.display_name)}`, res });
    secrets.add(res.body.key);
    return res.body as { name: string; key: string };
  }

  async function rotate(callerKey: string, name: string, grace: number) {
    const res = await as(t, callerKey).post(`${name}:rotate`, { grace_period_seconds: grace });
    expect(res.status).toBe(200);
    secretAnswers.push({ what: `rotate ${name}`, res });
    secrets.add(res.body.key);
    return res.body as { name: string; key: string };
  }

  beforeAll(async () => {
    t = await startApp();
    boot = await bootstrapOrganization(t);
    org = boot.organization;
    secrets.add(boot.key);

    // Keys of every shape, rotations with and without grace.
    const all = await create({ display_name: 'all' });
    const restricted = await create({
      display_name: 'restricted',
      permission_level: 'PERMISSION_LEVEL_RESTRICTED',
      permissions: ['read:Workspace', 'read:ApiKey'],
    });
    const specific = await create({
      display_name: 'specific',
      workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
      workspaces: [boot.workspace],
    });
    const graced = await rotate(all.key, all.name, 600);
    const ungraced = await rotate(specific.key, specific.name, 0);
    const doomed = await create({ display_name: 'deleted later' });

    // Successful requests with every live secret, including the one in its grace period.
    for (const key of [boot.key, all.key, graced.key, restricted.key, ungraced.key, doomed.key]) {
      keep('GET /me', await as(t, key).get('/me'));
      keep('GET /me/organizations', await as(t, key).get('/me/organizations'));
      keep('GET apiKeys', await as(t, key).get(`${org}/apiKeys`));
      keep('GET workspaces', await as(t, key).get(`${org}/workspaces`));
    }
    for (const name of [all.name, restricted.name, specific.name, doomed.name, boot.api_key]) {
      keep(`GET ${name}`, await as(t, boot.key).get(name));
    }
    keep('PATCH rename', await as(t, boot.key).patch(restricted.name, { display_name: 'renamed' }));
    keep('GET users', await as(t, boot.key).get(`${org}/users`));
    keep('GET permissions', await as(t, boot.key).get('/permissions'));
    keep(
      'filter apiKeys',
      await as(t, boot.key).get(`${org}/apiKeys?filter=${encodeURIComponent('state = STATE_ACTIVE')}`),
    );

    // Failed requests: 401s of every kind (carrying real and almost-real keys), 403, 400, 404.
    keep('old secret after rotate without grace', await as(t, specific.key).get('/me'));
    for (const key of secrets) {
      keep('flipped key', await as(t, flipLast(key)).get('/me'));
      keep('key in query string', await t.http().get(`/api/v1/me?access_token=${key}`));
      keep('key in X-Api-Key', await t.http().get('/api/v1/me').set('X-Api-Key', key));
      keep(
        'key under Basic',
        await t
          .http()
          .get('/api/v1/me')
          .set('Authorization', `Basic ${Buffer.from(`u:${key}`).toString('base64')}`),
      );
      keep('key without scheme', await t.http().get('/api/v1/me').set('Authorization', key));
    }
    keep('403', await as(t, restricted.key).get(`${org}/users`));
    keep('400', await as(t, boot.key).patch(all.name, { display_name: 42 }));
    keep('404', await as(t, boot.key).get(`${org}/apiKeys/doesnotexist`));
    keep(
      'escalation',
      await as(t, restricted.key).post(`${org}/apiKeys`, {
        display_name: 'x',
        expiration: 'EXPIRATION_7_DAYS',
        permission_level: 'PERMISSION_LEVEL_ALL',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      }),
    );
    keep('delete', await as(t, boot.key).delete(doomed.name));
    keep('deleted key', await as(t, doomed.key).get('/me'));

    await t.get(LastUsedRecorder).flush();
  });
  afterAll(() => t.close());

  function leaksIn(text: string): string[] {
    const found: string[] = [];
    const match = text.match(FULL_KEY);
    if (match) found.push(`full-key pattern ${match[0].slice(0, 8)}…`);
    for (const secret of secrets) if (text.includes(secret)) found.push(`secret ${secret.slice(0, 8)}…`);
    return found;
  }

  it('saw real traffic (sanity)', () => {
    expect(secrets.size).toBeGreaterThanOrEqual(7);
    expect(responses.filter((r) => r.res.status === 200).length).toBeGreaterThan(20);
    expect(responses.filter((r) => r.res.status === 401).length).toBeGreaterThan(20);
  });

  it('no response other than create/rotate contains a key, in its body or headers', () => {
    const leaks = responses.flatMap(({ what, res }) =>
      leaksIn(`${res.text} ${JSON.stringify(res.headers)}`).map((l) => `${what} (${res.status}): ${l}`),
    );
    expect(leaks).toEqual([]);
  });

  it('create and rotate answers carry the secret only in `key`', () => {
    for (const { what, res } of secretAnswers) {
      expect([what, res.body.key]).toEqual([what, expect.stringMatching(/^tsr_[0-9A-Za-z]{49}$/)]);
      const { key, ...rest } = res.body;
      expect([what, leaksIn(`${JSON.stringify(rest)} ${JSON.stringify(res.headers)}`)]).toEqual([what, []]);
      expect(rest.key_prefix).toBe(key.slice(0, 12));
    }
  });

  it('no log line contains a key', () => {
    expect(t.logger.lines.length).toBeGreaterThan(0);
    const leaks = t.logger.lines.flatMap((line) => leaksIn(line).map((l) => `${l} in log line: ${line.slice(0, 120)}`));
    expect(leaks).toEqual([]);
  });

  it('no database row contains a key, and no response contains a stored hash', async () => {
    const tables: { name: string }[] =
      t.database.kind === 'mysql'
        ? await t.dataSource.query(
            'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
          )
        : await t.dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table'");
    expect(tables.map((r) => r.name)).toEqual(
      expect.arrayContaining(['api_keys', 'users', 'organizations', 'workspaces']),
    );
    const leaks: string[] = [];
    for (const { name } of tables) {
      const rows = await t.dataSource.query(`SELECT * FROM ${t.dataSource.driver.escape(name)}`);
      for (const l of leaksIn(JSON.stringify(rows))) leaks.push(`${name}: ${l}`);
    }
    expect(leaks).toEqual([]);

    const keys: { secret_hash: string; previous_secret_hash: string | null }[] = await t.dataSource.query(
      'SELECT secret_hash, previous_secret_hash FROM api_keys',
    );
    const hashes = keys.flatMap((k) => [k.secret_hash, k.previous_secret_hash]).filter((h): h is string => !!h);
    expect(hashes.length).toBeGreaterThanOrEqual(5);
    for (const { what, res } of [...responses, ...secretAnswers]) {
      for (const hash of hashes) expect([what, res.text.includes(hash)]).toEqual([what, false]);
    }
  });
});
