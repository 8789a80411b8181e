import { ApiProperty } from '@nestjs/swagger';

/** One UTC day of a key's requests. */
export class DailyUsageResponse {
  /** The UTC day, `YYYY-MM-DD`. */
  @ApiProperty({ type: 'string', format: 'date', example: '2026-12-05' })
  date: string;
  /** Authenticated requests answered anything but 401, 403 or 429. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  allowed: number;
  /** Authenticated requests answered 403 or 429. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  denied: number;
}

/** A key's request counts per UTC day (API.md §10). */
export class ApiKeyUsageResponse {
  /** One entry per day, oldest first, days without requests included (zeros). */
  @ApiProperty({ type: [DailyUsageResponse] })
  days: DailyUsageResponse[];
  /** The client address the key was last used from; "" until used. */
  last_used_ip: string;
}
