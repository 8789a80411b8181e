import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/**
 * One token of a secret-scanning report, in GitHub's partner format (API.md §11). Fields GitHub may
 * add later are ignored rather than refused: the report is signed by the scanner, not written by a
 * client we could ask to fix it.
 */
export class LeakReportItemDto {
  /** The string the scanner found. */
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  token: string;

  /** The scanner's name for the token type, echoed back as `token_type`. */
  @IsString()
  @MaxLength(200)
  type: string;

  /** Where it was found (recorded on the `api_key.leaked` event). */
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  url?: string;

  /** The kind of place it was found in (`content`, `commit`, `issue_comment`, …). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string;
}
