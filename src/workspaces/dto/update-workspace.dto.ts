import { IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull, IsTitle } from '../../common/validation/decorators';

export class UpdateWorkspaceDto {
  @IsOptionalNotNull()
  @IsTitle()
  title?: string;

  @IsOptionalNotNull()
  @IsString()
  @MaxLength(256)
  workspace_icon?: string;

  @IsOptionalNotNull()
  @IsString()
  @MaxLength(32)
  workspace_icon_color?: string;
}
