import { IsEmailAddress, IsOneOf, IsTitle } from '../../common/validation/decorators';
import { ROLE_IDS, RoleId } from '../../permissions/roles';

export class CreateUserDto {
  /** Unique in the organization, case-insensitively. */
  @IsEmailAddress()
  email: string;

  /** 1–100 characters after trimming. */
  @IsTitle()
  display_name: string;

  @IsOneOf(ROLE_IDS)
  role: RoleId;
}
