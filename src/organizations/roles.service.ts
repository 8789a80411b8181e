import { Injectable } from '@nestjs/common';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { Page, Paginator } from '../common/listing/paginator';
import { names } from '../common/resource-names';
import { PermissionRegistry } from '../permissions/permission-registry';
import { rolePermissions, ROLES } from '../permissions/roles';
import { RoleResponse } from './dto/role.response';

/** The built-in roles, with permissions derived from the registry on every call. */
@Injectable()
export class RolesService {
  constructor(
    private readonly registry: PermissionRegistry,
    private readonly paginator: Paginator,
  ) {}

  /** A page of roles in name order (Kognitos: page_size and page_token; keyset on name). */
  page(organizationId: string, query: ListQueryDto): Page<RoleResponse> {
    return this.paginator.pageOfList(this.list(organizationId), query, {
      collection: `organizations/${organizationId}/roles`,
      key: (role) => role.name,
      filters: {},
    });
  }

  list(organizationId: string): RoleResponse[] {
    return ROLES.map((role) => ({
      name: names.role(organizationId, role.id),
      title: role.title,
      description: role.description,
      permissions: rolePermissions(role.id, this.registry),
    }));
  }
}
