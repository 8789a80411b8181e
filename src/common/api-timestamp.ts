import { ApiProperty } from '@nestjs/swagger';

/**
 * A `*_time` field (API.md §1): an RFC 3339 UTC timestamp with milliseconds, documented as
 * `format: date-time` so generated clients can parse it. Required and nullable come from the
 * property's TypeScript type (the @nestjs/swagger plugin).
 */
export const ApiTimestamp = () =>
  ApiProperty({ type: 'string', format: 'date-time', example: '2026-11-28T10:30:00.000Z' });
