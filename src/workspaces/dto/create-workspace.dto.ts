import { IsOptionalNotNull, IsTitle, IsText } from '../../common/validation/decorators';

export class CreateWorkspaceDto {
  /** Unique in the organization, case-insensitively; 1–100 characters after trimming. */
  @IsTitle()
  title: string;

  /** An icon identifier. */
  @IsOptionalNotNull()
  @IsText(256)
  workspace_icon?: string;

  /** The icon's colour, e.g. `#3366ff`. */
  @IsOptionalNotNull()
  @IsText(32)
  workspace_icon_color?: string;
}
