/**
 * The google.rpc.Status error model of API.md §2: one table from canonical code to HTTP status,
 * and the detail messages we attach. Everything that produces an error body goes through here.
 */
export enum RpcCode {
  INVALID_ARGUMENT = 3,
  NOT_FOUND = 5,
  ALREADY_EXISTS = 6,
  PERMISSION_DENIED = 7,
  RESOURCE_EXHAUSTED = 8,
  FAILED_PRECONDITION = 9,
  INTERNAL = 13,
  UNAVAILABLE = 14,
  UNAUTHENTICATED = 16,
}

export const HTTP_STATUS_OF: Record<RpcCode, number> = {
  [RpcCode.INVALID_ARGUMENT]: 400,
  [RpcCode.NOT_FOUND]: 404,
  [RpcCode.ALREADY_EXISTS]: 409,
  [RpcCode.PERMISSION_DENIED]: 403,
  [RpcCode.RESOURCE_EXHAUSTED]: 429,
  [RpcCode.FAILED_PRECONDITION]: 400,
  [RpcCode.INTERNAL]: 500,
  [RpcCode.UNAVAILABLE]: 503,
  [RpcCode.UNAUTHENTICATED]: 401,
};

/** The ErrorInfo reasons of API.md §2, as a list (the OpenAPI document names them all). */
export const ERROR_REASONS = [
  'API_KEY_INVALID',
  // GET /metrics without its METRICS_TOKEN (API.md §12); never on /api/v1.
  'METRICS_TOKEN_INVALID',
  'INVITATION_INVALID',
  'SIGNATURE_INVALID',
  'PERMISSION_MISSING',
  'ORGANIZATION_MISMATCH',
  'WORKSPACE_OUT_OF_SCOPE',
  'ESCALATION_DENIED',
  'IP_NOT_ALLOWED',
  'API_KEY_LIMIT_REACHED',
  'RATE_LIMITED',
  'INVALID_ARGUMENT',
  'FAILED_PRECONDITION',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export const ERROR_DOMAIN = 'tessera';

export interface FieldViolation {
  field: string;
  description: string;
}

export interface ErrorInfoDetail {
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo';
  reason: ErrorReason;
  domain: typeof ERROR_DOMAIN;
  metadata: Record<string, string>;
}

export interface BadRequestDetail {
  '@type': 'type.googleapis.com/google.rpc.BadRequest';
  field_violations: FieldViolation[];
}

export interface QuotaFailureDetail {
  '@type': 'type.googleapis.com/google.rpc.QuotaFailure';
  violations: { subject: string; description: string }[];
}

export type RpcDetail = ErrorInfoDetail | BadRequestDetail | QuotaFailureDetail;

export interface RpcStatusBody {
  code: RpcCode;
  message: string;
  details: RpcDetail[];
}
