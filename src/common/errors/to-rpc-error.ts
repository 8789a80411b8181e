import { HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  failedPrecondition,
  internal,
  invalidArgument,
  routeNotFound,
  payloadTooLarge,
  RpcError,
  unauthenticated,
  unavailable,
  unsupportedMediaType,
} from './rpc.error';
import { isDatabaseUnavailable, isForeignKeyViolation } from './database-unavailable';

const logger = new Logger('Errors');

interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Maps anything thrown while serving a request to the one error model. Used by the Nest exception
 * filter and by Fastify's own error handler (body parsing fails before Nest sees the request), so
 * the two can never disagree. Unknown errors are logged with an id and answered without internals.
 */
export function toRpcError(exception: unknown, bodyLimitBytes: number, requestId?: string): RpcError {
  if (exception instanceof RpcError) return exception;
  if (isDatabaseUnavailable(exception)) {
    logger.warn(`Database unavailable: ${(exception as Error).message}`);
    return unavailable();
  }
  if (isForeignKeyViolation(exception)) {
    // A referenced row vanished mid-request (a workspace or member deleted concurrently).
    return failedPrecondition('A resource this request refers to was deleted meanwhile; retry.');
  }
  const status = statusOf(exception);
  switch (status) {
    case 400:
      return invalidArgument(clientMessage(exception, 'The request is malformed.'));
    case 401:
      return unauthenticated();
    case 404:
    case 405:
      return routeNotFound();
    case 413:
      return payloadTooLarge(bodyLimitBytes);
    case 415:
      return unsupportedMediaType();
    default:
      break; // not a client error we recognise: an internal error below
  }
  const errorId = randomUUID();
  // The request id ties this line to the request's own log line and to what the client saw.
  const request = requestId ? ` (request_id ${requestId})` : '';
  logger.error(`Unhandled error ${errorId}${request}: ${(exception as Error)?.stack ?? String(exception)}`);
  return internal(errorId);
}

function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  const e = exception as FrameworkError | undefined;
  // Fastify's own errors (FST_ERR_CTP_*) carry a statusCode; only trust client-error ones.
  if (e && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return e.statusCode;
  }
  return undefined;
}

function clientMessage(exception: unknown, fallback: string): string {
  // Fastify's body-parser errors arrive either raw (FST_ERR_CTP_*) or wrapped by Nest in an
  // HttpException carrying the same message; recognise both.
  const e = exception as FrameworkError;
  const text = `${e?.code ?? ''} ${e?.message ?? ''}`;
  if (/EMPTY_JSON_BODY|Body cannot be empty/i.test(text)) return 'The JSON body is empty.';
  if (/JSON/i.test(text) || exception instanceof SyntaxError) return 'The request body is not valid JSON.';
  return fallback;
}
