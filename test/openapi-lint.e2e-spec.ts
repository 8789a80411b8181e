import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { startApp, TestApp } from './support/test-app';

/**
 * The OpenAPI document passes Redocly's linter (redocly.yaml: the `recommended` rules and stricter
 * ones) without a single problem, so third-party tools and client generators take it as it is.
 * The CLI runs in a child process (it is an ES module, and it is what `npm run lint:openapi` runs),
 * offline: no telemetry, no update check.
 */
const ROOT = path.resolve(__dirname, '..');
const REDOCLY = path.join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');

type LintReport = {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
};

describe('OpenAPI lint (Redocly)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await startApp();
    dir = mkdtempSync(path.join(tmpdir(), 'tessera-openapi-lint-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  async function lint(document: object): Promise<LintReport> {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const run = promisify(execFile)(
      process.execPath,
      [REDOCLY, 'lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format=json'],
      {
        cwd: ROOT,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    // Exit code 1 means "problems found": the report on stdout says which.
    const { stdout } = await run.catch((error: Error & { stdout?: string; stderr?: string }) => {
      if (!error.stdout) throw new Error(`redocly lint did not run: ${error.stderr || error.message}`);
      return { stdout: error.stdout };
    });
    return JSON.parse(stdout) as LintReport;
  }

  it('finds no error and no warning in /docs-json', async () => {
    const document = (await t.http().get('/docs-json')).body as object;
    const report = await lint(document);
    const problems = report.problems.map(
      (p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('is not a linter that passes everything: a document missing X-Request-Id and a summary fails', async () => {
    const document = (await t.http().get('/docs-json')).body as {
      paths: Record<string, Record<string, { summary?: string; responses: Record<string, { headers?: object }> }>>;
    };
    const live = document.paths['/health/live'].get;
    delete live.summary;
    delete live.responses['200'].headers;
    const report = await lint(document);
    expect(report.problems.map((p) => p.ruleId).sort()).toEqual(['operation-summary', 'response-contains-header']);
  });
});
