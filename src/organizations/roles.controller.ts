import { Controller, Get, Query } from '@nestjs/common';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '../permissions/decorators';
import { ListRolesResponse } from './dto/role.response';
import { RolesService } from './roles.service';
import { CallerOrganization } from '../permissions/principal';

@ApiTags('Organizations')
@Controller('organizations/:organizationId/roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  /** List the organization's roles with their permissions, in name order (page_size, page_token). */
  @Get()
  @RequirePermissions('read:Role')
  list(@CallerOrganization() organizationId: string, @Query() query: ListQueryDto): ListRolesResponse {
    const page = this.roles.page(organizationId, query);
    return { roles: page.items, next_page_token: page.nextPageToken };
  }
}
