import { IsIn } from 'class-validator';
import { IsEmailAddress, IsTitle } from '../../common/validation/decorators';
import { ROLE_IDS, RoleId } from '../../permissions/roles';

export class CreateUserDto {
  /** Unique in the organization, case-insensitively. */
  @IsEmailAddress()
  email: string;

  /** 1–100 characters after trimming. */
  @IsTitle()
  display_name: string;

  @IsIn(ROLE_IDS, { message: `role must be one of: ${ROLE_IDS.join(', ')}` })
  role: RoleId;
}
