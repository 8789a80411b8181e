import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ERROR_DOMAIN, ERROR_REASONS } from './rpc-status';

/**
 * OpenAPI shapes of the error body (google.rpc.Status, API.md §2) and of its three detail messages,
 * so a generated client can read `details` without guessing. The wire types are in rpc-status.ts.
 */

const TYPE_PREFIX = 'type.googleapis.com/google.rpc.';
export const ERROR_INFO_TYPE = `${TYPE_PREFIX}ErrorInfo`;
export const BAD_REQUEST_TYPE = `${TYPE_PREFIX}BadRequest`;
export const QUOTA_FAILURE_TYPE = `${TYPE_PREFIX}QuotaFailure`;

/** google.rpc.ErrorInfo: on every error, last in `details`. Branch on `reason`. */
export class ErrorInfo {
  @ApiProperty({ enum: [ERROR_INFO_TYPE], example: ERROR_INFO_TYPE })
  '@type': string;

  // The description lists ERROR_REASONS (below), not an enum: later versions may add reasons, and a
  // client generated with a closed enum would fail on them.
  @ApiProperty({
    description:
      `Why the request failed: a stable constant to branch on, one of ${ERROR_REASONS.join(', ')} (API.md §2). ` +
      'Later versions may add reasons: treat an unknown one by its HTTP status.',
    pattern: '^[A-Z][A-Z0-9_]*$',
    example: 'PERMISSION_MISSING',
  })
  reason: string;

  @ApiProperty({ enum: [ERROR_DOMAIN], example: ERROR_DOMAIN })
  domain: string;

  /** Facts about this error, e.g. `{"permission": "read:Workspace"}` or `{"retry_after_seconds": "30"}`. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { permission: 'read:Workspace' } })
  metadata: Record<string, string>;
}

export class FieldViolation {
  /** The offending field, as a path into the request (`display_name`, `workspaces[0]`, `page_size`). */
  @ApiProperty({ example: 'display_name' })
  field: string;

  @ApiProperty({ example: 'display_name must be 1 to 100 valid Unicode characters after trimming' })
  description: string;
}

/** google.rpc.BadRequest: on INVALID_ARGUMENT errors that can name the bad fields. */
export class BadRequest {
  @ApiProperty({ enum: [BAD_REQUEST_TYPE], example: BAD_REQUEST_TYPE })
  '@type': string;

  @ApiProperty({ type: [FieldViolation] })
  field_violations: FieldViolation[];
}

export class QuotaViolation {
  /** What ran out: the organization's resource name for the API-key limit. */
  @ApiProperty({ example: 'organizations/0f3kq9x2m7c1v8b4n6z5a2s1d' })
  subject: string;

  @ApiProperty({ example: 'The organization has reached its limit of 10 API keys; delete one first.' })
  description: string;
}

/** google.rpc.QuotaFailure: on 429 API_KEY_LIMIT_REACHED. */
export class QuotaFailure {
  @ApiProperty({ enum: [QUOTA_FAILURE_TYPE], example: QUOTA_FAILURE_TYPE })
  '@type': string;

  @ApiProperty({ type: [QuotaViolation] })
  violations: QuotaViolation[];
}

/** Every error body (google.rpc.Status, API.md §2). */
@ApiExtraModels(ErrorInfo, BadRequest, QuotaFailure)
export class RpcStatusResponse {
  /** google.rpc.Code: 3 INVALID_ARGUMENT, 5 NOT_FOUND, 6 ALREADY_EXISTS, 7 PERMISSION_DENIED, 8 RESOURCE_EXHAUSTED, 9 FAILED_PRECONDITION, 13 INTERNAL, 14 UNAVAILABLE, 16 UNAUTHENTICATED. */
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 16, example: 7 })
  code: number;

  /** A sentence for humans; never parse it (branch on the ErrorInfo `reason`). */
  @ApiProperty({ example: 'The API key lacks the permission "read:Workspace".' })
  message: string;

  /** A BadRequest or QuotaFailure where they apply, then always one ErrorInfo (the last item). */
  @ApiProperty({
    type: 'array',
    minItems: 1,
    items: {
      oneOf: [ErrorInfo, BadRequest, QuotaFailure].map((model) => ({ $ref: getSchemaPath(model) })),
      discriminator: {
        propertyName: '@type',
        mapping: {
          [ERROR_INFO_TYPE]: getSchemaPath(ErrorInfo),
          [BAD_REQUEST_TYPE]: getSchemaPath(BadRequest),
          [QUOTA_FAILURE_TYPE]: getSchemaPath(QuotaFailure),
        },
      },
    },
  })
  details: (ErrorInfo | BadRequest | QuotaFailure)[];
}
