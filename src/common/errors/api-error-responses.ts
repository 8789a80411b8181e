import { ApiConflictResponse, ApiNotFoundResponse } from '@nestjs/swagger';
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
