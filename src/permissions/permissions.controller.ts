import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from './decorators';
import { PermissionCatalogResponse } from './dto/permission-catalog.response';
import { PermissionRegistry } from './permission-registry';
import { permissionName } from './permission.types';

@ApiTags('Permissions')
@Controller('permissions')
export class PermissionsController {
  constructor(private readonly registry: PermissionRegistry) {}

  /** The permission catalog: every resource and action a RESTRICTED key can be granted. */
  @Get()
  @Authenticated()
  catalog(): PermissionCatalogResponse {
    return {
      permission_groups: this.registry.groups().map((g) => ({
        resource: g.resource,
        title: g.title,
        permissions: g.actions.map((a) => ({
          name: permissionName(a.action, g.resource),
          action: a.action,
          title: a.title,
          read_only: a.readOnly,
        })),
      })),
    };
  }
}
