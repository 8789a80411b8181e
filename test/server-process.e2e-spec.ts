import Database from 'better-sqlite3';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestDatabase, TEST_PEPPER, usingMysql } from './support/test-database';

const MAIN = join(__dirname, '..', 'dist', 'src', 'main.js');
const CLI = join(__dirname, '..', 'dist', 'src', 'cli.js');

interface Server {
  process: ChildProcess;
  url: string;
  stderr: () => string;
  /** stdout and stderr together (log lines go to stdout). */
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the built server (`npm start` runs the same file) and waits until it listens. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'log', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!/Tessera listening/.test(stdout + stderr)) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`server did not start:\n${stdout}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  // The demo key (if any) is printed right after listening.
  await new Promise((r) => setTimeout(r, 300));
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    output: () => stdout + stderr,
    exited,
  };
}

describe('The server process (API.md §8)', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does).`);
  });

  it('refuses to start with an invalid variable, naming it, and without a pepper in production', () => {
    const bad = spawnSync(process.execPath, [MAIN], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/PORT/);
    const production = spawnSync(process.execPath, [MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        TESSERA_KEY_PEPPER: '',
        DATABASE_URL: 'sqlite:/tmp/never-created.sqlite',
      },
      encoding: 'utf8',
    });
    expect(production.status).not.toBe(0);
    expect(production.stderr).toMatch(/TESSERA_KEY_PEPPER is required/);
  });

  (usingMysql() ? describe.skip : describe)('on the embedded SQLite database', () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'tessera-server-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['empty', ''],
      ['truncated', 'only-twenty-chars-xx\n'],
    ])('refuses to start with an %s pepper file beside the database, naming the file', (_label, content) => {
      const dbPath = join(dir, `short-pepper-${content.length}.sqlite`);
      writeFileSync(`${dbPath}.pepper`, content, { mode: 0o600 });
      const run = spawnSync(process.execPath, [MAIN], {
        env: { ...process.env, DATABASE_URL: `sqlite:${dbPath}`, NODE_ENV: 'development', TESSERA_KEY_PEPPER: '' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(`${dbPath}.pepper`);
      expect(run.stderr).toMatch(/fewer than 32/);
      expect(run.stderr).not.toMatch(/\n\s+at /); // one message, no stack trace
      expect(readFileSync(`${dbPath}.pepper`, 'utf8')).toBe(content); // left as it was, for the operator
    });

    it('creates the demo once, prints its admin key to stderr with the Swagger address, and flushes last_used_time on SIGTERM', async () => {
      const dbPath = join(dir, 'demo.sqlite');
      const env = {
        DATABASE_URL: `sqlite:${dbPath}`,
        NODE_ENV: 'development',
        TESSERA_DEMO: 'true',
        TESSERA_KEY_PEPPER: '',
      };
      const first = await startServer(env);
      const key = /Admin key:\s+(tsr_[0-9A-Za-z]{49})/.exec(first.stderr())?.[1];
      expect(key).toBeDefined();
      // Paste-able: the admin's email and one export line with the key, organization and workspace.
      expect(first.stderr()).toMatch(/Admin:\s+admin@demo\.tessera\.local/);
      expect(first.stderr()).toMatch(
        new RegExp(`export KEY=${key} ORG=organizations/[0-9a-z]+ WS=organizations/[0-9a-z]+/workspaces/[0-9a-z]+`),
      );
      expect(first.stderr()).toMatch(/http:\/\/127\.0\.0\.1:\d+\/docs/);
      // The pepper was generated beside the database; both are readable by the owner only.
      expect(statSync(`${dbPath}.pepper`).mode & 0o777).toBe(0o600);
      for (const file of [dbPath, `${dbPath}-wal`]) expect([file, statSync(file).mode & 0o777]).toEqual([file, 0o600]);

      const me = await request(first.url).get('/api/v1/me').set('Authorization', `Bearer ${key}`);
      expect(me.status).toBe(200);
      expect(me.body.api_key).toMatchObject({
        permission_level: 'PERMISSION_LEVEL_ALL',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
        expiration: 'EXPIRATION_30_DAYS',
      });
      expect(me.body.role).toBe('org-admin');
      expect((await request(first.url).get('/docs')).status).toBe(200);

      first.process.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      const db = new Database(dbPath, { readonly: true });
      const row = db.prepare('SELECT last_used_time FROM api_keys').get() as { last_used_time: number | null };
      db.close();
      expect(row.last_used_time).not.toBeNull();

      // A lost demo key has a way back: the CLI mints another for the demo admin.
      const reissued = spawnSync(process.execPath, [CLI, 'demo-key', '--json'], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(reissued.status).toBe(0);
      const newKey = JSON.parse(reissued.stdout.trim().split('\n').pop() as string).key as string;
      expect(newKey).toMatch(/^tsr_[0-9A-Za-z]{49}$/);
      expect(reissued.stderr).not.toContain(newKey);

      // A restart keeps the key valid (same pepper) and prints no new demo key.
      const second = await startServer(env);
      expect(second.stderr()).not.toMatch(/Admin key/);
      expect((await request(second.url).get('/api/v1/me').set('Authorization', `Bearer ${key}`)).status).toBe(200);
      expect((await request(second.url).get('/api/v1/me').set('Authorization', `Bearer ${newKey}`)).status).toBe(200);
      second.process.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }, 90_000);

    it('never creates the demo in production or with TESSERA_DEMO=false', async () => {
      const envs: Record<string, string>[] = [
        { NODE_ENV: 'production', TESSERA_KEY_PEPPER: TEST_PEPPER },
        { NODE_ENV: 'development', TESSERA_DEMO: 'false' },
      ];
      for (const env of envs) {
        const server = await startServer({
          DATABASE_URL: `sqlite:${join(dir, `${env.NODE_ENV}-${Math.random()}.sqlite`)}`,
          ...env,
        });
        expect(server.stderr()).not.toMatch(/Admin key/);
        server.process.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      }
    }, 90_000);

    it('listens on 127.0.0.1 by default outside production (HOST unset)', async () => {
      const server = await startServer({
        DATABASE_URL: `sqlite:${join(dir, 'host.sqlite')}`,
        TESSERA_DEMO: 'false',
        HOST: '',
      });
      expect(server.output()).toMatch(/Tessera listening on http:\/\/127\.0\.0\.1:\d+/);
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }, 60_000);

    it.each([
      [
        'a port in use',
        'PORT_IN_USE',
        /^Tessera cannot listen on 127\.0\.0\.1:\d+: the port is in use\. Stop the other process or set PORT/,
      ],
      [
        'an unusable database path (a file where a directory should be)',
        'NOT_A_DIRECTORY',
        /^Tessera cannot create or open the database \S+\/not-a-directory\/db\.sqlite .*writable location\.$/,
      ],
      [
        'an unreachable MySQL',
        'mysql://tessera:secret@127.0.0.1:9/tessera',
        /^Tessera cannot reach the database mysql:\/\/127\.0\.0\.1:9\/tessera \(ECONNREFUSED\): check DATABASE_URL/,
      ],
    ])('reports %s as one line saying what to do, without a stack trace', async (_label, target, expected) => {
      writeFileSync(join(dir, 'not-a-directory'), 'a file where a directory should be');
      const blocker = createServer();
      await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
      const port = (blocker.address() as AddressInfo).port;
      try {
        const run = spawnSync(process.execPath, [MAIN], {
          env: {
            ...process.env,
            HOST: '127.0.0.1',
            PORT: target === 'PORT_IN_USE' ? String(port) : '0',
            DATABASE_URL:
              target === 'PORT_IN_USE'
                ? `sqlite:${join(dir, 'port.sqlite')}`
                : target === 'NOT_A_DIRECTORY'
                  ? `sqlite:${join(dir, 'not-a-directory', 'db.sqlite')}`
                  : target,
            TESSERA_KEY_PEPPER: TEST_PEPPER,
            TESSERA_DEMO: 'false',
            DB_CONNECT_TIMEOUT_MS: '2000',
            LOG_LEVEL: 'warn',
          },
          encoding: 'utf8',
          timeout: 30_000,
        });
        expect(run.status).toBe(1);
        expect(run.stderr.trim().split('\n').pop()).toMatch(expected);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(run.stderr).not.toContain('secret');
      } finally {
        blocker.close();
      }
    });

    it('with DB_MIGRATIONS_RUN=false refuses to start on an out-of-date schema', () => {
      const run = spawnSync(process.execPath, [MAIN], {
        env: {
          ...process.env,
          DATABASE_URL: `sqlite:${join(dir, 'empty.sqlite')}`,
          DB_MIGRATIONS_RUN: 'false',
          PORT: '0',
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/schema is out of date/);
    });
  });

  (usingMysql() ? describe : describe.skip)('on MySQL', () => {
    it('never creates the demo organization', async () => {
      const database = await createTestDatabase();
      try {
        const server = await startServer({
          DATABASE_URL: database.url,
          TESSERA_KEY_PEPPER: TEST_PEPPER,
          NODE_ENV: 'development',
        });
        expect(server.stderr()).not.toMatch(/Admin key/);
        expect((await request(server.url).get('/health')).status).toBe(200);
        server.process.kill('SIGTERM');
        expect(await server.exited).toBe(0);
      } finally {
        await database.drop();
      }
    }, 60_000);
  });
});
