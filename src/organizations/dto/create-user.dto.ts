import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { IsTitle } from '../../common/validation/decorators';
import { ROLE_IDS, RoleId } from '../../permissions/roles';

export class CreateUserDto {
  /** Unique in the organization, case-insensitively. */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(254)
  @IsEmail({ allow_utf8_local_part: true }, { message: 'email must be an email address' })
  email: string;

  /** 1–100 characters after trimming. */
  @IsTitle()
  display_name: string;

  @IsIn(ROLE_IDS, { message: `role must be one of: ${ROLE_IDS.join(', ')}` })
  role: RoleId;
}
