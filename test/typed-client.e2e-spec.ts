import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as ts from 'typescript';
import {
  type ApiKeyWithSecretResponse,
  createTesseraClient,
  errorReason,
  idOf,
  type TesseraClient,
} from '../clients/typescript';
import { KEY_SHAPE } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/**
 * The typed client of clients/typescript (issue 11): generated from the OpenAPI document, kept up
 * to date with it, and working against the running app over a real port. This file is type-checked
 * by `npm run typecheck`, so every call below is checked against the generated types.
 */
const ROOT = path.resolve(__dirname, '..');
const KEYS = '/api/v1/organizations/{organizationId}/apiKeys';
const KEY = '/api/v1/organizations/{organizationId}/apiKeys/{apiKeyId}';
const ROTATE = '/api/v1/organizations/{organizationId}/apiKeys/{apiKeyId}:rotate';

/**
 * Where two JSON values first differ (`/components/schemas/X/enum/0: "A" ≠ "B"`), or null. The
 * build's document (dist/, from `npm run build`) against the one the test app serves.
 */
function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}/${key}`,
      );
      if (found) return found;
    }
    return null;
  }
  return a === b
    ? null
    : `${at}: built ${JSON.stringify(a)} ≠ served ${JSON.stringify(b)} (dist/ stale? run \`npm run build\`)`;
}

describe('typed TypeScript client (clients/typescript)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let baseUrl: string;
  let admin: TesseraClient;

  beforeAll(async () => {
    t = await startApp();
    boot = await bootstrapOrganization(t, { title: 'Client Co', email: 'client@acme.test' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    admin = createTesseraClient({ baseUrl, apiKey: boot.key });
  });
  afterAll(() => t?.close());

  it('is up to date with the OpenAPI document of the build (else: run `npm run generate:client`)', async () => {
    // Regenerates schema.ts in memory from dist/ (npm test builds first) and compares it with the
    // committed file; on a difference the script says which line and what to run.
    const check = promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/generate-client.js'), '--check'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const outcome = await check.then(
      () => 'up to date',
      (error: Error & { stderr?: string }) => error.stderr || error.message,
    );
    expect(outcome).toBe('up to date');
  });

  it('generates from a document that does not depend on how the code was compiled (nest build or ts-jest)', async () => {
    // Enum orders taken from TypeScript union types follow the compiler's internal order, which
    // differs between the two; a client generated from such a document would churn. Enums come
    // from constant lists instead (IsOneOf, @ApiProperty({ enum })).
    const dir = mkdtempSync(path.join(tmpdir(), 'tessera-openapi-build-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/openapi-document.js'), file], {
        cwd: ROOT,
      });
      const built = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const served = (await t.http().get('/docs-json')).body as unknown;
      expect({ firstDifference: firstDifference(built, served) }).toEqual({ firstDifference: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates, lists, rotates and deletes a key against the running app', async () => {
    const organizationId = boot.organizationId;

    const created = await admin.POST(KEYS, {
      params: { path: { organizationId } },
      body: {
        display_name: 'typed client',
        expiration: 'EXPIRATION_30_DAYS',
        permission_level: 'PERMISSION_LEVEL_READ_ONLY',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      },
    });
    expect(created.response.status).toBe(201);
    const key: ApiKeyWithSecretResponse = created.data!;
    expect(key.key).toMatch(KEY_SHAPE);
    expect(key.permission_level).toBe('PERMISSION_LEVEL_READ_ONLY');
    const apiKeyId = idOf(key.name);

    const listed = await admin.GET(KEYS, {
      params: { path: { organizationId }, query: { filter: 'display_name = "typed client"', page_size: 10 } },
    });
    expect(listed.data?.api_keys.map((k) => k.name)).toEqual([key.name]);
    expect(listed.data?.next_page_token).toBe('');

    // The new key works through a client of its own, and the answer carries its expiry signal.
    const asNewKey = createTesseraClient({ baseUrl, apiKey: key.key });
    const me = await asNewKey.GET('/api/v1/me');
    expect(me.data?.api_key.name).toBe(key.name);
    expect(me.response.headers.get('Tessera-Key-Expire-Time')).toBe(key.expire_time);
    expect(me.response.headers.get('X-Request-Id')).toEqual(expect.any(String));

    const rotated = await admin.POST(ROTATE, {
      params: { path: { organizationId, apiKeyId } },
      body: { grace_period_seconds: 0 },
    });
    expect(rotated.response.status).toBe(200);
    expect(rotated.data?.name).toBe(key.name);
    expect(rotated.data?.key).not.toBe(key.key);

    // The old secret is dead at once: a typed 401 in the error model.
    const stale = await asNewKey.GET('/api/v1/me');
    expect(stale.response.status).toBe(401);
    expect(stale.data).toBeUndefined();
    expect(errorReason(stale.error)).toBe('API_KEY_INVALID');
    expect(stale.response.headers.get('WWW-Authenticate')).toBe('Bearer realm="tessera"');

    const deleted = await admin.DELETE(KEY, { params: { path: { organizationId, apiKeyId } } });
    expect(deleted.response.status).toBe(200);
    expect(deleted.data).toEqual({});

    const gone = await admin.GET(KEY, { params: { path: { organizationId, apiKeyId } } });
    expect(gone.response.status).toBe(404);
    expect(errorReason(gone.error)).toBe('NOT_FOUND');
    const afterDelete = createTesseraClient({ baseUrl, apiKey: rotated.data!.key });
    expect((await afterDelete.GET('/api/v1/me')).response.status).toBe(401);
  });

  it('reads error details by type: a bad body is 400 with the field in a BadRequest', async () => {
    const refused = await admin.POST(KEYS, {
      params: { path: { organizationId: boot.organizationId } },
      body: {
        display_name: ' ',
        expiration: 'EXPIRATION_30_DAYS',
        permission_level: 'PERMISSION_LEVEL_ALL',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      },
    });
    expect(refused.response.status).toBe(400);
    const badRequest = refused.error?.details.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.BadRequest');
    expect(badRequest && 'field_violations' in badRequest && badRequest.field_violations[0].field).toBe('display_name');
    expect(errorReason(refused.error)).toBe('INVALID_ARGUMENT');
  });

  it('calls public routes without a key', async () => {
    const live = await createTesseraClient({ baseUrl }).GET('/health/live');
    expect(live.data).toEqual({ status: 'ok' });
  });

  it('runs the five-line example of the READMEs as it is written, and it type-checks', async () => {
    const exampleOf = (file: string) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return /## Typed client[\s\S]*?```ts\n([\s\S]*?)```|^```ts\n([\s\S]*?)```/m.exec(text)?.slice(1).find(Boolean);
    };
    const example = exampleOf('README.md')!;
    expect(example.trim().split('\n')).toHaveLength(5);
    expect(exampleOf('clients/typescript/README.md')).toBe(example);

    // As a module of its own: the import points at the package folder, the rest runs in a function
    // (for the top-level awaits) that hands back what it read.
    const [importLine, ...body] = example.trim().split('\n');
    const client = path.join(ROOT, 'clients/typescript').split(path.sep).join('/');
    const source = [
      importLine.replace("'@tessera/client'", `'${client}'`),
      'export async function example() {',
      ...body,
      '  return { me, data };',
      '}',
    ].join('\n');
    const dir = mkdtempSync(path.join(tmpdir(), 'tessera-client-example-'));
    try {
      const file = path.join(dir, 'example.ts');
      writeFileSync(file, source);
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        esModuleInterop: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: ['node'],
        typeRoots: [path.join(ROOT, 'node_modules/@types')],
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);

      const js = ts.transpileModule(source.replace("'http://localhost:3000'", `'${baseUrl}'`), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      }).outputText;
      writeFileSync(path.join(dir, 'example.js'), js);
      process.env.TESSERA_KEY = boot.key;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { example: run } = require(path.join(dir, 'example.js')) as {
        example: () => Promise<{ me: { organization: string }; data: { api_keys: unknown[] } }>;
      };
      const { me, data } = await run();
      expect(me.organization).toBe(boot.organization);
      expect(data.api_keys.length).toBeGreaterThan(0);
    } finally {
      delete process.env.TESSERA_KEY;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /** Never run: it only has to compile. Each line below is a mistake the types must refuse. */
  function _refusedByTheCompiler(client: TesseraClient) {
    void client.POST(KEYS, {
      params: { path: { organizationId: 'o' } },
      // @ts-expect-error display_name is required
      body: {
        expiration: 'EXPIRATION_30_DAYS',
        permission_level: 'PERMISSION_LEVEL_ALL',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      },
    });
    void client.POST(KEYS, {
      params: { path: { organizationId: 'o' } },
      body: {
        display_name: 'x',
        // @ts-expect-error not an expiration preset
        expiration: 'EXPIRATION_2_DAYS',
        permission_level: 'PERMISSION_LEVEL_ALL',
        workspace_scope: 'WORKSPACE_SCOPE_ALL',
      },
    });
    // @ts-expect-error the path needs its organizationId
    void client.GET(KEYS, { params: { path: {} } });
    // @ts-expect-error no such route
    void client.GET('/api/v1/apiKeys');
  }
  void _refusedByTheCompiler;
});
