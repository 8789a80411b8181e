import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CUSTOM_METHOD_MARK } from './common/custom-method';
import { BEARER_SCHEME } from './permissions/decorators';

/**
 * Swagger UI at /docs and the OpenAPI document at /docs-json. The "Authorize" button takes an API
 * key; every protected operation names its required permission in its description and as
 * `x-required-permissions` (written by @RequirePermissions).
 */
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
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key: tsr_…' }, BEARER_SCHEME)
      .build(),
  );
  // Routes declare custom methods as `{id}/~verb` (see common/custom-method.ts); clients call `{id}:verb`.
  document.paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [path.replace(`/${CUSTOM_METHOD_MARK}`, ':'), item]),
  );
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as { description?: string; 'x-required-permissions'?: string[] }[]) {
      const required = operation['x-required-permissions'];
      if (required?.length) {
        const line = `**Required permission:** ${required.map((p) => `\`${p}\``).join(', ')}`;
        operation.description = operation.description ? `${operation.description}\n\n${line}` : line;
      }
    }
  }
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true, showExtensions: true },
  });
}
