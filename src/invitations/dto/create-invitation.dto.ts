import { IsString } from 'class-validator';
import { IsEmailAddress, IsOneOf, IsOptionalNotNull } from '../../common/validation/decorators';
import { ROLE_IDS, RoleId } from '../../permissions/roles';

export class CreateInvitationDto {
  /** Who is invited; must not already be a member (case-insensitive). */
  @IsEmailAddress()
  email: string;

  /** The role the invitee joins with. An org-member may not invite an org-admin. */
  @IsOneOf(ROLE_IDS)
  role: RoleId;

  /** Optional workspace name (`organizations/{o}/workspaces/{w}`) shown to the invitee. */
  @IsOptionalNotNull()
  @IsString()
  workspace?: string;
}
