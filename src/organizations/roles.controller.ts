import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '../permissions/decorators';
import { ListRolesResponse } from './dto/role.response';
import { RolesService } from './roles.service';
import { CallerOrganization } from '../permissions/principal';

@ApiTags('Organizations')
@Controller('organizations/:organizationId/roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  /** List the organization's roles with their permissions (always one page). */
  @Get()
  @RequirePermissions('read:Role')
  list(@CallerOrganization() organizationId: string): ListRolesResponse {
    return { roles: this.roles.list(organizationId), next_page_token: '' };
  }
}
