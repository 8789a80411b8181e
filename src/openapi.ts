import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { EMPTY_SCHEMA as EMPTY_SCHEMA_NAME } from './common/api-empty-response';
import { CUSTOM_METHOD_MARK } from './common/custom-method';
import { BEARER_SCHEME } from './permissions/decorators';

/**
 * Swagger UI at /docs and the OpenAPI document at /docs-json. The "Authorize" button takes an API
 * key; every protected operation names its required permission in its description and as
 * `x-required-permissions` (written by @RequirePermissions).
 */
export const DOCS_PATH = 'docs';

export function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tessera API')
      .setDescription(
        'API keys (Personal Access Tokens) scoped to workspaces and permissions. Authenticate every ' +
          '/api/v1 request with `Authorization: Bearer <key>`. Errors are google.rpc.Status bodies.',
      )
      .setVersion('1.0.0')
      .setLicense('MIT', 'https://opensource.org/licenses/MIT')
      // Relative: the document describes the instance that serves it, wherever it is reached
      // (Swagger UI resolves it against the page; a generated client is given its base URL).
      .addServer('/', 'This Tessera instance (the paths include /api/v1)')
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'tsr_…',
          description: 'An API key (tsr_ followed by 49 characters).',
        },
        BEARER_SCHEME,
      )
      .build(),
  );
  // Routes declare custom methods as `{id}/~verb` (see common/custom-method.ts); clients call `{id}:verb`.
  document.paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [path.replace(`/${CUSTOM_METHOD_MARK}`, ':'), item]),
  );
  declarePathParameters(document);
  addComponents(document);
  addTags(document);
  addCommonErrorResponses(document);
  addResponseHeaders(document);
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { description?: string; 'x-required-permissions'?: string[] }[]) {
      const required = operation['x-required-permissions'];
      if (required?.length) {
        const line = `**Required permission:** ${required.map((p) => `\`${p}\``).join(', ')}`;
        operation.description = operation.description ? `${operation.description}\n\n${line}` : line;
      }
    }
  }
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
    // The pasted key lives in the page only: gone when the tab is closed or reloaded (API.md §8).
    // Swagger UI's persistAuthorization would keep it in localStorage, for good.
    swaggerOptions: { persistAuthorization: false, showExtensions: true, validatorUrl: null },
  });
}

const ERROR_SCHEMA = { $ref: '#/components/schemas/RpcStatusResponse' };
const header = (name: string) => ({ $ref: `#/components/headers/${name}` });

/**
 * Response headers, declared once and referenced where they apply: X-Request-Id on every answer,
 * WWW-Authenticate on a bearer 401, Retry-After on 429 and 503, the calling key's expiry signals on
 * authenticated answers (API.md §2, §10, §12).
 */
const HEADERS = {
  'X-Request-Id': {
    description:
      "The request's id: the caller's `X-Request-Id` when well-formed (1–128 of `A-Za-z0-9._:+/=@~-`), " +
      'else a new UUID. On every answer; audit events record it.',
    required: true,
    schema: { type: 'string', minLength: 1, maxLength: 128 },
  },
  'WWW-Authenticate': {
    description: 'The bearer challenge of RFC 6750, on every 401 of a route that takes a key.',
    required: true,
    schema: { type: 'string', example: 'Bearer realm="tessera"' },
  },
  'Retry-After': {
    description:
      'Seconds to wait before retrying: with 429 RATE_LIMITED (not with API_KEY_LIMIT_REACHED, which waits ' +
      'for a key to be deleted) and with 503 UNAVAILABLE.',
    schema: { type: 'integer', minimum: 1 },
  },
  'Tessera-Key-Expire-Time': {
    description: 'When the calling API key expires (RFC 3339). On every answer to an authenticated request.',
    schema: { type: 'string', format: 'date-time' },
  },
  Warning: {
    description: 'Within EXPIRY_WARNING_DAYS of that time: `299 tessera "API key expires <RFC 3339>"`.',
    schema: { type: 'string' },
  },
};

/** `{}`, the answer of every delete (API.md §1; common/api-empty-response.ts). */
const EMPTY_SCHEMA = {
  type: 'object',
  description: 'An empty JSON object, `{}` (google.protobuf.Empty).',
  properties: {},
  additionalProperties: false,
};

type Response = { description?: string; headers?: Record<string, unknown>; content?: unknown };
type OperationObject = {
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, Response>;
};

function operationsOf(document: OpenAPIObject): [path: string, operation: OperationObject][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.values(item as Record<string, OperationObject>).map((operation): [string, OperationObject] => [
      path,
      operation,
    ]),
  );
}

const takesKey = (operation: OperationObject) => (operation.security ?? []).some((r) => BEARER_SCHEME in r);

/**
 * Whatever the decorators did not say, stated for every operation so generated clients know it:
 * the security requirement (`[]` for public routes: health, verify, invitation acceptance), and the
 * components the declarations below refer to.
 */
function addComponents(document: OpenAPIObject): void {
  const components = (document.components ??= {});
  components.headers = { ...components.headers, ...HEADERS };
  components.schemas = { ...components.schemas, [EMPTY_SCHEMA_NAME]: EMPTY_SCHEMA };
  for (const [, operation] of operationsOf(document)) operation.security ??= [];
}

/** The tags operations use (`@ApiTags`), in this order, with what each groups. */
const TAGS: Record<string, string> = {
  Me: 'The calling key: who it belongs to, what it may do, its organization.',
  'API keys': 'Create, list, change, rotate and delete API keys; their daily usage.',
  Workspaces: "The organization's workspaces.",
  Organizations: 'The organization, its members, roles and invitations.',
  Invitations: 'Accepting an invitation: the invitation token is the credential, no key.',
  Permissions: 'The permission catalog a RESTRICTED key is granted from.',
  'Audit log': 'Who changed what, from where.',
  Integrations: 'For other services: verify a key a client presented to them.',
  Health: 'Liveness and readiness probes for load balancers; no key.',
};

/**
 * Lists every tag an operation uses (Redocly's operation-tag-defined): the known ones in TAGS'
 * order with their descriptions, then any other in alphabetical order (a new module's, until it
 * is described here; test/openapi.e2e-spec.ts asks for the description).
 */
function addTags(document: OpenAPIObject): void {
  const used = new Set(operationsOf(document).flatMap(([, operation]) => operation.tags ?? []));
  const known = Object.keys(TAGS).filter((name) => used.has(name));
  const others = [...used].filter((name) => !(name in TAGS)).sort();
  document.tags = [...known.map((name) => ({ name, description: TAGS[name] })), ...others.map((name) => ({ name }))];
}

/**
 * The error responses operations can give beyond their own (API.md §2). Every /api/v1 operation:
 * 400 (validation, malformed JSON, bad filter), 500 (a bug, with an error id) and 503 (database
 * down); with a request body also 413 (over BODY_LIMIT_BYTES) and 415 (not JSON). The health
 * routes can fail with 500 too. Responses particular to a route (401, 403, 404, 409, 429) are
 * declared on the route (common/errors/api-error-responses.ts, permissions/decorators.ts).
 */
function addCommonErrorResponses(document: OpenAPIObject): void {
  const error = (description: string) => ({ description, content: { 'application/json': { schema: ERROR_SCHEMA } } });
  for (const [path, operation] of operationsOf(document)) {
    const r = operation.responses;
    if (path.startsWith('/api/v1/')) {
      r['400'] ??= error('INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION.');
      if (operation.requestBody) {
        r['413'] ??= error('INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB).');
        r['415'] ??= error('INVALID_ARGUMENT: the body is not `application/json`.');
      }
      r['503'] ??= error('UNAVAILABLE: the database cannot be reached; retry (Retry-After).');
    }
    r['500'] ??= error('INTERNAL: a bug. The message carries an error id to quote; never a stack trace.');
  }
}

/**
 * Response headers (HEADERS above): X-Request-Id on every response; WWW-Authenticate on a 401 of a
 * route that takes a key; Retry-After on 429 and 503 errors; and on every response of an operation
 * that takes a key but its 401, the calling key's expiry signals (API.md §10), so generated
 * clients can read them.
 */
function addResponseHeaders(document: OpenAPIObject): void {
  for (const [, operation] of operationsOf(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const headers: Record<string, unknown> = {};
      if (takesKey(operation) && status !== '401') {
        headers['Tessera-Key-Expire-Time'] = header('Tessera-Key-Expire-Time');
        headers.Warning = header('Warning');
      }
      if (takesKey(operation) && status === '401') headers['WWW-Authenticate'] = header('WWW-Authenticate');
      const isError = JSON.stringify(response.content ?? {}).includes(ERROR_SCHEMA.$ref);
      if (isError && (status === '429' || status === '503')) headers['Retry-After'] = header('Retry-After');
      headers['X-Request-Id'] = header('X-Request-Id');
      response.headers = { ...headers, ...response.headers };
    }
  }
}

type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
  description?: string;
  example?: string;
};

/**
 * Every `{variable}` of a path is a required path parameter, whether or not the handler reads it
 * (API-key handlers take the organization from the principal), so "Try it out" can fill it in.
 */
function declarePathParameters(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const variables = [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]);
    for (const operation of Object.values(item) as { parameters?: Parameter[] }[]) {
      const parameters = (operation.parameters ??= []);
      for (const name of variables) {
        let parameter = parameters.find((p) => p.in === 'path' && p.name === name);
        if (!parameter) {
          parameter = { name, in: 'path', required: true, schema: { type: 'string' } };
          parameters.unshift(parameter);
        }
        // Swagger UI's fields take the id, the last part of a resource name: say so, with an example.
        parameter.description ??= PATH_PARAMETER_HELP[name] ?? `The ${name.replace(/Id$/, '')} id.`;
        parameter.example ??= EXAMPLE_ID;
      }
    }
  }
}

const EXAMPLE_ID = '0f3kq9x2m7c1v8b4n6z5a2s1d';
const PATH_PARAMETER_HELP: Record<string, string> = {
  organizationId:
    'The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).',
  workspaceId: 'The workspace id: the part after `workspaces/` in a workspace name.',
  userId: 'The user id: the part after `users/` in a user name.',
  apiKeyId: 'The API key id: the part after `apiKeys/` in a key name (never the key itself).',
  invitationId: 'The invitation id: the part after `invitations/` (or `invitation_id` in the list).',
};
