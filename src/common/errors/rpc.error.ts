import {
  BadRequestDetail,
  ERROR_DOMAIN,
  ErrorReason,
  FieldViolation,
  HTTP_STATUS_OF,
  QuotaFailureDetail,
  RpcCode,
  RpcDetail,
  RpcStatusBody,
} from './rpc-status';

/**
 * The one exception type of the application. Services throw it through the factory functions
 * below; the global filter turns it into the wire body. `headers` carries e.g. Retry-After.
 * These are expected outcomes (a 401 for every junk key, a 404, a 429), not bugs: no stack trace is
 * captured for them, which made building one cost more than the rest of a rejected request.
 */
export class RpcError extends Error {
  constructor(
    readonly code: RpcCode,
    readonly reason: ErrorReason,
    message: string,
    readonly metadata: Record<string, string> = {},
    readonly extraDetails: RpcDetail[] = [],
    readonly headers: Record<string, string> = {},
    /** Only for the few statuses that share a code with another (413 and 415 are INVALID_ARGUMENT). */
    private readonly statusOverride?: number,
  ) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'RpcError';
  }

  get httpStatus(): number {
    return this.statusOverride ?? HTTP_STATUS_OF[this.code];
  }

  toBody(): RpcStatusBody {
    return {
      code: this.code,
      message: this.message,
      details: [
        ...this.extraDetails,
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: this.reason,
          domain: ERROR_DOMAIN,
          metadata: this.metadata,
        },
      ],
    };
  }
}

function badRequest(violations: FieldViolation[]): BadRequestDetail {
  return { '@type': 'type.googleapis.com/google.rpc.BadRequest', field_violations: violations };
}

export const invalidArgument = (message: string, violations: FieldViolation[] = []): RpcError =>
  new RpcError(
    RpcCode.INVALID_ARGUMENT,
    'INVALID_ARGUMENT',
    message,
    {},
    violations.length ? [badRequest(violations)] : [],
  );

/** A single bad field: the common case for service-level validation. */
export const invalidField = (field: string, description: string): RpcError =>
  invalidArgument(`${field}: ${description}`, [{ field, description }]);

export const payloadTooLarge = (limitBytes: number): RpcError =>
  new RpcError(
    RpcCode.INVALID_ARGUMENT,
    'INVALID_ARGUMENT',
    `The request body is larger than the limit of ${limitBytes} bytes.`,
    { limit_bytes: String(limitBytes) },
    [],
    {},
    413,
  );

export const unsupportedMediaType = (): RpcError =>
  new RpcError(
    RpcCode.INVALID_ARGUMENT,
    'INVALID_ARGUMENT',
    'The request body must be JSON, sent with "Content-Type: application/json".',
    {},
    [],
    {},
    415,
  );

export const failedPrecondition = (message: string): RpcError =>
  new RpcError(RpcCode.FAILED_PRECONDITION, 'FAILED_PRECONDITION', message);

export const notFound = (resourceName: string): RpcError =>
  new RpcError(RpcCode.NOT_FOUND, 'NOT_FOUND', `${resourceName} was not found.`, {
    resource: resourceName,
  });

/** No route matches (API.md §15): says where the routes are. */
export const routeNotFound = (): RpcError =>
  new RpcError(
    RpcCode.NOT_FOUND,
    'NOT_FOUND',
    'No route matches this method and path. The API lives under /api/v1; the Swagger UI at /docs lists every operation.',
    { resource: 'route' },
  );

export const alreadyExists = (message: string): RpcError =>
  new RpcError(RpcCode.ALREADY_EXISTS, 'ALREADY_EXISTS', message);

/** Every 401 is this exact error, whatever the cause, so a caller learns nothing from it. */
export const unauthenticated = (): RpcError =>
  new RpcError(
    RpcCode.UNAUTHENTICATED,
    'API_KEY_INVALID',
    'The request needs a valid API key in the header "Authorization: Bearer <key>".',
    {},
    [],
    { 'WWW-Authenticate': 'Bearer realm="tessera"' },
  );

/** Every refused invitation token gets this exact error: unknown, used, revoked or expired alike. */
export const invitationInvalid = (): RpcError =>
  new RpcError(
    RpcCode.UNAUTHENTICATED,
    'INVITATION_INVALID',
    'The invitation token is not valid: it may be mistyped, already used, revoked or expired.',
  );

/** A leak report (API.md §11) whose signature is missing, from an unknown key, or does not verify. */
export const signatureInvalid = (): RpcError =>
  new RpcError(
    RpcCode.UNAUTHENTICATED,
    'SIGNATURE_INVALID',
    'The report needs a valid signature: headers Github-Public-Key-Identifier and Github-Public-Key-Signature (ECDSA P-256 with SHA-256 over the raw body, base64) by a key of LEAK_REPORT_PUBLIC_KEYS.',
  );

export const permissionMissing = (permission: string): RpcError =>
  new RpcError(RpcCode.PERMISSION_DENIED, 'PERMISSION_MISSING', `The API key lacks the permission "${permission}".`, {
    permission,
  });

export const organizationMismatch = (): RpcError =>
  new RpcError(RpcCode.PERMISSION_DENIED, 'ORGANIZATION_MISMATCH', 'The API key belongs to another organization.');

export const workspaceOutOfScope = (message = "The workspace is outside the API key's scope."): RpcError =>
  new RpcError(RpcCode.PERMISSION_DENIED, 'WORKSPACE_OUT_OF_SCOPE', message);

/** The key has an IP allowlist and the client's address (as resolved under TRUST_PROXY) is not on it. */
export const ipNotAllowed = (): RpcError =>
  new RpcError(
    RpcCode.PERMISSION_DENIED,
    'IP_NOT_ALLOWED',
    "The API key may not be used from this client's IP address (see its allowed_ips).",
  );

export const escalationDenied = (message: string): RpcError =>
  new RpcError(RpcCode.PERMISSION_DENIED, 'ESCALATION_DENIED', message);

export const rateLimited = (retryAfterSeconds: number, message = 'Too many requests.'): RpcError =>
  new RpcError(
    RpcCode.RESOURCE_EXHAUSTED,
    'RATE_LIMITED',
    `${message} Retry after ${retryAfterSeconds} s.`,
    { retry_after_seconds: String(retryAfterSeconds) },
    [],
    { 'Retry-After': String(retryAfterSeconds) },
  );

export const apiKeyLimitReached = (organizationName: string, limit: number): RpcError => {
  const quota: QuotaFailureDetail = {
    '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
    violations: [
      {
        subject: organizationName,
        description: `The organization has reached its limit of ${limit} API keys; delete one first.`,
      },
    ],
  };
  return new RpcError(
    RpcCode.RESOURCE_EXHAUSTED,
    'API_KEY_LIMIT_REACHED',
    `The organization already has the maximum of ${limit} API keys.`,
    { limit: String(limit) },
    [quota],
  );
};

export const unavailable = (): RpcError =>
  new RpcError(RpcCode.UNAVAILABLE, 'UNAVAILABLE', 'The service is temporarily unavailable; retry shortly.', {}, [], {
    'Retry-After': '5',
  });

export const internal = (errorId: string): RpcError =>
  new RpcError(
    RpcCode.INTERNAL,
    'INTERNAL',
    `Internal error ${errorId}. It has been logged; quote this id when reporting it.`,
    { error_id: errorId },
  );
