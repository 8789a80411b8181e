import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usingMysql } from './support/test-database';

const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const hasJq = spawnSync('jq', ['--version']).status === 0;

/** The bash blocks of the README section that starts with `heading` (up to the next heading). */
function bashBlocksAfter(readme: string, heading: string): string {
  const section = readme.slice(readme.indexOf(heading)).split(/\n## /)[0];
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
}

/**
 * The README's quick start, run as a newcomer would: the built server on a fresh SQLite database,
 * the `export` line it printed, then the walkthrough's commands copied verbatim (API.md §15).
 * Needs curl and jq (the README says so); .ci/run installs jq.
 */
(usingMysql() || !hasJq ? describe.skip : describe)('README walkthrough (needs jq)', () => {
  let dir: string;
  let server: ChildProcess;
  let banner = '';
  const port = 21000 + Math.floor(Math.random() * 20000);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-readme-'));
    server = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
        NODE_ENV: 'development',
        TESSERA_DEMO: 'true',
        TESSERA_KEY_PEPPER: '',
        HOST: '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server.stderr?.on('data', (d) => (banner += d));
    const deadline = Date.now() + 30_000;
    while (!/export KEY=/.test(banner)) {
      if (Date.now() > deadline) throw new Error(`no demo banner:\n${banner}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(() => {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes from the printed export line to a working restricted key, an invited teammate and the audit log', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const exportLine = /^\s*(export KEY=\S+ ORG=\S+ WS=\S+)$/m.exec(banner)?.[1] as string;
    const script = ['set -euo pipefail', exportLine, bashBlocksAfter(readme, 'The same from a terminal')]
      .join('\n')
      .replaceAll('http://localhost:3000', `http://127.0.0.1:${port}`);
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = run.stdout.trim().split('\n');
    // The status codes the walkthrough's comments promise, in order.
    expect(lines.filter((l) => /^\d{3}$/.test(l))).toEqual(['200', '403', '200', '401']);
    expect(run.stdout).toContain('"role": "org-admin"');
    expect(run.stdout).toContain('"user": "sam@example.com"');
    expect(run.stdout).toMatch(/user\.invited by Demo Admin/);
  });
});
