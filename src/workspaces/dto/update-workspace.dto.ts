import { IsOptionalNotNull, IsTitle, IsText } from '../../common/validation/decorators';

export class UpdateWorkspaceDto {
  @IsOptionalNotNull()
  @IsTitle()
  title?: string;

  @IsOptionalNotNull()
  @IsText(256)
  workspace_icon?: string;

  @IsOptionalNotNull()
  @IsText(32)
  workspace_icon_color?: string;
}
