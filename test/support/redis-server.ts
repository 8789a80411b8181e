import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real Redis servers for the fleet tests (API.md §12), never a mock: a private `redis-server` per
 * test file on a free loopback port, in a temp dir, without persistence. Tests that need one run
 * only where the binary exists (Debian's redis-server; .ci/run installs it and sets
 * TESSERA_REQUIRE_REDIS=1 so they can never be skipped there); elsewhere they are skipped, saying why.
 */
export const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server'].find(
  (path) => existsSync(path),
);

/** `describe`, or `describe.skip` with the reason printed once when no redis-server is installed. */
export function describeWithRedis(name: string, fn: () => void): void {
  if (REDIS_SERVER) return describe(name, fn);
  if (process.env.TESSERA_REQUIRE_REDIS === '1') {
    throw new Error('TESSERA_REQUIRE_REDIS=1 but no redis-server binary was found (apt-get install redis-server)');
  }
  process.stderr.write(`[skip] ${name}: no redis-server binary (apt-get install redis-server to run these tests)\n`);
  describe.skip(name, fn);
}

export interface TestRedis {
  url: string;
  port: number;
  /** SIGKILLs the server (an outage, not a clean stop). */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: no persistence). */
  restart(): Promise<void>;
  /** Runs one command through redis-cli-less RESP (PING, FLUSHALL, DEBUG SLEEP n, ...). */
  command(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  if (!REDIS_SERVER) throw new Error('redis-server is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'tessera-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;

  const launch = async () => {
    const proc = spawn(
      REDIS_SERVER,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--enable-debug-command',
        'yes',
      ],
      { stdio: 'ignore' },
    );
    child = proc;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}`);
      if ((await send(port, ['PING']).catch(() => '')) === '+PONG') return;
      if (Date.now() > deadline) throw new Error('redis-server did not answer within 10 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const kill = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    restart: launch,
    command: (...args) => send(port, args),
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One RESP command; answers the first reply line (enough for PING, FLUSHALL, DEBUG SLEEP, GET). */
function send(port: number, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('redis command timed out')));
    socket.on('error', reject);
    socket.on('data', (d) => {
      data += String(d);
      if (data.includes('\r\n')) {
        socket.end();
        resolve(data.split('\r\n')[0]);
      }
    });
    socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
