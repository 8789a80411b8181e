import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI shape of every error body (google.rpc.Status, API.md §2). */
export class RpcStatusResponse {
  /** google.rpc.Code: 3 INVALID_ARGUMENT, 5 NOT_FOUND, 7 PERMISSION_DENIED, 16 UNAUTHENTICATED, … */
  @ApiProperty({ type: 'integer', example: 7 })
  code: number;

  @ApiProperty({ example: 'The API key lacks the permission "read:Workspace".' })
  message: string;

  /** google.rpc.ErrorInfo (always), plus BadRequest or QuotaFailure where they apply. */
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { '@type': { type: 'string' } }, additionalProperties: true },
  })
  details: Record<string, unknown>[];
}
