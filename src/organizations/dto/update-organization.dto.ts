import { IsOptionalNotNull, IsTitle } from '../../common/validation/decorators';

export class UpdateOrganizationDto {
  /** The new title: 1–100 characters after trimming. */
  @IsOptionalNotNull()
  @IsTitle()
  title?: string;
}
