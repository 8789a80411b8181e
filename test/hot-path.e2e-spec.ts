import { generateKey } from '../src/api-keys/key-format';
import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { READINESS_PING_REUSE_MS } from '../src/health/readiness-probe';
import { as, createKey } from './support/api-client';
import {
  bootstrapOrganization,
  Bootstrapped,
  CACHE_VERSION_READ as VERSION_READ,
  queriesDuring,
  startApp,
  tableStatements,
  TestApp,
} from './support/test-app';
import { usingMysql } from './support/test-database';

const sqliteOnly = usingMysql() ? describe.skip : describe;

/**
 * The hot path (issue "Authentication at the speed of the framework"): statement counts, not
 * timings (timings belong to `npm run bench`). Authentication is one statement and no write; a
 * route adds a constant number of statements whatever the page size; liveness never touches the
 * database and readiness pings it at most once a second. Runs on SQLite and MariaDB; on SQLite a
 * request may add the credential cache's version read (VERSION_READ, tested on its own below).
 */
describe('The authenticated request path', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  let workspaces: string[];

  beforeAll(async () => {
    t = await startApp({ env: { AUTH_FAILURES_PER_MINUTE: '0', MAX_API_KEYS_PER_ORGANIZATION: '30' } });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
    workspaces = [boot.workspace];
    for (const title of ['Two', 'Three']) {
      const res = await as(t, boot.key).post(`${org}/workspaces`, { title });
      expect(res.status).toBe(201);
      workspaces.push(res.body.name);
    }
  });
  afterAll(() => t.close());

  /**
   * The statements one request runs, with nothing of an earlier request pending, leaving out the
   * credential cache's version read (at most one).
   */
  async function statementsOf(send: () => PromiseLike<{ status: number }>, status = 200): Promise<string[]> {
    await t.get(LastUsedRecorder).flush();
    let answered = 0;
    const statements = await queriesDuring(t, async () => {
      answered = (await send()).status;
    });
    expect(answered).toBe(status);
    expect(statements.filter((sql) => sql === VERSION_READ).length).toBeLessThanOrEqual(1);
    return tableStatements(statements);
  }

  const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql);
  const isCredentialLookup = (sql: string) => /FROM api_keys k\s+JOIN users u/.test(sql);
  /** A route's own statements: without authentication's (one at most; none for a cached key). */
  const routeReads = (statements: string[]) => {
    const lookups = statements.filter(isCredentialLookup).length;
    // MySQL reads the key on every request; SQLite at most once (not at all for a key it holds).
    if (usingMysql()) expect(lookups).toBe(1);
    else expect(lookups).toBeLessThanOrEqual(1);
    return statements.filter((sql) => !isCredentialLookup(sql));
  };

  describe('authentication is one statement and no write', () => {
    it('GET /me with an ALL key runs exactly one statement, a SELECT of the key, its owner and scope', async () => {
      const statements = await statementsOf(() => as(t, boot.key).get('/me'));
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/^SELECT\b[\s\S]*FROM api_keys k\s+JOIN users u[\s\S]*api_key_workspaces/);
    });

    it('a SPECIFIC key with three workspaces is still one statement, and /me shows its whole scope', async () => {
      const specific = await createKey(t, boot.key, org, {
        display_name: 'three workspaces',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces,
      });
      let body: { api_key: { workspaces: string[]; name: string } } | undefined;
      const statements = await statementsOf(async () => {
        const res = await as(t, specific.key).get('/me');
        body = res.body;
        return res;
      });
      expect(statements).toHaveLength(1);
      expect(body!.api_key.name).toBe(specific.name);
      expect([...body!.api_key.workspaces].sort()).toEqual([...workspaces].sort());
      // And the scope is enforced from that one statement: each workspace of it is reachable.
      for (const ws of workspaces) expect((await as(t, specific.key).get(ws)).status).toBe(200);
    });

    it('a rotated-out secret in its grace period authenticates with one statement too', async () => {
      const key = await createKey(t, boot.key, org, { display_name: 'rotating' });
      const rotated = await as(t, key.key).post(`${key.name}:rotate`, { grace_period_seconds: 300 });
      expect(rotated.status).toBe(200);
      expect(await statementsOf(() => as(t, key.key).get('/me'))).toHaveLength(1);
      expect(await statementsOf(() => as(t, rotated.body.key).get('/me'))).toHaveLength(1);
    });

    it('no request writes: the first use of a key is recorded later, in a batch', async () => {
      const fresh = await createKey(t, boot.key, org, { display_name: 'never used' });
      const statements = await queriesDuring(t, async () => {
        for (let i = 0; i < 5; i++) expect((await as(t, fresh.key).get('/me')).status).toBe(200);
      });
      expect(statements.filter(isWrite)).toEqual([]);
      // MySQL reads the key each time; SQLite reads it once, then checks nothing changed.
      expect(tableStatements(statements)).toHaveLength(usingMysql() ? 5 : 1);
    });

    it('an unknown well-formed key costs the same one statement and answers 401', async () => {
      expect(await statementsOf(() => as(t, generateKey()).get('/me'), 401)).toHaveLength(1);
      // A malformed one costs nothing.
      const malformed = `${boot.key.slice(0, 4)}${'A'.repeat(43)}`;
      expect(await statementsOf(() => as(t, malformed).get('/me'), 401)).toEqual([]);
    });
  });

  sqliteOnly('SQLite: a key is read again only after something was written', () => {
    async function me(key: string) {
      const res = await as(t, key).get('/me');
      expect(res.status).toBe(200);
      return res.body as { api_key: { display_name: string } };
    }

    it('a key used again with nothing written since costs one version read and no table read', async () => {
      const key = await createKey(t, boot.key, org, { display_name: 'cached' });
      await t.get(LastUsedRecorder).flush();
      const first = await queriesDuring(t, () => me(key.key));
      expect(first).toHaveLength(1);
      expect(first[0]).toMatch(/FROM api_keys k/);
      expect(await queriesDuring(t, () => me(key.key))).toEqual([VERSION_READ]);
      expect(await queriesDuring(t, () => me(key.key))).toEqual([VERSION_READ]);
    });

    it("a change through this instance is in the very next request's answer", async () => {
      const key = await createKey(t, boot.key, org, { display_name: 'before' });
      await me(key.key);
      await me(key.key);
      expect((await as(t, boot.key).patch(key.name, { display_name: 'after' })).status).toBe(200);
      expect((await me(key.key)).api_key.display_name).toBe('after');
      expect((await as(t, boot.key).delete(key.name)).status).toBe(200);
      expect((await as(t, key.key).get('/me')).status).toBe(401);
    });

    it("a commit by another connection to the same file is in the very next request's answer", async () => {
      const key = await createKey(t, boot.key, org, { display_name: 'seen here' });
      const other = await startApp({ shareDatabaseWith: t, env: { AUTH_FAILURES_PER_MINUTE: '0' } });
      try {
        await me(key.key);
        // Nothing of this instance left to write, so only the other connection's commit can move the version.
        await t.get(LastUsedRecorder).flush();
        await me(key.key);
        expect(await queriesDuring(t, () => me(key.key))).toEqual([VERSION_READ]);
        expect((await as(other, boot.key).patch(key.name, { display_name: 'changed there' })).status).toBe(200);
        expect((await me(key.key)).api_key.display_name).toBe('changed there');
        expect((await as(other, boot.key).delete(key.name)).status).toBe(200);
        expect((await as(t, key.key).get('/me')).status).toBe(401);
      } finally {
        await other.close();
      }
    });

    it("a key's scope narrowed through another instance is enforced on the very next request here", async () => {
      const key = await createKey(t, boot.key, org, {
        display_name: 'narrowed elsewhere',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: workspaces.slice(0, 2),
      });
      const other = await startApp({ shareDatabaseWith: t, env: { AUTH_FAILURES_PER_MINUTE: '0' } });
      try {
        for (const ws of workspaces.slice(0, 2)) expect((await as(t, key.key).get(ws)).status).toBe(200);
        await t.get(LastUsedRecorder).flush();
        expect((await as(t, key.key).get(workspaces[1])).status).toBe(200);
        expect((await as(other, boot.key).patch(key.name, { workspaces: [workspaces[0]] })).status).toBe(200);
        expect((await as(t, key.key).get(workspaces[1])).status).toBe(403);
        expect((await as(t, key.key).get(workspaces[0])).status).toBe(200);
      } finally {
        await other.close();
      }
    });

    it('an unknown key is never remembered: each try reads the table', async () => {
      const unknown = generateKey();
      for (let i = 0; i < 2; i++) {
        const statements = await queriesDuring(t, async () => {
          expect((await as(t, unknown).get('/me')).status).toBe(401);
        });
        expect(statements).toHaveLength(1);
        expect(statements[0]).toMatch(/FROM api_keys k/);
      }
    });
  });

  describe('routes add a constant number of statements, whatever the page size', () => {
    beforeAll(async () => {
      for (let i = 0; i < 3; i++) {
        expect((await as(t, boot.key).post(`${org}/workspaces`, { title: `Listed ${i}` })).status).toBe(201);
        const user = { email: `member${i}@acme.test`, display_name: `Member ${i}`, role: 'org-member' };
        expect((await as(t, boot.key).post(`${org}/users`, user)).status).toBe(201);
      }
      for (let i = 0; i < 6; i++) {
        await createKey(t, boot.key, org, {
          display_name: `listed ${i}`,
          permission_level: 'PERMISSION_LEVEL_READ_ONLY',
          workspace_scope: i % 2 ? 'WORKSPACE_SCOPE_SPECIFIC' : 'WORKSPACE_SCOPE_ALL',
          ...(i % 2 ? { workspaces: workspaces.slice(0, 2) } : {}),
        });
      }
    });

    it.each([
      ['the key list', () => `${org}/apiKeys`, 'api_keys'],
      ['the workspace list', () => `${org}/workspaces`, 'workspaces'],
      ['the user list', () => `${org}/users`, 'users'],
    ])('%s runs as many statements for one item as for a full page', async (_label, path, field) => {
      const total = ((await as(t, boot.key).get(`${path()}?page_size=1000`)).body[field] as unknown[]).length;
      expect(total).toBeGreaterThan(3);
      const counts: number[] = [];
      for (const size of [1, 3, 100]) {
        let items = 0;
        const statements = await statementsOf(async () => {
          const res = await as(t, boot.key).get(`${path()}?page_size=${size}`);
          items = (res.body[field] as unknown[]).length;
          return res;
        });
        expect(items).toBe(Math.min(size, total));
        expect(statements.filter(isWrite)).toEqual([]);
        counts.push(routeReads(statements).length);
      }
      expect(new Set(counts).size).toBe(1);
      // At most three reads (page, owners, scopes) after authentication.
      expect(counts[0]).toBeLessThanOrEqual(3);
    });

    it.each([
      ['a workspace (with its creator)', () => boot.workspace],
      ['the organization (with its owner)', () => org],
      ['/me/organizations', () => '/me/organizations'],
    ])('GET %s is authentication plus one read, no write', async (_label, path) => {
      const statements = await statementsOf(() => as(t, boot.key).get(path()));
      expect(statements.filter(isWrite)).toEqual([]);
      expect(routeReads(statements)).toHaveLength(1);
    });
  });

  describe('health (API.md §12)', () => {
    it('GET /health/live answers 200 without touching the database', async () => {
      let status = 0;
      const statements = await queriesDuring(t, async () => {
        const res = await t.http().get('/health/live');
        status = res.status;
        expect(res.body).toEqual({ status: 'ok' });
      });
      expect(status).toBe(200);
      expect(statements).toEqual([]);
    });

    it('GET /health/ready and /health ping the database at most once a second, however often asked', async () => {
      await new Promise((r) => setTimeout(r, READINESS_PING_REUSE_MS + 50));
      const statements = await queriesDuring(t, async () => {
        const answers = await Promise.all([
          t.http().get('/health/ready'),
          t.http().get('/health'),
          t.http().get('/health/ready'),
        ]);
        answers.push(await t.http().get('/health'));
        for (const res of answers) {
          expect(res.status).toBe(200);
          expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
        }
      });
      expect(statements).toHaveLength(1);
    });

    it('is public: no key needed, and an invalid key is not even looked at', async () => {
      for (const path of ['/health', '/health/live', '/health/ready']) {
        expect((await t.http().get(path).set('Authorization', 'Bearer junk')).status).toBe(200);
      }
    });
  });

  describe('response headers', () => {
    it('every /api/v1 response, success or error, is Cache-Control: no-store (it may carry a secret)', async () => {
      const created = await as(t, boot.key).post(`${org}/apiKeys`, {
        display_name: 'no-store',
        expiration: 'EXPIRATION_7_DAYS',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      });
      expect(created.status).toBe(201);
      for (const res of [created, await as(t, boot.key).get('/me'), await t.http().get('/api/v1/me')]) {
        expect(res.headers['cache-control']).toBe('no-store');
      }
    });

    it("keeps helmet's security headers on every response", async () => {
      for (const res of [await as(t, boot.key).get('/me'), await t.http().get('/health/live')]) {
        expect(res.headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'strict-transport-security': expect.stringContaining('max-age='),
          'referrer-policy': 'no-referrer',
        });
      }
    });
  });
});
