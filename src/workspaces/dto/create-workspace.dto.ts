import { MaxLength } from 'class-validator';
import { IsOptionalNotNull, IsTitle, IsWellFormedString } from '../../common/validation/decorators';

export class CreateWorkspaceDto {
  /** Unique in the organization, case-insensitively; 1–100 characters after trimming. */
  @IsTitle()
  title: string;

  /** An icon identifier. */
  @IsOptionalNotNull()
  @IsWellFormedString()
  @MaxLength(256)
  workspace_icon?: string;

  /** The icon's colour, e.g. `#3366ff`. */
  @IsOptionalNotNull()
  @IsWellFormedString()
  @MaxLength(32)
  workspace_icon_color?: string;
}
