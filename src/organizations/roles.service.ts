import { Injectable } from '@nestjs/common';
import { names } from '../common/resource-names';
import { PermissionRegistry } from '../permissions/permission-registry';
import { rolePermissions, ROLES } from '../permissions/roles';
import { RoleResponse } from './dto/role.response';

/** The built-in roles, with permissions derived from the registry on every call. */
@Injectable()
export class RolesService {
  constructor(private readonly registry: PermissionRegistry) {}

  list(organizationId: string): RoleResponse[] {
    return ROLES.map((role) => ({
      name: names.role(organizationId, role.id),
      title: role.title,
      description: role.description,
      permissions: rolePermissions(role.id, this.registry),
    }));
  }
}
