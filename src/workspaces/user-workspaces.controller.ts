import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { RequirePermissions } from '../permissions/decorators';
import { CallerOrganization, CurrentPrincipal, Principal } from '../permissions/principal';
import { ListUserWorkspacesResponse } from './dto/workspace.response';
import { WorkspacesService } from './workspaces.service';

@ApiTags('Workspaces')
@Controller('me/organizations/:organizationId/workspaces')
export class UserWorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  /** The caller's workspaces in the organization (those the key reaches). filter: `title`. */
  @Get()
  @RequirePermissions('read:Workspace')
  async list(
    @CallerOrganization() organizationId: string,
    @Query() query: ListQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ListUserWorkspacesResponse> {
    const page = await this.workspaces.list(organizationId, principal.grants, query);
    return { user_workspaces: page.items, next_page_token: page.nextPageToken };
  }
}
