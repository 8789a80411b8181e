import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/**
 * One token of a secret-scanning report, in GitHub's partner format (API.md §11). Fields GitHub may
 * add later are ignored rather than refused: the report is signed by the scanner, not written by a
 * client we could ask to fix it.
 */
export class LeakReportItemDto {
  /** The string the scanner found (any length: one that is not a key of ours is simply false_positive). */
  @IsString()
  @MinLength(1)
  token: string;

  /** The scanner's name for the token type, echoed back as `token_type`. */
  @IsString()
  @MaxLength(200)
  type: string;

  /** Where it was found (recorded on the `api_key.leaked` event, cut to 2048 characters). */
  @IsOptional()
  @IsString()
  url?: string;

  /** The kind of place it was found in (`content`, `commit`, `issue_comment`, …; cut to 100 characters). */
  @IsOptional()
  @IsString()
  source?: string;
}
