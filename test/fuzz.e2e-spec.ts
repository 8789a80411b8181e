import fc from 'fast-check';
import type { Response } from 'supertest';
import { checksumOf } from '../src/api-keys/key-format';
import { createKey } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

/**
 * Property-based robustness (API.md §1–§3): whatever a client sends — any JSON, malformed JSON,
 * huge or deeply nested bodies, any query string, any path segment, any Authorization header —
 * the answer is a 2xx or a 4xx, never a 5xx, and every error is a google.rpc.Status with an
 * ErrorInfo detail whose `code` matches the HTTP status.
 */

const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';
/** HTTP status → the google.rpc codes API.md §2 allows with it. */
const CODES_OF_STATUS: Record<number, number[]> = {
  400: [3, 9],
  401: [16],
  403: [7],
  404: [5],
  409: [6],
  413: [3],
  415: [3],
  429: [8],
  // Not in API.md's table, but acceptable for a URL the server will not route (as long as the body is a Status).
  414: [3, 5],
  431: [3],
};
const REASONS = [
  'API_KEY_INVALID',
  'PERMISSION_MISSING',
  'ORGANIZATION_MISMATCH',
  'WORKSPACE_OUT_OF_SCOPE',
  'ESCALATION_DENIED',
  'API_KEY_LIMIT_REACHED',
  'RATE_LIMITED',
  'INVALID_ARGUMENT',
  'FAILED_PRECONDITION',
  'NOT_FOUND',
  'ALREADY_EXISTS',
];

/** Throws (so fast-check reports and shrinks) unless the answer is a 2xx or a well-formed 4xx. */
function checkAnswer(res: Response, what: string): void {
  const fail = (why: string): never => {
    throw new Error(`${what}\n  -> HTTP ${res.status}: ${why}\n  body: ${String(res.text).slice(0, 600)}`);
  };
  if (res.status >= 200 && res.status < 300) return;
  if (res.status < 400 || res.status >= 500) fail('expected a 2xx or a 4xx');
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) fail('error is not application/json');
  const body = res.body as Record<string, unknown>;
  if (!body || typeof body !== 'object' || Array.isArray(body)) fail('error body is not a JSON object');
  if (Object.keys(body).sort().join(',') !== 'code,details,message')
    fail('error body is not exactly {code, message, details}');
  if (!Number.isInteger(body.code)) fail('code is not an integer');
  if (typeof body.message !== 'string' || body.message.length === 0) fail('message is not a non-empty string');
  if (!Array.isArray(body.details)) fail('details is not an array');
  const info = (body.details as Record<string, unknown>[]).find((d) => d && d['@type'] === ERROR_INFO);
  if (!info) fail('no google.rpc.ErrorInfo detail');
  if (!REASONS.includes(info!.reason as string)) fail(`unexpected ErrorInfo reason ${String(info!.reason)}`);
  if (info!.domain !== 'tessera') fail('ErrorInfo domain is not "tessera"');
  if (typeof info!.metadata !== 'object' || info!.metadata === null) fail('ErrorInfo metadata is not an object');
  if (!CODES_OF_STATUS[res.status]?.includes(body.code as number)) {
    fail(`code ${String(body.code)} does not go with HTTP ${res.status}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Strings of every kind: ASCII, any code point (lone surrogates included), graphemes (emoji, accents). */
const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '   ',
    '\u0000',
    '\t\n',
    'null',
    'undefined',
    '0',
    '-1',
    '30',
    'true',
    '__proto__',
    'constructor',
  ),
  fc.constantFrom(
    'é',
    'Café',
    '😀',
    '👩‍👩‍👧‍👦',
    '\u202e',
    '\uFEFF',
    '\uD800',
    'ǅ',
    'İ',
    'ß',
    '日本語',
    'x'.repeat(101),
    '😀'.repeat(100),
    '😀'.repeat(101),
  ),
);

/** A long string: from a few KB to past the 100 KiB body limit (UTF-8: 7 bytes per repetition). */
const hugeString = fc.integer({ min: 500, max: 20_000 }).map((n) => 'é😀x'.repeat(n));

/** Any JSON value, with unicode strings. */
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }),
  fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }),
);

/** A value for a known field: sometimes plausible, often not. */
function fieldValue(plausible: fc.Arbitrary<unknown>[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    ...plausible.map((arbitrary) => ({ weight: 3, arbitrary })),
    { weight: 2, arbitrary: anyString },
    { weight: 2, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
    { weight: 1, arbitrary: fc.array(anyString, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.constantFrom(-1, 0, 86400, 86401, 1e21, -0, 0.5, 2 ** 53, '30', [], {}, [[]], [null]) },
  );
}

/**
 * Nesting depth the properties explore. Deeper bodies (which used to overflow the stack in the
 * validation pipe) have their own explicit test below, so that bug cannot hide others.
 */
const MAX_FUZZ_DEPTH = 1000;

/** `[[[...]]]` nested `depth` times, as JSON text. */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/**
 * A request body as JSON text: objects with the route's field names and random values (plus
 * stray fields), any JSON at all, anything fast-check can build, malformed text, deeply nested
 * arrays, prototype-poisoning attempts, huge strings.
 */
function bodyText(fields: Record<string, fc.Arbitrary<unknown>[]>): fc.Arbitrary<string> {
  const names = Object.keys(fields);
  const shaped = fc
    .tuple(
      fc.record(Object.fromEntries(names.map((f) => [f, fieldValue(fields[f])])), { requiredKeys: [] }),
      fc.dictionary(anyString, anyJson, { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, withExtra]) => JSON.stringify(withExtra ? { ...extra, ...known } : known));
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 2, arbitrary: anyJson.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }).map(safeStringify) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: MAX_FUZZ_DEPTH }))
        .map(([f, depth]) => `{"${f}": ${nested(depth)}}`),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_FUZZ_DEPTH }).map(nested) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...names), hugeString).map(([f, s]) => JSON.stringify({ [f]: s })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'null',
        '[]',
        '""',
        '0',
        'true',
        '{',
        '{"a":}',
        '{"a":1,}',
        "{'a':1}",
        '{"a":1}{"b":2}',
        '\uFEFF{}',
        '{"__proto__": {"isAdmin": true}}',
        '{"constructor": {"prototype": {"isAdmin": true}}}',
        `{"${names[0]}": "\\ud800"}`,
        `{"${names[0]}": "a\\u0000b"}`,
        `{"${names[0]}": 1e999}`,
        `{"${names[0]}": 123456789012345678901234567890}`,
        `{"${names[0]}": "x", "${names[0]}": 5}`,
      ),
    },
  );
}

/** Random filters: AIP-160-ish token soup, plain random text, and very long conjunctions. */
const filterArb = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'title',
          'display_name',
          'state',
          'owner',
          'search',
          'role',
          'email',
          'create_time',
          'name',
          'title.x',
          '=',
          '!=',
          ':',
          '<',
          '>=',
          '~',
          'AND',
          'OR',
          'NOT',
          'and',
          '-',
          '(',
          ')',
          '"',
          "'",
          '\\',
          '\\"',
          '*',
          '"x"',
          "'y'",
          '"Café"',
          '"😀"',
          '"%"',
          '"_"',
          "'it''s'",
          '""',
          'STATE_ACTIVE',
          'STATE_EXPIRED',
          '"org-admin"',
          '"organizations/x/users/y"',
          '1',
          'null',
          'true',
          ' ',
          '  ',
          '\t',
        ),
        anyString,
      ),
      { maxLength: 14 },
    )
    .map((tokens) => tokens.join(' ')),
  anyString,
  fc
    .tuple(
      fc.integer({ min: 1, max: 100 }),
      fc.constantFrom('title = "x"', "display_name : 'k'", 'search : "a"', 'state = STATE_ACTIVE'),
    )
    .map(([n, clause]) => Array(n).fill(clause).join(' AND ')),
  fc.integer({ min: 1, max: 600 }).map((n) => '('.repeat(n) + 'title = "x"' + ')'.repeat(n)),
  fc.integer({ min: 1, max: 600 }).map((n) => 'title = "' + '\\"'.repeat(n) + '"'),
);

const orderByArb = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            'title',
            'display_name',
            'create_time',
            'update_time',
            'expire_time',
            'last_used_time',
            'email',
            'created_time',
            'updated_time',
            'name',
            'id',
            'asc',
            'desc',
            'ASC',
            'DESC',
            ',',
            ' ',
            '"',
            "'",
            '(',
            ')',
            ';',
            '--',
            'title; DROP TABLE workspace',
            '1',
            '-title',
            '+title',
            'title.x',
          ),
          anyString,
        ),
        { maxLength: 8 },
      ),
      fc.constantFrom(' ', ',', ', ', ''),
    )
    .map(([tokens, separator]) => tokens.join(separator)),
  anyString,
  fc.integer({ min: 1, max: 200 }).map((n) => Array(n).fill('title desc').join(', ')),
);

const pageSizeArb = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -5, max: 2000 }).map(String),
  fc.constantFrom(
    '',
    '0',
    '-0',
    '-1',
    '1000',
    '1001',
    '1e3',
    '0x10',
    ' 5',
    '5 ',
    '5.0',
    '5.5',
    '+5',
    '05',
    '٣',
    '１',
    '1000000000000000000000',
    '9007199254740993',
    'NaN',
    'Infinity',
    '-Infinity',
    'null',
    '[]',
    '%',
    'true',
  ),
  anyString,
);

const pageTokenArb = fc.oneof(
  anyString,
  fc.base64String({ maxLength: 200 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/),
  fc.integer({ min: 1, max: 3000 }).map((n) => 'A'.repeat(n)),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? '').toString('base64url')),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v) ?? '').toString('base64')),
);

/** Percent-encodes, turning lone surrogates into U+FFFD instead of throwing. */
function encode(value: string): string {
  return encodeURIComponent((value as unknown as { toWellFormed(): string }).toWellFormed());
}

/**
 * Node refuses request heads over 16 KiB before the application sees them; the properties stay
 * below that (an explicit test covers the oversize case) so they exercise the application.
 */
const MAX_FUZZ_QUERY_LENGTH = 10_000;

/** A query string over the list parameters: encoded or raw, repeated keys, stray keys. */
const queryStringArb = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constant('page_size'), pageSizeArb),
      fc.tuple(fc.constant('page_token'), pageTokenArb),
      fc.tuple(fc.constant('filter'), filterArb),
      fc.tuple(fc.constant('order_by'), orderByArb),
      fc.tuple(
        fc.oneof(anyString, fc.constantFrom('access_token', 'pageSize', 'filter[]', 'order_by[x]', '__proto__')),
        anyString,
      ),
    ),
    { maxLength: 5 },
  )
  .chain((pairs) =>
    fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }).map((raw) => {
      let query = '';
      pairs.forEach(([k, v], i) => {
        const pair = raw[i] ? `${k}=${v}` : `${encode(k)}=${encode(v)}`;
        if (query.length + pair.length < MAX_FUZZ_QUERY_LENGTH) query += (query ? '&' : '') + pair;
      });
      return query;
    }),
  );

/**
 * Fastify refuses a path parameter over 200 characters (maxParamLength) before routing; the
 * property stays just below it, and an explicit test covers longer ones.
 */
const MAX_FUZZ_SEGMENT_LENGTH = 190;

/** A path segment: random text, URL-special pieces (`%`, `..`, `:`, `~`, encodings), long. */
const segmentArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(
      fc.constantFrom(
        '%',
        '%%',
        '%2',
        '%zz',
        '%G0',
        '..',
        '.',
        ':',
        '::',
        '~',
        '~rotate',
        ':rotate',
        ':ROTATE',
        ':delete',
        '%3A',
        '%3a',
        '%3Arotate',
        '%7E',
        '%7Erotate',
        '%2F',
        '%2f',
        '%5C',
        '%00',
        '%25',
        '%2e%2e',
        '%2E',
        '%C0%AF',
        '%FF',
        '%E2%82',
        '%F0%9F%98%80',
        'é',
        '😀',
        'a',
        'Z',
        '0',
        '-',
        '_',
        '{',
        '}',
        '*',
        '$',
        "'",
        '"',
        '+',
        ';',
        ',',
        '=',
        '@',
        '!',
        '(',
        ')',
        '[',
        ']',
        '|',
        '^',
        '`',
        '<',
        '>',
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((pieces) => pieces.join('')),
  fc.integer({ min: 100, max: MAX_FUZZ_SEGMENT_LENGTH }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 20, max: Math.floor(MAX_FUZZ_SEGMENT_LENGTH / 3) }).map((n) => '%41'.repeat(n)),
);

/** An Authorization header value that is never a valid key (Node refuses control characters, so none here). */
function badAuthorizationArb(realKey: string): fc.Arbitrary<string> {
  const headerChar = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)),
    fc.constant('\t'),
  );
  const headerString = fc.string({ unit: headerChar, maxLength: 80 });
  const base62 = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
  const scheme = fc.constantFrom(
    'Bearer',
    'bearer',
    'BEARER',
    'bEaReR',
    'Basic',
    'Token',
    'Bearer:',
    'Bearer=',
    'Key',
    '',
  );
  /** The real key with one character changed: the checksum catches it. */
  const mutatedRealKey = fc
    .tuple(fc.integer({ min: 0, max: realKey.length - 1 }), base62)
    .filter(([i, c]) => realKey[i] !== c)
    .map(([i, c]) => realKey.slice(0, i) + c + realKey.slice(i + 1));
  const token = fc.oneof(
    headerString,
    fc.string({ unit: base62, minLength: 49, maxLength: 49 }).map((s) => 'tsr_' + s),
    fc.string({ unit: base62, minLength: 43, maxLength: 43 }).map((s) => 'tsr_' + s + checksumOf('tsr_' + s)),
    mutatedRealKey,
    fc.constantFrom(
      realKey.slice(0, -1),
      realKey + 'a',
      realKey.slice(0, 12),
      realKey.toLowerCase(),
      realKey.toUpperCase(),
      realKey.slice(4),
    ),
    fc.integer({ min: 100, max: 8000 }).map((n) => 'tsr_' + 'a'.repeat(n)),
  );
  return fc
    .oneof(
      headerString,
      fc.tuple(scheme, fc.constantFrom(' ', '  ', '\t', ''), token).map(([s, sep, k]) => `${s}${sep}${k}`),
      token,
    )
    .filter((value) => !/^\s*bearer\s+/i.test(value) || value.replace(/^\s*bearer\s+/i, '').trim() !== realKey);
}

// ---------------------------------------------------------------------------------------------

describe('Robustness under random input (property-based)', () => {
  let t: TestApp;
  let key: string;
  let org: string;
  let orgId: string;
  let workspace: string;
  let user: string;
  let patchTarget: string;
  let rotateTarget: string;
  let realPageToken: string;
  const RUNS = 150;
  /** Bounded runs: on a slow machine a property stops after 15 s (passing with fewer runs) rather than time out. */
  const runs = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 15_000 });

  beforeAll(async () => {
    t = await startApp({ env: { AUTH_FAILURES_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' } });
    const boot = await bootstrapOrganization(t);
    key = boot.key;
    org = boot.organization;
    orgId = boot.organizationId;
    workspace = boot.workspace;
    user = boot.user;
    // PATCH and rotate act on keys of their own, so the admin key keeps its power and its secret.
    patchTarget = (await createKey(t, key, org, { display_name: 'patch target' })).name;
    rotateTarget = (await createKey(t, key, org, { display_name: 'rotate target' })).name;
    const page = await t.http().get(`/api/v1/${org}/apiKeys?page_size=1`).set('Authorization', `Bearer ${key}`);
    realPageToken = page.body.next_page_token;
    expect(realPageToken).not.toBe('');
  });
  afterAll(() => t?.close());

  const call = (method: 'get' | 'post' | 'patch', path: string, body?: string) => {
    const req = t.http()[method](path).set('Authorization', `Bearer ${key}`);
    return body === undefined ? req : req.set('Content-Type', 'application/json').send(body);
  };
  const describeCall = (method: string, path: string, body?: string) =>
    `${method.toUpperCase()} ${path.slice(0, 300)}${body === undefined ? '' : `\n  with body: ${body.slice(0, 300)}`}`;

  async function fuzzBodies(
    method: 'post' | 'patch',
    path: () => string,
    fields: Record<string, fc.Arbitrary<unknown>[]>,
  ) {
    await fc.assert(
      fc.asyncProperty(bodyText(fields), async (body) => {
        const res = await call(method, path(), body);
        checkAnswer(res, describeCall(method, path(), body));
      }),
      runs(RUNS),
    );
  }

  describe('random JSON bodies', () => {
    const titles = () => [
      fc.string({ minLength: 1, maxLength: 100 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }),
    ];
    const workspaceNames = () => [
      fc.array(fc.oneof(fc.constant(workspace), fc.constant(`${org}/workspaces/nope`), anyString), { maxLength: 4 }),
    ];
    const permissionNames = () => [
      fc.array(
        fc.constantFrom(
          'read:Workspace',
          'create:ApiKey',
          'read:ApiKey',
          'update:Organization',
          'read:Nope',
          'read:',
          ':',
          '',
        ),
        { maxLength: 4 },
      ),
    ];
    const levels = () => [
      fc.constantFrom(
        'PERMISSION_LEVEL_ALL',
        'PERMISSION_LEVEL_READ_ONLY',
        'PERMISSION_LEVEL_RESTRICTED',
        'permission_level_all',
      ),
    ];
    const scopes = () => [
      fc.constantFrom('WORKSPACE_SCOPE_ALL', 'WORKSPACE_SCOPE_SPECIFIC', 'WORKSPACE_SCOPE_UNSPECIFIED'),
    ];

    it('POST organizations/{o}/workspaces never answers 5xx', () =>
      fuzzBodies('post', () => `/api/v1/${org}/workspaces`, {
        title: titles(),
        workspace_icon: [anyString],
        workspace_icon_color: [fc.constantFrom('#3366ff', 'red', '')],
      }));

    it('PATCH organizations/{o} never answers 5xx', () =>
      fuzzBodies('patch', () => `/api/v1/${org}`, { title: titles() }));

    it('POST organizations/{o}/users never answers 5xx', () =>
      fuzzBodies('post', () => `/api/v1/${org}/users`, {
        email: [
          fc.emailAddress(),
          fc.constantFrom(
            'a@b.c',
            'ADMIN@acme.test',
            'admin@acme.test',
            'not-an-email',
            'é@ü.de',
            '😀@x.io',
            '"a b"@x.io',
          ),
        ],
        display_name: titles(),
        role: [fc.constantFrom('org-admin', 'org-member', 'ORG-ADMIN', 'owner')],
      }));

    it('POST organizations/{o}/apiKeys never answers 5xx', () =>
      fuzzBodies('post', () => `/api/v1/${org}/apiKeys`, {
        display_name: titles(),
        expiration: [
          fc.constantFrom(
            'EXPIRATION_7_DAYS',
            'EXPIRATION_30_DAYS',
            'EXPIRATION_1_YEAR',
            'EXPIRATION_2_YEARS',
            'expiration_7_days',
          ),
        ],
        permission_level: levels(),
        permissions: permissionNames(),
        workspace_scope: scopes(),
        workspaces: workspaceNames(),
      }));

    it('PATCH organizations/{o}/apiKeys/{k} never answers 5xx', () =>
      fuzzBodies('patch', () => `/api/v1/${patchTarget}`, {
        display_name: titles(),
        permission_level: levels(),
        permissions: permissionNames(),
        workspace_scope: scopes(),
        workspaces: workspaceNames(),
        expiration: [fc.constant('EXPIRATION_7_DAYS')],
      }));

    it('POST organizations/{o}/apiKeys/{k}:rotate never answers 5xx', () =>
      fuzzBodies('post', () => `/api/v1/${rotateTarget}:rotate`, {
        grace_period_seconds: [fc.integer({ min: -10, max: 90_000 }), fc.constantFrom(0, 86400, 86401, 1.5, '10')],
      }));
  });

  describe('inputs past the limits the properties stay under', () => {
    const bodyRoutes = (): [string, 'post' | 'patch', string, string][] => [
      ['POST workspaces', 'post', `/api/v1/${org}/workspaces`, 'title'],
      ['PATCH organization', 'patch', `/api/v1/${org}`, 'title'],
      ['POST users', 'post', `/api/v1/${org}/users`, 'display_name'],
      ['POST apiKeys', 'post', `/api/v1/${org}/apiKeys`, 'display_name'],
      ['PATCH apiKey', 'patch', `/api/v1/${patchTarget}`, 'display_name'],
      ['rotate', 'post', `/api/v1/${rotateTarget}:rotate`, 'grace_period_seconds'],
    ];

    it.each([2_000, 10_000, 40_000])('refuses JSON nested %i levels deep with a 400, never a 500', async (depth) => {
      for (const [label, method, path, field] of bodyRoutes()) {
        for (const body of [nested(depth), `{"${field}": ${nested(depth)}}`]) {
          const res = await call(method, path, body);
          checkAnswer(res, `${label} with ${body.slice(0, 20)}... (depth ${depth})`);
          expect(res.status).toBe(400);
          expect(res.body.code).toBe(3);
        }
      }
    });

    it('refuses an email holding a lone surrogate (not Unicode text) with 400, never a 500', async () => {
      for (const email of ['\\ud800', '\\ud800@example.com', 'a@exa\\udfffmple.com']) {
        const body = `{"email": "${email}", "display_name": "Surrogate", "role": "org-member"}`;
        const res = await call('post', `/api/v1/${org}/users`, body);
        checkAnswer(res, describeCall('post', `/api/v1/${org}/users`, body));
        expect(res.status).toBe(400);
        expect(res.body.code).toBe(3);
      }
    });

    it('answers a path segment longer than any id (201 to 5000 characters) with a Status error, not a framework body', async () => {
      for (const length of [201, 1_000, 5_000]) {
        const segment = 'a'.repeat(length);
        for (const [method, url, body] of [
          ['get', `/api/v1/organizations/${segment}/workspaces`, undefined],
          ['post', `/api/v1/organizations/${segment}/workspaces`, '{"title":"x"}'],
          ['patch', `/api/v1/organizations/${segment}`, '{"title":"x"}'],
          ['patch', `/api/v1/${org}/apiKeys/${segment}`, '{"display_name":"x"}'],
          ['post', `/api/v1/${org}/apiKeys/${segment}:rotate`, '{}'],
          ['get', `/api/v1/${org}/users/${segment}`, undefined],
        ] as const) {
          const res = await call(method, url, body);
          checkAnswer(res, describeCall(method, url, body));
          expect(res.status).toBeGreaterThanOrEqual(400);
        }
      }
    });

    it('answers a malformed percent-encoding in a path parameter with a Status error', async () => {
      for (const segment of ['%', '%zz', '%E0%A4%A', '%C0', 'abc%', '%%41']) {
        for (const [method, url, body] of [
          ['get', `/api/v1/organizations/${segment}/workspaces`, undefined],
          ['patch', `/api/v1/${org}/apiKeys/${segment}`, '{"display_name":"x"}'],
          ['post', `/api/v1/${org}/apiKeys/${segment}:rotate`, '{}'],
        ] as const) {
          const res = await call(method, url, body);
          checkAnswer(res, describeCall(method, url, body));
          expect(res.status).toBeGreaterThanOrEqual(400);
        }
      }
    });

    it('answers a request line over the server header limit (20 KB of query) with a Status error', async () => {
      const url = `/api/v1/${org}/workspaces?filter=${'x'.repeat(20_000)}`;
      const res = await call('get', url);
      checkAnswer(res, describeCall('get', url));
      expect(res.status).toBeGreaterThanOrEqual(400);
    });
  });

  describe('random query strings on lists', () => {
    it.each([
      ['organizations/{o}/workspaces', () => `/api/v1/${org}/workspaces`],
      ['organizations/{o}/users', () => `/api/v1/${org}/users`],
      ['organizations/{o}/apiKeys', () => `/api/v1/${org}/apiKeys`],
      ['me/organizations/{o}/workspaces', () => `/api/v1/me/${org}/workspaces`],
    ])('GET %s never answers 5xx', async (_label, path) => {
      await fc.assert(
        fc.asyncProperty(queryStringArb, async (query) => {
          const url = `${path()}?${query}`;
          checkAnswer(await call('get', url), describeCall('get', url));
        }),
        runs(RUNS),
      );
    });

    it('a real page token reused with random filter/order_by/page_size never answers 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({ filter: filterArb, order_by: orderByArb, page_size: pageSizeArb }, { requiredKeys: [] }),
          fc.oneof(
            fc.constant(realPageToken),
            fc
              .integer({ min: 0, max: realPageToken.length - 1 })
              .map((i) => realPageToken.slice(0, i) + realPageToken.slice(i + 1)),
            fc
              .tuple(
                fc.integer({ min: 0, max: realPageToken.length - 1 }),
                fc.constantFrom('A', 'z', '_', '-', '0', '=', '.'),
              )
              .map(([i, c]) => realPageToken.slice(0, i) + c + realPageToken.slice(i + 1)),
          ),
          async (params, token) => {
            const query = Object.entries({ ...params, page_token: token })
              .map(([k, v]) => `${k}=${encode(v)}`)
              .join('&');
            const url = `/api/v1/${org}/apiKeys?${query}`;
            checkAnswer(await call('get', url), describeCall('get', url));
          },
        ),
        runs(RUNS),
      );
    });
  });

  describe('random path segments', () => {
    const routes: [string, 'get' | 'post' | 'patch', (seg: string) => string, string | undefined][] = [
      ['GET organizations/{seg}/workspaces', 'get', (s) => `/api/v1/organizations/${s}/workspaces`, undefined],
      [
        'POST organizations/{seg}/workspaces',
        'post',
        (s) => `/api/v1/organizations/${s}/workspaces`,
        '{"title":"from a fuzzed path"}',
      ],
      ['GET organizations/{seg}/users', 'get', (s) => `/api/v1/organizations/${s}/users`, undefined],
      [
        'POST organizations/{seg}/users',
        'post',
        (s) => `/api/v1/organizations/${s}/users`,
        '{"email":"p@x.io","display_name":"P","role":"org-member"}',
      ],
      ['GET organizations/{seg}/apiKeys', 'get', (s) => `/api/v1/organizations/${s}/apiKeys`, undefined],
      ['PATCH organizations/{seg}', 'patch', (s) => `/api/v1/organizations/${s}`, '{"title":"Acme"}'],
      ['GET organizations/{o}/workspaces/{seg}', 'get', (s) => `/api/v1/${org}/workspaces/${s}`, undefined],
      [
        'PATCH organizations/{o}/apiKeys/{seg}',
        'patch',
        (s) => `/api/v1/${org}/apiKeys/${s}`,
        '{"display_name":"renamed"}',
      ],
      ['POST organizations/{o}/apiKeys/{seg}:rotate', 'post', (s) => `/api/v1/${org}/apiKeys/${s}:rotate`, '{}'],
      ['POST organizations/{o}/apiKeys/{seg}', 'post', (s) => `/api/v1/${org}/apiKeys/${s}`, '{}'],
      ['GET organizations/{o}/users/{seg}', 'get', (s) => `/api/v1/${org}/users/${s}`, undefined],
      ['GET {seg}', 'get', (s) => `/api/v1/${s}`, undefined],
    ];

    it('no route answers 5xx or a non-Status error, whatever the path segment', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          fc.oneof(
            { weight: 5, arbitrary: segmentArb },
            // A real id with junk around it.
            {
              weight: 1,
              arbitrary: fc
                .tuple(
                  fc.constantFrom(
                    orgId,
                    patchTarget.split('/').pop()!,
                    workspace.split('/').pop()!,
                    user.split('/').pop()!,
                  ),
                  segmentArb,
                  fc.boolean(),
                )
                .map(([id, junk, before]) => (before ? junk + id : id + junk).slice(0, MAX_FUZZ_SEGMENT_LENGTH)),
            },
          ),
          async ([, method, path, body], segment) => {
            const url = path(segment);
            checkAnswer(await call(method, url, body), describeCall(method, url, body));
          },
        ),
        runs(250),
      );
    });
  });

  describe('random Authorization headers', () => {
    it('any header that is not a valid key answers exactly the one 401 body', async () => {
      const routes: [string, 'get' | 'post' | 'patch', () => string, string | undefined][] = [
        ['GET /me', 'get', () => '/api/v1/me', undefined],
        ['GET workspaces', 'get', () => `/api/v1/${org}/workspaces?access_token=${key}`, undefined],
        [
          'POST apiKeys',
          'post',
          () => `/api/v1/${org}/apiKeys`,
          JSON.stringify({
            display_name: 'x',
            expiration: 'EXPIRATION_7_DAYS',
            permission_level: 'PERMISSION_LEVEL_ALL',
            workspace_scope: 'WORKSPACE_SCOPE_ALL',
            access_token: key,
          }),
        ],
        ['PATCH organization', 'patch', () => `/api/v1/${org}`, '{"title":"Hijacked"}'],
        ['rotate', 'post', () => `/api/v1/${rotateTarget}:rotate`, '{}'],
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          badAuthorizationArb(key),
          async ([label, method, path, body], header) => {
            let req = t.http()[method](path()).set('Authorization', header);
            if (body !== undefined) req = req.set('Content-Type', 'application/json').send(body);
            const res = await req;
            const what = `${label} with Authorization: ${JSON.stringify(header).slice(0, 200)}`;
            if (res.status !== 401)
              throw new Error(`${what}\n  -> HTTP ${res.status}, expected 401: ${String(res.text).slice(0, 300)}`);
            checkAnswer(res, what);
            expect(res.headers['www-authenticate']).toBe('Bearer realm="tessera"');
            expect(res.body).toEqual({
              code: 16,
              message: expect.any(String),
              details: [{ '@type': ERROR_INFO, reason: 'API_KEY_INVALID', domain: 'tessera', metadata: {} }],
            });
          },
        ),
        runs(250),
      );
      // Nothing a rejected request carried was applied.
      const orgNow = await t.http().get(`/api/v1/${org}`).set('Authorization', `Bearer ${key}`);
      expect(orgNow.status).toBe(200);
      expect(orgNow.body.title).not.toBe('Hijacked');
    });
  });

  it('the admin key still works after all of it (no fuzzed request broke the service)', async () => {
    const res = await call('get', '/api/v1/me');
    expect(res.status).toBe(200);
    expect(res.body.organization).toBe(org);
    const health = await t.http().get('/health');
    expect(health.status).toBe(200);
  });
});
