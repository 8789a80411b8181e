import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** One checked dependency (today only `database`), as @nestjs/terminus reports it. */
export class HealthIndicatorResponse {
  @ApiProperty({ enum: ['up', 'down'], example: 'up' })
  status: 'up' | 'down';

  /** Why the check failed (a timeout, a refused connection), when it did. */
  message?: string;
}

const INDICATORS = {
  type: 'object',
  additionalProperties: { $ref: getSchemaPath(HealthIndicatorResponse) },
  example: { database: { status: 'up' } },
} as const;

/** Readiness (`GET /health`, `GET /health/ready`): the @nestjs/terminus health-check report. */
@ApiExtraModels(HealthIndicatorResponse)
export class HealthCheckResponse {
  /** `ok` when every dependency is up (200); `error` otherwise (503). */
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'], example: 'ok' })
  status: 'ok' | 'error' | 'shutting_down';

  /** The dependencies that are up. */
  @ApiPropertyOptional(INDICATORS)
  info?: Record<string, HealthIndicatorResponse>;

  /** The dependencies that are down. */
  @ApiPropertyOptional({ ...INDICATORS, example: {} })
  error?: Record<string, HealthIndicatorResponse>;

  /** Every dependency checked. */
  @ApiPropertyOptional(INDICATORS)
  details?: Record<string, HealthIndicatorResponse>;
}

/** Liveness (`GET /health/live`): the process is up; nothing else is checked. */
export class LivenessResponse {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: 'ok';
}
