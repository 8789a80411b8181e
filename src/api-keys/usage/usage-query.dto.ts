import { ApiHideProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_USAGE_DAYS } from './usage-counts';

export const DEFAULT_USAGE_DAYS = 30;

/** Query of GET …/apiKeys/{key}/usage. */
export class UsageQueryDto {
  /** How many UTC days, ending today: 1–90, default 30. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_USAGE_DAYS, default: DEFAULT_USAGE_DAYS })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_USAGE_DAYS)
  days?: number;

  /** Tolerated and ignored, as on every query (a key is only read from the Authorization header). */
  @ApiHideProperty()
  @Allow()
  access_token?: unknown;
}
