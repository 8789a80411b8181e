import { applyDecorators } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { RpcStatusResponse } from './rpc-status.response';

/**
 * OpenAPI error responses a route declares for itself (the ones every operation can give, 400 and
 * 503, are added to all of them in openapi.ts), so a new module documents its own.
 */

/** The route names a resource that may not exist (or that the caller may not see): 404 NOT_FOUND. */
export const ApiNotFound = (resource: string) =>
  ApiNotFoundResponse({ description: `NOT_FOUND: no such ${resource} within reach.`, type: RpcStatusResponse });

/** The route can collide with an existing resource: 409 ALREADY_EXISTS. */
export const ApiAlreadyExists = (what: string) =>
  ApiConflictResponse({ description: `ALREADY_EXISTS: ${what}`, type: RpcStatusResponse });

/**
 * A public route whose body carries its own credential (invitation acceptance): 401 for any bad
 * credential, 429 once the client's failed attempts pass AUTH_FAILURES_PER_MINUTE.
 */
export const ApiCredentialInBody = (reason: string) =>
  applyDecorators(
    ApiUnauthorizedResponse({
      description: `${reason}: the same answer for every bad value.`,
      type: RpcStatusResponse,
    }),
    ApiTooManyRequestsResponse({
      description: 'RATE_LIMITED: too many failed attempts from this address (Retry-After).',
      type: RpcStatusResponse,
    }),
  );
