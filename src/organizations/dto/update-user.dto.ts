import { IsIn } from 'class-validator';
import { ROLE_IDS, RoleId } from '../../permissions/roles';

export class UpdateUserDto {
  @IsIn(ROLE_IDS, { message: `role must be one of: ${ROLE_IDS.join(', ')}` })
  role: RoleId;
}
