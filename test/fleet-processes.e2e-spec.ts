import Database from 'better-sqlite3';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describeWithRedis, freePort, startRedis, TestRedis } from './support/redis-server';
import { createTestDatabase, TEST_PEPPER, TestDatabase } from './support/test-database';

/**
 * The multi-instance proof (API.md §12), with built servers as production runs them: two
 * `node dist/src/main.js` processes on one database (a SQLite file, or a MariaDB database under
 * .ci/run) and one Redis. Shared rate limits, a revocation on one instance refused by the other at
 * once, the expiry sweep run by both every second without a double event or an error, and one
 * instance stopped with SIGTERM (in-flight requests answered, exit 0) while the other serves on.
 */
const MAIN = join(__dirname, '..', 'dist', 'src', 'main.js');
const CLI = join(__dirname, '..', 'dist', 'src', 'cli.js');
const RATE = 40;

interface Instance {
  name: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!/Tessera listening/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${name} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name, url: `http://127.0.0.1:${port}`, process: child, output: () => output, exited };
}

function call(instance: Instance, path: string, key: string, init: RequestInit = {}) {
  return fetch(`${instance.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
}

function cli(env: Record<string, string>, ...args: string[]): Record<string, string> {
  const run = spawnSync(process.execPath, [CLI, ...args, '--json'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cli ${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, string>;
}

function metric(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? NaN : Number(line.split(' ')[1]);
}

/** Plain SQL on the shared database, from outside both servers. */
async function sql(database: TestDatabase, statement: string, params: unknown[] = []): Promise<unknown[]> {
  if (database.kind === 'sqlite') {
    const db = new Database(database.url.slice('sqlite:'.length));
    try {
      const prepared = db.prepare(statement);
      return prepared.reader ? prepared.all(...params) : (prepared.run(...params), []);
    } finally {
      db.close();
    }
  }
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection(database.url);
  try {
    const [rows] = await connection.query(statement, params);
    return Array.isArray(rows) ? rows : [];
  } finally {
    await connection.end();
  }
}

describeWithRedis('Two instances, one database, one Redis (API.md §12)', () => {
  let redis: TestRedis | null = null;
  let database: TestDatabase;
  let env: Record<string, string>;
  let a: Instance;
  let b: Instance;
  let admin: string;
  let organization: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does).`);
    // .ci/run's private Redis when it runs one, else a private one for this file.
    if (!process.env.REDIS_URL) redis = await startRedis();
    database = await createTestDatabase();
    env = {
      DATABASE_URL: database.url,
      TESSERA_KEY_PEPPER: TEST_PEPPER,
      TESSERA_DEMO: 'false',
      NODE_ENV: 'production',
      REDIS_URL: redis?.url ?? process.env.REDIS_URL!,
      RATE_LIMIT_PER_MINUTE: String(RATE),
      AUTH_FAILURES_PER_MINUTE: '0',
      EXPIRY_SWEEP_CRON: '* * * * * *', // every second, on both
      LOG_LEVEL: 'log',
    };
    const boot = cli(env, 'bootstrap', '--org-title', 'Fleet', '--email', 'ops@fleet.test', '--display-name', 'Ops');
    admin = boot.key;
    organization = boot.organization;
    [a, b] = await Promise.all([startInstance('a', env), startInstance('b', env)]);
  }, 90_000);

  afterAll(async () => {
    for (const instance of [a, b]) {
      if (instance && instance.process.exitCode === null) {
        instance.process.kill('SIGTERM');
        await instance.exited;
      }
    }
    await database?.drop();
    await redis?.stop();
  });

  const newKey = async (name: string) => {
    const res = await call(a, `/api/v1/${organization}/apiKeys`, admin, {
      method: 'POST',
      body: JSON.stringify({
        display_name: name,
        expiration: 'EXPIRATION_30_DAYS',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { name: string; key: string };
  };

  it('share one rate limit per key', async () => {
    const { key } = await newKey('rate');
    const statuses: number[] = [];
    for (let i = 0; i < RATE + 3; i++) statuses.push((await call(i % 2 ? b : a, '/api/v1/me', key)).status);
    expect(statuses).toEqual([...Array(RATE).fill(200), 429, 429, 429]);
  });

  it('see a revocation made on the other instance at once', async () => {
    const { name, key } = await newKey('revoked');
    expect((await call(b, '/api/v1/me', key)).status).toBe(200);
    expect((await call(a, `/api/v1/${name}`, admin, { method: 'DELETE' })).status).toBe(200);
    expect((await call(b, '/api/v1/me', key)).status).toBe(401);
  });

  it('both sweep expired keys, every key disabled once with one event, no error', async () => {
    const keys = await Promise.all([1, 2, 3, 4, 5].map((i) => newKey(`expired ${i}`)));
    const ids = keys.map((k) => k.name.split('/').pop()!);
    await sql(database, `UPDATE api_keys SET expire_time = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [
      Date.now() - 1000,
      ...ids,
    ]);
    const scrape = async (i: Instance) => (await fetch(`${i.url}/metrics`)).text();
    const expired = async () =>
      metric(await scrape(a), 'tessera_keys_expired_total') + metric(await scrape(b), 'tessera_keys_expired_total');
    const deadline = Date.now() + 20_000;
    while ((await expired()) < ids.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // Give both a few more sweeps over the same rows: nothing more may happen.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await expired()).toBe(ids.length);
    const events = (await sql(database, `SELECT COUNT(*) AS n FROM audit_events WHERE action = 'api_key.expired'`)) as {
      n: number | string;
    }[];
    expect(Number(events[0].n)).toBe(ids.length);
    const states = (await sql(
      database,
      `SELECT state FROM api_keys WHERE id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    )) as { state: string }[];
    expect(states.map((s) => s.state)).toEqual(Array(ids.length).fill('STATE_EXPIRED'));
    for (const instance of [a, b]) {
      const text = await scrape(instance);
      expect([instance.name, metric(text, 'tessera_expiry_sweep_runs_total{result="ok"}')]).toEqual([
        instance.name,
        expect.any(Number),
      ]);
      expect(metric(text, 'tessera_expiry_sweep_runs_total{result="ok"}')).toBeGreaterThanOrEqual(2);
      expect(metric(text, 'tessera_expiry_sweep_runs_total{result="error"}')).toBe(0);
      expect(instance.output()).not.toMatch(/"level":"(error|fatal)"|sweep failed/i);
    }
  }, 40_000);

  it('stop one with SIGTERM: it finishes the request it is serving, exits 0, and the other serves on', async () => {
    const { key } = await newKey('drain');
    const { key: other } = await newKey('drain b');
    // A request A has begun to receive (headers in, body still to come) when SIGTERM arrives.
    const body = JSON.stringify({ key });
    const socket = connect(Number(new URL(a.url).port), '127.0.0.1');
    let response = '';
    socket.on('data', (d: Buffer) => (response += d.toString()));
    const closed = new Promise((r) => socket.on('close', r));
    socket.write(
      `POST /api/v1/apiKeys:verify HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer ${key}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    await new Promise((r) => setTimeout(r, 300));
    a.process.kill('SIGTERM');
    const killedAt = Date.now();
    let done = false;
    let tookMs = 0;
    const stopped = a.exited.then((code) => ((done = true), (tookMs = Date.now() - killedAt), code));
    await new Promise((r) => setTimeout(r, 200));
    socket.write(body);
    await closed;
    // Answered in full, and told to close the connection rather than left open until cut.
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4))).toMatchObject({ valid: true });

    const duringB: number[] = [];
    while (!done) {
      duringB.push((await call(b, '/api/v1/me', other)).status);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await stopped).toBe(0);
    expect(tookMs).toBeLessThan(5000); // not held to the 10 s grace cut-off
    expect(duringB.length).toBeGreaterThan(0);
    expect(new Set(duringB)).toEqual(new Set([200]));
    expect(a.output()).toMatch(/SIGTERM received: finishing in-flight requests and shutting down/);
    expect(a.output()).not.toMatch(/"level":"(error|fatal)"/);
    expect((await call(b, '/api/v1/me', other)).status).toBe(200);
  }, 30_000);
});
