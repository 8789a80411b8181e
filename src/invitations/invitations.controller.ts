import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiExampleBody } from '../common/api-example';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../audit/actor';
import { ApiAlreadyExists, ApiNotFound } from '../common/errors/api-error-responses';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { RequireCurrentSecret, RequirePermissions } from '../permissions/decorators';
import { CallerOrganization, CurrentPrincipal, Principal } from '../permissions/principal';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { CreateInvitationResponse, InvitationResponse, ListInvitationsResponse } from './dto/invitation.response';
import { InvitationsService, inviterOf } from './invitations.service';
import { ApiEmptyResponse } from '../common/api-empty-response';

@ApiTags('Organizations')
@Controller('organizations/:organizationId')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /**
   * Invite someone by email with a role. The answer's `invite_token` is shown only this once; the
   * invitee accepts with `POST /api/v1/invitations:accept`. A second invitation for the same email
   * replaces the first. Valid for INVITATION_TTL_HOURS (default 168).
   */
  @ApiAlreadyExists('the email is already a member of the organization.')
  @ApiExampleBody(CreateInvitationDto, { email: 'new.colleague@example.com', role: 'org-member' })
  @Post('invites')
  @RequirePermissions('create:User')
  // An invitation mints a key when accepted: a rotated-out secret may not send one.
  @RequireCurrentSecret()
  create(
    @CurrentPrincipal() caller: Principal,
    @CurrentActor() actor: Actor,
    @Body() body: CreateInvitationDto,
  ): Promise<CreateInvitationResponse> {
    return this.invitations.create(inviterOf(caller), actor, body);
  }

  /** List pending invitations (newest first; page_size and page_token). */
  @Get('invites')
  @RequirePermissions('read:User')
  list(@CallerOrganization() organizationId: string, @Query() query: ListQueryDto): Promise<ListInvitationsResponse> {
    return this.invitations.listPending(organizationId, query);
  }

  /** Get an invitation, pending or not. */
  @ApiNotFound('invitation')
  @Get('invitations/:invitationId')
  @RequirePermissions('read:User')
  get(
    @CallerOrganization() organizationId: string,
    @Param('invitationId') invitationId: string,
  ): Promise<InvitationResponse> {
    return this.invitations.get(organizationId, invitationId);
  }

  /** Revoke a pending invitation: its token stops working at once. */
  @ApiNotFound('invitation')
  @ApiEmptyResponse('The invitation is revoked: `{}`.')
  @Delete('invitations/:invitationId')
  @RequirePermissions('delete:User')
  @RequireCurrentSecret()
  async revoke(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Param('invitationId') invitationId: string,
  ): Promise<object> {
    await this.invitations.revoke(organizationId, actor, invitationId);
    return {};
  }
}
