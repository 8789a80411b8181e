import { MaxLength } from 'class-validator';
import { IsOptionalNotNull, IsTitle, IsWellFormedString } from '../../common/validation/decorators';

export class UpdateWorkspaceDto {
  @IsOptionalNotNull()
  @IsTitle()
  title?: string;

  @IsOptionalNotNull()
  @IsWellFormedString()
  @MaxLength(256)
  workspace_icon?: string;

  @IsOptionalNotNull()
  @IsWellFormedString()
  @MaxLength(32)
  workspace_icon_color?: string;
}
