import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { as } from './support/api-client';
import { startApp, TestApp } from './support/test-app';
import { createTestDatabase, TEST_PEPPER, usingMysql } from './support/test-database';

const CLI = join(__dirname, '..', 'dist', 'src', 'cli.js');

/**
 * The operator CLI as an operator runs it: the built `dist/src/cli.js` in a child process
 * (`npm test` builds first), against the same database as a running test app.
 */
describe('CLI (API.md §8)', () => {
  let t: TestApp;

  function cli(...args: string[]) {
    return cliOn(t.database.url, {}, ...args);
  }

  function cliOn(databaseUrl: string, env: Record<string, string>, ...args: string[]) {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, TESSERA_KEY_PEPPER: TEST_PEPPER, NODE_ENV: 'test', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lines = run.stdout.trim().split('\n');
    return {
      status: run.status,
      stdout: run.stdout,
      stderr: run.stderr,
      json: () => JSON.parse(lines[lines.length - 1]),
    };
  }

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does).`);
    t = await startApp();
  });
  afterAll(() => t.close());

  let boot: { organization: string; user: string; workspace: string; api_key: string; key: string };

  it('bootstrap creates an organization, admin, workspace and an ALL key, printing JSON last on stdout', () => {
    const run = cli(
      'bootstrap',
      '--org-title',
      'Globex',
      '--email',
      'hank@globex.test',
      '--display-name',
      'Hank',
      '--workspace-title',
      'Ops',
      '--json',
    );
    expect(run.status).toBe(0);
    boot = run.json();
    expect(boot).toEqual({
      organization: expect.stringMatching(/^organizations\/[0-9a-z]+$/),
      user: expect.stringMatching(/^organizations\/[0-9a-z]+\/users\/[0-9a-z]+$/),
      workspace: expect.stringMatching(/^organizations\/[0-9a-z]+\/workspaces\/[0-9a-z]+$/),
      api_key: expect.stringMatching(/^organizations\/[0-9a-z]+\/apiKeys\/[0-9a-z]+$/),
      key: expect.stringMatching(/^tsr_[0-9A-Za-z]{49}$/),
    });
    expect(run.stderr).not.toContain(boot.key);
  });

  it('the bootstrap key works against the server, as an org-admin ALL key for one year', async () => {
    const me = await as(t, boot.key).get('/me');
    expect(me.status).toBe(200);
    expect(me.body.role).toBe('org-admin');
    expect(me.body.api_key).toMatchObject({
      name: boot.api_key,
      permission_level: 'PERMISSION_LEVEL_ALL',
      workspace_scope: 'WORKSPACE_SCOPE_ALL',
      expiration: 'EXPIRATION_1_YEAR',
      creator_key: '',
    });
    const ws = await as(t, boot.key).get(boot.workspace);
    expect(ws.body.title).toBe('Ops');
  });

  it('create-key mints a key for an existing member (by id or name), restricted and scoped', async () => {
    const orgId = boot.organization.split('/')[1];
    const run = cli(
      'create-key',
      '--organization',
      orgId,
      '--email',
      'HANK@globex.test',
      '--display-name',
      'Recovery',
      '--permission-level',
      'PERMISSION_LEVEL_RESTRICTED',
      '--permissions',
      'read:Workspace,read:User',
      '--workspaces',
      boot.workspace,
      '--expiration',
      'EXPIRATION_7_DAYS',
      '--json',
    );
    expect(run.status).toBe(0);
    const created = run.json();
    expect(Object.keys(created).sort()).toEqual(['api_key', 'key']);
    const got = await as(t, boot.key).get(created.api_key);
    expect(got.body).toMatchObject({
      permission_level: 'PERMISSION_LEVEL_RESTRICTED',
      permissions: ['read:Workspace', 'read:User'],
      workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
      workspaces: [boot.workspace],
      expiration: 'EXPIRATION_7_DAYS',
      creator_key: '',
    });
    expect((await as(t, created.key).get(boot.workspace)).status).toBe(200);
    expect((await as(t, created.key).post(`${boot.organization}/workspaces`, { title: 'No' })).status).toBe(403);
  });

  it('list-keys lists every key of the organization without secrets', () => {
    const run = cli('list-keys', '--organization', boot.organization, '--json');
    expect(run.status).toBe(0);
    const { api_keys } = run.json();
    expect(api_keys).toHaveLength(2);
    expect(run.stdout).not.toMatch(/tsr_[0-9A-Za-z]{49}/);
    expect(api_keys.map((k: { name: string }) => k.name)).toContain(boot.api_key);
  });

  it('delete-key revokes a key at once', async () => {
    const run = cli('delete-key', '--api-key', boot.api_key, '--json');
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ api_key: boot.api_key });
    expect((await as(t, boot.key).get('/me')).status).toBe(401);
  });

  it("audit prints the organization's events, oldest first, every operator action as OPERATOR", () => {
    const run = cli('audit', '--organization', boot.organization, '--json');
    expect(run.status).toBe(0);
    const events = run.json().audit_events as {
      action: string;
      actor: { type: string };
      targets: { name: string }[];
      create_time: string;
    }[];
    // bootstrap, the create-key test's key, then delete-key of the bootstrap key
    expect(events.map((e) => [e.action, e.actor.type])).toEqual([
      ['user.added', 'OPERATOR'],
      ['workspace.created', 'OPERATOR'],
      ['api_key.created', 'OPERATOR'],
      ['api_key.created', 'OPERATOR'],
      ['api_key.deleted', 'OPERATOR'],
    ]);
    const last = events[events.length - 1];
    expect(last.targets[0].name).toBe(boot.api_key);
    expect(run.stdout).not.toMatch(/tsr_[0-9A-Za-z]{49}/);

    const human = cli('audit', '--organization', boot.organization);
    expect(human.status).toBe(0);
    const lines = human.stdout.trim().split('\n');
    expect(lines).toHaveLength(events.length);
    expect(lines[lines.length - 1]).toMatch(
      /^\S+Z {2}api_key\.deleted {2}by OPERATOR {2}on organizations\/\S+\/apiKeys\/\S+ "Admin key"$/,
    );

    const future = cli('audit', '--organization', boot.organization, '--since', '2999-01-01T00:00:00Z', '--json');
    expect(future.json()).toEqual({ audit_events: [] });
    const since = cli('audit', '--organization', boot.organization, '--since', last.create_time, '--json');
    expect(since.json().audit_events.length).toBeGreaterThanOrEqual(1);
  });

  it('delete-key also takes the key itself or its 12-character prefix, and never repeats the secret', async () => {
    const make = (name: string) =>
      cli(
        'create-key',
        '--organization',
        boot.organization,
        '--email',
        'hank@globex.test',
        '--display-name',
        name,
        '--json',
      ).json() as {
        api_key: string;
        key: string;
      };
    const byKey = make('found on a pastebin');
    const byPrefix = make('found in a log');
    const run = cli('delete-key', '--api-key', byKey.key, '--json');
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ api_key: byKey.api_key });
    expect(run.stdout + run.stderr).not.toContain(byKey.key);
    expect((await as(t, byKey.key).get('/me')).status).toBe(401);

    const human = cli('delete-key', '--api-key', byPrefix.key.slice(0, 12));
    expect(human.status).toBe(0);
    expect(human.stdout.trim()).toBe(`Deleted ${byPrefix.api_key}.`);
    expect((await as(t, byPrefix.key).get('/me')).status).toBe(401);

    const again = cli('delete-key', '--api-key', byKey.key);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/not found/);
    expect(again.stderr).not.toContain(byKey.key);
  });

  it('demo-key refuses a database without a demo organization (and MySQL altogether)', () => {
    const run = cli('demo-key');
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toMatch(
      usingMysql()
        ? /^error: demo-key works only on the embedded SQLite database outside production\.$/
        : /^error: This database has no demo organization/,
    );
  });

  it('invite prints an invitation token once; the invitee accepts it over HTTP and gets a working key', async () => {
    const run = cli(
      'invite',
      '--organization',
      boot.organization,
      '--email',
      'first.admin@globex.test',
      '--role',
      'org-admin',
      '--json',
    );
    expect(run.status).toBe(0);
    const { invitation, invite_token } = run.json();
    expect(invitation).toMatch(/^organizations\/[0-9a-z]+\/invitations\/[0-9a-z]+$/);
    expect(invite_token).toMatch(/^tsi_[0-9A-Za-z]{49}$/);
    expect(run.stderr).not.toContain(invite_token);
    const accepted = await t
      .http()
      .post('/api/v1/invitations:accept')
      .send({
        invite_token,
        display_name: 'First Admin',
        key: {
          display_name: 'first',
          expiration: 'EXPIRATION_30_DAYS',
          permission_level: 'PERMISSION_LEVEL_ALL',
          workspace_scope: 'WORKSPACE_SCOPE_ALL',
        },
      });
    expect(accepted.status).toBe(201);
    const me = await as(t, accepted.body.key).get('/me');
    expect(me.body.role).toBe('org-admin');
    const human = cli(
      'invite',
      '--organization',
      boot.organization,
      '--email',
      'second@globex.test',
      '--role',
      'org-member',
    );
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/invite_token: tsi_[0-9A-Za-z]{49}/);
  });

  it.each([
    [['audit', '--organization', 'doesnotexist'], /not found/],
    [['invite', '--organization', 'x', '--email', 'a@b.test', '--role', 'owner'], /--role/],
    [['invite', '--organization', 'x', '--email', 'nope', '--role', 'org-member'], /--email/],
    [['audit', '--organization', 'x', '--since', 'yesterday'], /--since/],
    [['delete-key', '--api-key', 'organizations/nope/apiKeys/nope'], /not found/],
    [['delete-key', '--api-key', 'garbage'], /not an API key name/],
    [['list-keys', '--organization', 'doesnotexist'], /not found/],
    [['bootstrap', '--org-title', ' ', '--email', 'x@y.test', '--display-name', 'X'], /--org-title/],
    [['bootstrap', '--org-title', 'T', '--email', 'not-an-email', '--display-name', 'X'], /--email/],
    [
      ['bootstrap', '--org-title', 'T', '--email', 'x@y.test', '--display-name', 'X', '--expiration', 'FOREVER'],
      /--expiration/,
    ],
    [['create-key', '--organization', 'x'], /required option/],
    [['no-such-command'], /unknown command/],
  ])('exits non-zero with a one-line reason: %j', (args, reason) => {
    const run = cli(...args);
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n').pop()).toMatch(reason);
  });

  it('create-key respects the organization key limit', () => {
    const bootRun = cli(
      'bootstrap',
      '--org-title',
      'Limits',
      '--email',
      'l@limits.test',
      '--display-name',
      'L',
      '--json',
    );
    const org = bootRun.json().organization;
    let last = bootRun;
    for (let i = 0; i < 10; i++) {
      last = cli('create-key', '--organization', org, '--email', 'l@limits.test', '--display-name', `k${i}`);
      if (last.status !== 0) break;
    }
    expect(last.status).not.toBe(0);
    expect(last.stderr).toMatch(/maximum of 10 API keys/);
  });

  it('migrate reports an up-to-date schema', () => {
    const run = cli('migrate', '--json');
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ migrations_run: [] });
  });

  it('with DB_MIGRATIONS_RUN=false refuses an out-of-date schema until `migrate` has run', async () => {
    const fresh = await createTestDatabase();
    try {
      const off = { DB_MIGRATIONS_RUN: 'false' };
      const refused = cliOn(fresh.url, off, 'list-keys', '--organization', 'anything');
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/schema is out of date/);
      const migrated = cliOn(fresh.url, off, 'migrate', '--json');
      expect(migrated.status).toBe(0);
      expect(migrated.json().migrations_run).toEqual(allMigrations(fresh.kind));
      const boot = cliOn(
        fresh.url,
        off,
        'bootstrap',
        '--org-title',
        'After',
        '--email',
        'a@after.test',
        '--display-name',
        'A',
        '--json',
      );
      expect(boot.status).toBe(0);
    } finally {
      await fresh.drop();
    }
  });
});

/** Every migration of a dialect, by the name TypeORM records (`<Name><timestamp>`), oldest first. */
function allMigrations(kind: 'sqlite' | 'mysql'): string[] {
  return readdirSync(join(__dirname, '../src/database/migrations', kind))
    .map((file) => /^(\d+)-(\w+)\.ts$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => `${m[2]}${m[1]}`);
}
