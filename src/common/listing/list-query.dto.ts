import { ApiHideProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsOptional, IsString } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

/**
 * The query parameters every list takes (API.md §1). Parsed further by the Paginator: page_size
 * stays a string here (so its errors are the Paginator's) but is documented as the integer it is.
 */
export class ListQueryDto {
  /** Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsString()
  page_size?: string;

  /** The `next_page_token` of the previous page, with the same filter and order_by. */
  @IsOptional()
  @IsString()
  page_token?: string;

  /** AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
  @IsOptional()
  @IsString()
  filter?: string;

  /** AIP-132: comma-separated fields, each optionally followed by asc or desc. */
  @IsOptional()
  @IsString()
  order_by?: string;

  /**
   * Tolerated and ignored: a key is only ever read from the Authorization header (API.md §3), so
   * an `access_token` left in the query string by some client neither authenticates nor fails.
   */
  @ApiHideProperty()
  @Allow()
  access_token?: unknown;
}
