import { names } from '../../common/resource-names';
import { ApiProperty } from '@nestjs/swagger';
import { ROLE_IDS, RoleId } from '../../permissions/roles';
import { UserEntity } from '../user.entity';

/** v1UserBasicInfo of the Kognitos API. */
export class UserBasicInfoResponse {
  /** `organizations/{organization}/users/{user}` */
  name: string;
  display_name: string;
  email: string;

  static from(user: UserEntity): UserBasicInfoResponse {
    return { name: names.user(user.organizationId, user.id), display_name: user.displayName, email: user.email };
  }
}

export class RoleBasicInfoResponse {
  /** `org-admin` or `org-member` */
  @ApiProperty({ enum: ROLE_IDS })
  name: RoleId;
  role_scope: 'ROLE_SCOPE_ORGANIZATION';
}

/** v1UserWithRoles of the Kognitos API. */
export class UserWithRolesResponse {
  user: UserBasicInfoResponse;
  roles: RoleBasicInfoResponse[];

  static from(user: UserEntity): UserWithRolesResponse {
    return {
      user: UserBasicInfoResponse.from(user),
      roles: [{ name: user.role, role_scope: 'ROLE_SCOPE_ORGANIZATION' }],
    };
  }
}

export class ListUsersResponse {
  users: UserWithRolesResponse[];
  next_page_token: string;
}
