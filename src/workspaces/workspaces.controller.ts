import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiExampleBody } from '../common/api-example';
import { ApiTags } from '@nestjs/swagger';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { RequireAllWorkspacesScope, RequirePermissions } from '../permissions/decorators';
import { CallerOrganization, CurrentPrincipal, Principal } from '../permissions/principal';
import { Actor, CurrentActor } from '../audit/actor';
import { CreateWorkspaceDto } from './dto/create-workspace.dto';
import { UpdateWorkspaceDto } from './dto/update-workspace.dto';
import { ListWorkspacesResponse, WorkspaceResponse } from './dto/workspace.response';
import { WorkspacesService } from './workspaces.service';
import { ApiAlreadyExists, ApiNotFound } from '../common/errors/api-error-responses';
import { ApiEmptyResponse } from '../common/api-empty-response';

@ApiTags('Workspaces')
@Controller('organizations/:organizationId/workspaces')
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  /**
   * List the workspaces the key reaches. filter: `title = "X"`, `title : "x"`;
   * order_by: `title`, `create_time`, `update_time` (default `create_time desc`).
   */
  @Get()
  @RequirePermissions('read:Workspace')
  async list(
    @CallerOrganization() organizationId: string,
    @Query() query: ListQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ListWorkspacesResponse> {
    const page = await this.workspaces.list(organizationId, principal.grants, query);
    return { workspaces: page.items, next_page_token: page.nextPageToken };
  }

  /** Create a workspace (needs a key with all-workspaces scope). */
  @ApiAlreadyExists('a workspace with this title (case-insensitive) exists in the organization.')
  @ApiExampleBody(CreateWorkspaceDto, { title: 'Data science' })
  @Post()
  @RequirePermissions('create:Workspace')
  @RequireAllWorkspacesScope()
  create(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Body() body: CreateWorkspaceDto,
  ): Promise<WorkspaceResponse> {
    return this.workspaces.create(organizationId, actor, body);
  }

  /** Get a workspace. */
  @ApiNotFound('workspace')
  @Get(':workspaceId')
  @RequirePermissions('read:Workspace')
  get(
    @CallerOrganization() organizationId: string,
    @Param('workspaceId') workspaceId: string,
  ): Promise<WorkspaceResponse> {
    return this.workspaces.get(organizationId, workspaceId);
  }

  /** Update a workspace's title or icon. */
  @ApiNotFound('workspace')
  @ApiAlreadyExists('a workspace with this title (case-insensitive) exists in the organization.')
  @ApiExampleBody(UpdateWorkspaceDto, { title: 'Data science (EU)' })
  @Patch(':workspaceId')
  @RequirePermissions('update:Workspace')
  update(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Param('workspaceId') workspaceId: string,
    @Body() body: UpdateWorkspaceDto,
  ): Promise<WorkspaceResponse> {
    return this.workspaces.update(organizationId, actor, workspaceId, body);
  }

  /** Delete a workspace; it disappears from every API key's scope. */
  @ApiNotFound('workspace')
  @ApiEmptyResponse('The workspace is deleted: `{}`.')
  @Delete(':workspaceId')
  @RequirePermissions('delete:Workspace')
  async delete(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Param('workspaceId') workspaceId: string,
  ): Promise<object> {
    await this.workspaces.delete(organizationId, actor, workspaceId);
    return {};
  }
}
