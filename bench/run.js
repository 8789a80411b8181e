#!/usr/bin/env node
/*
 * `npm run bench [-- --scale N]`: the project's performance instrument (README, "Performance").
 *
 * In one run on one machine, with autocannon on loopback (the client shares the machine, so every
 * ratio includes it), it measures:
 *   1. a raw node:http server (the floor every ratio is taken against),
 *   2. a Nest-on-Fastify hello world (what the framework alone costs),
 *   3. Tessera's routes: /health/live, /health/ready, GET /api/v1/me (authentication only),
 *      GET /me/organizations, GET a workspace, GET the key list, a wrong-checksum key (401 without a
 *      database read) and a well-formed unknown key (401 after one lookup);
 * printing req/s, p50/p99 latency, server CPU µs per request (from /proc/<pid>/stat), statements
 * per request (MariaDB/MySQL only: SHOW GLOBAL STATUS 'Questions'), peak RSS and the ratios.
 * `--scale N` then creates N more keys through the API and measures verification again.
 * `--profile` also samples each route with Linux perf and prints where its CPU goes, by layer
 * (bench/cpu-profile.js; sampling costs a few per cent, so compare CPU figures between runs of one kind).
 *
 * Database: a fresh SQLite file (the demo key is read from the server's banner), or the MySQL/MariaDB
 * of DATABASE_URL (with TESSERA_KEY_PEPPER; an organization is bootstrapped with the CLI).
 * Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50). Loopback only, every
 * run bounded in time; the servers are stopped at the end.
 */
const { spawn, execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');
const cpuProfile = require('./cpu-profile');

const root = join(__dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg === -1 ? 0 : Number(process.argv[scaleArg + 1]);
if (!Number.isInteger(scale) || scale < 0) throw new Error('--scale takes a whole number of keys');
const profiling = process.argv.includes('--profile');
if (profiling) cpuProfile.checkPerf();
/** Named JIT code for perf (--profile): node writes /tmp/perf-<pid>.map, removed when it stops. */
const PROFILING_FLAGS = profiling ? ['--perf-basic-prof'] : [];
const mysqlUrl =
  process.env.DATABASE_URL && process.env.DATABASE_URL.startsWith('mysql') ? process.env.DATABASE_URL : '';
const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-'));
const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const PAGE_SIZE_BYTES = 4096;

let nextPort = 3900 + Math.floor(Math.random() * 80);

// ---- processes ---------------------------------------------------------------------------------

function start(script, env, ready, nodeFlags = []) {
  const port = nextPort++;
  const child = spawn(process.execPath, [...nodeFlags, ...PROFILING_FLAGS, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    // --perf-basic-prof also leaves a V8 log (isolate-*.log) in the working directory: keep it in ours.
    cwd: profiling ? dir : undefined,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 60_000);
    const onData = (d) => {
      output += d;
      const found = ready(output);
      if (found) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stderr.removeAllListeners('data');
        child.stdout.resume();
        child.stderr.resume();
        resolve({ child, port, ...found });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}):\n${output}`)));
    onData(''); // a readiness test that needs no output (the caller then polls the server itself)
  });
}

async function stop({ child }) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
  if (profiling) rmSync(`/tmp/perf-${child.pid}.map`, { force: true });
}

async function waitUntilServing(port) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Tessera did not start serving within 30 s');
}

function cpuTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of stat)
}

function peakRssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
}

// ---- MySQL statement counter -------------------------------------------------------------------

async function statementCounter() {
  if (!mysqlUrl) return null;
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection(mysqlUrl);
  const read = async () => {
    const [rows] = await connection.query("SHOW GLOBAL STATUS LIKE 'Questions'");
    return Number(rows[0].Value);
  };
  return { read, close: () => connection.end() };
}

// ---- measuring ---------------------------------------------------------------------------------

const results = [];

async function measure(server, title, path, { headers = {}, method = 'GET', body, expect = 200, counter } = {}) {
  const ticksBefore = cpuTicks(server.child.pid);
  const statementsBefore = counter ? await counter.read() : 0;
  const sampled = profiling ? cpuProfile.record(server.child.pid, seconds - 1, dir, `route${results.length}`) : null;
  const result = await new Promise((resolve, reject) =>
    autocannon(
      { url: `http://127.0.0.1:${server.port}${path}`, method, body, connections, duration: seconds, headers },
      (error, r) => (error ? reject(error) : resolve(r)),
    ),
  );
  // Minus this SHOW GLOBAL STATUS itself.
  const statements = counter ? (await counter.read()) - statementsBefore - 1 : NaN;
  const ticks = cpuTicks(server.child.pid) - ticksBefore;
  const matching = result.statusCodeStats?.[expect]?.count ?? 0;
  const row = {
    title,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUs: (ticks / CLOCK_TICKS_PER_SECOND / Math.max(1, result.requests.total)) * 1e6,
    statements: statements / Math.max(1, result.requests.total),
    unexpected: result.requests.total - matching,
    errors: result.errors + result.timeouts,
  };
  results.push(row);
  console.log(
    `${title.padEnd(46)} ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${String(row.p50).padStart(3)} ms  p99 ${String(row.p99).padStart(3)} ms  ` +
      `cpu ${row.cpuUs.toFixed(0).padStart(4)} µs/req` +
      (counter ? `  ${row.statements.toFixed(2)} stmt/req` : '') +
      (row.unexpected || row.errors ? `  (${row.unexpected} not ${expect}, ${row.errors} errors)` : ''),
  );
  if (sampled) cpuProfile.printLayers(await sampled, row.cpuUs);
  return row;
}

// ---- Tessera -----------------------------------------------------------------------------------

const PEPPER = 'bench-pepper-bench-pepper-bench-pepper-0123456789';

/** The node flags `npm start` runs the server with (package.json), so the bench measures the same. */
const TESSERA_NODE_FLAGS = /node (.*?)dist\/src\/main\.js/
  .exec(require(join(root, 'package.json')).scripts['start:prod'])[1]
  .split(/\s+/)
  .filter(Boolean);

function tesseraEnv(extra = {}) {
  return {
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    DATABASE_URL: mysqlUrl || `sqlite:${join(dir, 'bench.sqlite')}`,
    TESSERA_KEY_PEPPER: process.env.TESSERA_KEY_PEPPER || PEPPER,
    // The limiter stays on (it is part of every request's cost) with a limit the bench never hits.
    RATE_LIMIT_PER_MINUTE: '100000000',
    AUTH_FAILURES_PER_MINUTE: '0',
    EXPIRY_SWEEP_CRON: 'off',
    // The default level: every request writes its JSON log line (API.md §12), as in production.
    LOG_LEVEL: 'log',
    NO_COLOR: '1',
    MAX_API_KEYS_PER_ORGANIZATION: String(scale + 20),
    ...extra,
  };
}

/** An organization with an admin key: the demo on SQLite, the CLI's bootstrap on MySQL. */
function bootstrapOnMysql(env) {
  const out = execFileSync(
    process.execPath,
    [
      join(root, 'dist/src/cli.js'),
      'bootstrap',
      '--org-title',
      `Bench ${Date.now()}`,
      '--email',
      'bench@example.test',
      '--display-name',
      'Bench',
      '--json',
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const lines = out.toString().trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

async function startTessera() {
  const env = tesseraEnv();
  const boot = mysqlUrl ? bootstrapOnMysql(env) : null;
  if (boot) {
    const server = await start(join(root, 'dist/src/main.js'), env, () => ({}), TESSERA_NODE_FLAGS);
    await waitUntilServing(server.port);
    return { ...server, key: boot.key, organization: boot.organization, workspace: boot.workspace };
  }
  // The demo banner, printed once the server listens on a new SQLite database.
  return start(
    join(root, 'dist/src/main.js'),
    env,
    (out) => {
      const key = /Admin key:\s+(tsr_[0-9A-Za-z]{49})/.exec(out);
      const org = /Organization:\s+(organizations\/[0-9a-z]+)/.exec(out);
      const ws = /Workspace:\s+(organizations\/[0-9a-z]+\/workspaces\/[0-9a-z]+)/.exec(out);
      return key && org && ws ? { key: key[1], organization: org[1], workspace: ws[1] } : null;
    },
    TESSERA_NODE_FLAGS,
  );
}

async function createKeys(server, count) {
  const started = Date.now();
  let made = 0;
  const worker = async () => {
    while (made < count) {
      made++;
      const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/${server.organization}/apiKeys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          display_name: `scale ${made}`,
          expiration: 'EXPIRATION_30_DAYS',
          permission_level: 'PERMISSION_LEVEL_READ_ONLY',
          workspace_scope: 'WORKSPACE_SCOPE_ALL',
        }),
      });
      if (res.status !== 201) throw new Error(`creating key ${made}: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(`created ${count} keys through the API in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function wrongChecksum(key) {
  return `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`;
}

/** A well-formed key (valid checksum) that no database row has: costs one lookup, answers 401. */
function unknownKey() {
  const { generateKey } = require(join(root, 'dist/src/api-keys/key-format.js'));
  return generateKey();
}

// ---- the run -----------------------------------------------------------------------------------

(async () => {
  const counter = await statementCounter();
  console.log(
    `Tessera bench: ${connections} connections, ${seconds} s per route, node ${process.version}, ` +
      `${mysqlUrl ? 'MySQL/MariaDB' : 'SQLite'}, ${require('node:os').cpus().length} cores\n`,
  );
  try {
    const raw = await start(join(__dirname, 'servers/raw-http.js'), {}, (o) => (/listening/.test(o) ? {} : null));
    const baseline = await measure(raw, 'raw node:http (baseline)', '/');
    await stop(raw);
    const hello = await start(join(__dirname, 'servers/nest-hello.js'), {}, (o) => (/listening/.test(o) ? {} : null));
    await measure(hello, 'Nest + Fastify hello world', '/');
    await stop(hello);

    const t = await startTessera();
    const auth = { authorization: `Bearer ${t.key}` };
    const opts = (extra) => ({ counter, ...extra });
    try {
      await measure(t, 'warm-up (GET /api/v1/me)', '/api/v1/me', { headers: auth });
      results.pop();
      await measure(t, 'GET /health/live (no key, no database)', '/health/live', opts());
      await measure(t, 'GET /health/ready (ping reused ≤ 1 s)', '/health/ready', opts());
      const me = await measure(t, 'GET /api/v1/me (authentication only)', '/api/v1/me', opts({ headers: auth }));
      await measure(t, 'GET /api/v1/me/organizations', '/api/v1/me/organizations', opts({ headers: auth }));
      await measure(t, 'GET a workspace', `/api/v1/${t.workspace}`, opts({ headers: auth }));
      await measure(
        t,
        'GET the key list (page of all keys)',
        `/api/v1/${t.organization}/apiKeys`,
        opts({ headers: auth }),
      );
      await measure(
        t,
        'POST /api/v1/apiKeys:verify (a service checks a key)',
        '/api/v1/apiKeys:verify',
        opts({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ key: t.key, permissions: ['read:Workspace'] }),
        }),
      );
      await measure(t, 'wrong-checksum key → 401 (no database read)', '/api/v1/me', {
        headers: { authorization: `Bearer ${wrongChecksum(t.key)}` },
        expect: 401,
        counter,
      });
      await measure(t, 'unknown well-formed key → 401 (one lookup)', '/api/v1/me', {
        headers: { authorization: `Bearer ${unknownKey()}` },
        expect: 401,
        counter,
      });

      if (scale > 0) {
        console.log('');
        await createKeys(t, scale);
        const scaled = await measure(
          t,
          `GET /api/v1/me with ${scale + 1} keys stored`,
          '/api/v1/me',
          opts({ headers: auth }),
        );
        console.log(`auth throughput with ${scale + 1} keys ÷ with 1: ${(scaled.rps / me.rps).toFixed(2)}`);
      }
      console.log(`\nTessera peak RSS: ${peakRssMiB(t.child.pid).toFixed(0)} MiB`);
    } finally {
      await stop(t);
    }

    console.log('\nratios to raw node:http in this run (req/s ÷ baseline; server CPU per request × baseline):');
    for (const row of results.slice(1)) {
      console.log(
        `  ${row.title.padEnd(46)} ${(row.rps / baseline.rps).toFixed(2).padStart(5)}   cpu ×${(row.cpuUs / baseline.cpuUs).toFixed(1)}`,
      );
    }
  } finally {
    await counter?.close();
    rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
