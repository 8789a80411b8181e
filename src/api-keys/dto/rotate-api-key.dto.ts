import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/decorators';

export const MAX_GRACE_PERIOD_SECONDS = 86400;

export class RotateApiKeyDto {
  /** How long the old secret keeps working (0–86400 s, never past expire_time). Default 0. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_GRACE_PERIOD_SECONDS, default: 0 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_GRACE_PERIOD_SECONDS)
  grace_period_seconds?: number;
}
