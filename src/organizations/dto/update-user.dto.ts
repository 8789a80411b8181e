import { IsOneOf } from '../../common/validation/decorators';
import { ROLE_IDS, RoleId } from '../../permissions/roles';

export class UpdateUserDto {
  @IsOneOf(ROLE_IDS)
  role: RoleId;
}
