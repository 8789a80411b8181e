import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { RpcStatusResponse } from '../common/errors/rpc-status.response';
import { KnownPermission } from './permission.types';

export const IS_PUBLIC = 'tessera:isPublic';
export const AUTHENTICATED_ONLY = 'tessera:authenticatedOnly';
export const REQUIRED_PERMISSIONS = 'tessera:requiredPermissions';
export const REQUIRES_ALL_WORKSPACES = 'tessera:requiresAllWorkspaces';
export const REQUIRES_CURRENT_SECRET = 'tessera:requiresCurrentSecret';
export const BEARER_SCHEME = 'api-key';

/** Opts a route out of authentication. Everything else needs a key by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Authenticated, with no permission beyond a valid key (e.g. GET /me). Writes the bearer security
 * requirement and the 401 response into the OpenAPI document.
 */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(AUTHENTICATED_ONLY, true),
    ApiBearerAuth(BEARER_SCHEME),
    ApiUnauthorizedResponse({
      description: 'Missing, malformed, unknown, expired or revoked API key.',
      type: RpcStatusResponse,
    }),
    ApiTooManyRequestsResponse({
      description: 'Rate limit reached (Retry-After says when to retry).',
      type: RpcStatusResponse,
    }),
  );
}

/**
 * The route needs every listed permission in the caller's effective set (key level ∩ role). Also
 * documents it: `x-required-permissions` on the operation and the 401/403 responses.
 */
export function RequirePermissions(...permissions: KnownPermission[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSIONS, permissions),
    Authenticated(),
    ApiExtension('x-required-permissions', permissions),
    ApiForbiddenResponse({
      description: `Requires permission ${permissions.map((p) => `\`${p}\``).join(', ')}; also refused for another organization or a workspace outside the key's scope.`,
      type: RpcStatusResponse,
    }),
  );
}

/** The route needs a key whose workspace scope is ALL (e.g. creating a workspace). */
export const RequireAllWorkspacesScope = () => SetMetadata(REQUIRES_ALL_WORKSPACES, true);

/**
 * The route refuses a key authenticated with its rotated-out secret (403 ESCALATION_DENIED, API.md
 * §3): a leaked secret its owner rotated away may finish in-flight work, but never take the key
 * back or mint another one. On every API-key write.
 */
export const RequireCurrentSecret = () => SetMetadata(REQUIRES_CURRENT_SECRET, true);
