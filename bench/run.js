#!/usr/bin/env node
/*
 * `npm run bench`: the cost of authentication. Starts the built server (dist/) on a fresh SQLite
 * database, takes the demo admin key it prints, and measures with autocannon, in one run on one
 * machine, GET /health (no key, one database ping) against authenticated routes:
 *   GET /api/v1/me                                 (key lookup + owner + response)
 *   GET /api/v1/organizations/{o}/workspaces/{w}   (key lookup + permission + scope + one row)
 * and a burst of requests with invalid keys (rejected without a database read).
 * Prints requests/s and the ratios, and the server's resident memory. Loopback only; bounded.
 * Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50), DATABASE_URL to
 * benchmark against MySQL instead (TESSERA_KEY_PEPPER then required; the key comes from the CLI).
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const autocannon = require('autocannon');

const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const port = 3900 + Math.floor(Math.random() * 90);
const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-'));
const root = join(__dirname, '..');
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: process.env.DATABASE_URL || `sqlite:${join(dir, 'bench.sqlite')}`,
  RATE_LIMIT_PER_MINUTE: '0',
  AUTH_FAILURES_PER_MINUTE: '0',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
};

function startServer() {
  const server = spawn(process.execPath, [join(root, 'dist/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stderr}`)), 30000);
    server.stderr.on('data', (d) => {
      stderr += d;
      const key = /Admin key:\s+(tsr_[0-9A-Za-z]{49})/.exec(stderr);
      const org = /Organization:\s+(organizations\/[0-9a-z]+)/.exec(stderr);
      const ws = /Workspace:\s+(organizations\/[0-9a-z]+\/workspaces\/[0-9a-z]+)/.exec(stderr);
      if (key && org && ws) {
        clearTimeout(timer);
        resolve({ server, key: key[1], org: org[1], workspace: ws[1] });
      }
    });
    server.stdout.resume();
    server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${stderr}`)));
  });
}

function run(title, path, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: seconds, headers }, (err, result) => {
      if (err) return reject(err);
      const ok = result['2xx'];
      const rps = result.requests.average;
      console.log(
        `${title.padEnd(44)} ${rps.toFixed(0).padStart(8)} req/s  p99 ${String(result.latency.p99).padStart(4)} ms  (2xx ${ok}, non-2xx ${result.non2xx}, errors ${result.errors})`,
      );
      resolve({ rps, result });
    });
  });
}

function rssOf(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}

(async () => {
  if (process.env.DATABASE_URL) {
    console.error('With DATABASE_URL set, the demo is not created: run against SQLite (unset DATABASE_URL).');
    process.exit(2);
  }
  const { server, key, org, workspace } = await startServer();
  try {
    console.log(`Tessera bench: ${connections} connections, ${seconds} s per route, node ${process.version}, SQLite\n`);
    const auth = { authorization: `Bearer ${key}` };
    await run('warm-up', '/api/v1/me', auth);
    const health = await run('GET /health (no key)', '/health');
    const me = await run('GET /api/v1/me (key)', '/api/v1/me', auth);
    const ws = await run('GET workspace (key + permission + scope)', `/api/v1/${workspace}`, auth);
    const bad = await run('GET /api/v1/me with a bad-checksum key (401)', '/api/v1/me', {
      authorization: `Bearer ${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`,
    });
    console.log('');
    console.log(`ratio authenticated GET workspace / GET /health: ${(ws.rps / health.rps).toFixed(2)}`);
    console.log(`ratio GET /me / GET /health:                    ${(me.rps / health.rps).toFixed(2)}`);
    console.log(`ratio rejected bad key / GET /health:            ${(bad.rps / health.rps).toFixed(2)}`);
    console.log(`server resident memory after the run: ${rssOf(server.pid).toFixed(0)} MiB`);
    void org;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.on('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
