import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiExampleBody } from '../common/api-example';
import { ApiTags } from '@nestjs/swagger';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { RequirePermissions } from '../permissions/decorators';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { ListUsersResponse, UserBasicInfoResponse, UserWithRolesResponse } from './dto/user.response';
import { UsersService } from './users.service';
import { CallerOrganization } from '../permissions/principal';
import { Actor, CurrentActor } from '../audit/actor';
import { ApiAlreadyExists, ApiNotFound } from '../common/errors/api-error-responses';
import { ApiEmptyResponse } from '../common/api-empty-response';

@ApiTags('Organizations')
@Controller('organizations/:organizationId/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /**
   * List members. filter: `search : "x"` (name or email contains), `role = "org-admin"`;
   * order_by: `display_name`, `email`, `created_time`, `updated_time`.
   */
  @Get()
  @RequirePermissions('read:User')
  list(@CallerOrganization() organizationId: string, @Query() query: ListQueryDto): Promise<ListUsersResponse> {
    return this.users.list(organizationId, query);
  }

  /** Get a member. */
  @ApiNotFound('member')
  @Get(':userId')
  @RequirePermissions('read:User')
  get(@CallerOrganization() organizationId: string, @Param('userId') userId: string): Promise<UserBasicInfoResponse> {
    return this.users.get(organizationId, userId);
  }

  /** Add a member (the email must be new to the organization). */
  @ApiAlreadyExists('a member with this email (case-insensitive) exists in the organization.')
  @ApiExampleBody(CreateUserDto, { email: 'sam.lee@example.com', display_name: 'Sam Lee', role: 'org-member' })
  @Post()
  @RequirePermissions('create:User')
  add(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Body() body: CreateUserDto,
  ): Promise<UserWithRolesResponse> {
    return this.users.add(organizationId, actor, body);
  }

  /** Change a member's role. The last org-admin cannot be demoted. */
  @ApiNotFound('member')
  @ApiExampleBody(UpdateUserDto, { role: 'org-member' })
  @Patch(':userId')
  @RequirePermissions('update:User')
  update(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Param('userId') userId: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserWithRolesResponse> {
    return this.users.changeRole(organizationId, actor, userId, body.role);
  }

  /** Remove a member and their API keys. The last org-admin cannot be removed. */
  @ApiNotFound('member')
  @ApiEmptyResponse('The member and their keys are removed: `{}`.')
  @Delete(':userId')
  @RequirePermissions('delete:User')
  async remove(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Param('userId') userId: string,
  ): Promise<object> {
    await this.users.remove(organizationId, actor, userId);
    return {};
  }
}
