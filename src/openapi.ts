import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
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
  addCommonErrorResponses(document);
  addExpiryHeaders(document);
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

/**
 * The error responses every /api/v1 operation can give (API.md §2): 400 (validation, malformed
 * JSON, bad filter) and 503 (database down). Responses particular to a route (404, 409) are
 * declared on the route itself (common/errors/api-error-responses.ts).
 */
function addCommonErrorResponses(document: OpenAPIObject): void {
  const error = (description: string) => ({ description, content: { 'application/json': { schema: ERROR_SCHEMA } } });
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const operation of Object.values(item) as { responses: Record<string, unknown> }[]) {
      const r = operation.responses;
      r['400'] ??= error('INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION.');
      r['503'] ??= error('UNAVAILABLE: the database cannot be reached; retry.');
    }
  }
}

/**
 * Every authenticated answer carries the calling key's expiry signals (API.md §10): declared on each
 * response of every operation that takes a key, so generated clients can read them.
 */
function addExpiryHeaders(document: OpenAPIObject): void {
  const headers = {
    'Tessera-Key-Expire-Time': {
      description: 'When the calling API key expires (RFC 3339). On every authenticated answer.',
      schema: { type: 'string', format: 'date-time' },
    },
    Warning: {
      description: 'Within EXPIRY_WARNING_DAYS of that time: `299 tessera "API key expires <RFC 3339>"`.',
      schema: { type: 'string' },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as {
      security?: unknown[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    }[]) {
      if (!operation.security?.length) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status !== '401') response.headers = { ...headers, ...response.headers };
      }
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
