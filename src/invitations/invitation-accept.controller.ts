import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiExampleBody } from '../common/api-example';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { originOf } from '../audit/actor';
import { CUSTOM_METHOD_ROUTE } from '../common/custom-method';
import { ApiCredentialInBody } from '../common/errors/api-error-responses';
import { Public } from '../permissions/decorators';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { AcceptInvitationResponse } from './dto/invitation.response';
import { InvitationAcceptance } from './invitation-acceptance.service';

@ApiTags('Invitations')
@Controller()
export class InvitationAcceptController {
  constructor(private readonly acceptance: InvitationAcceptance) {}

  /**
   * `POST /api/v1/invitations:accept` — no API key: the invitation token is the credential. Creates
   * the member with the invited role and mints their first key (`key` is shown only now). Any
   * unknown, used, revoked or expired token is 401 INVITATION_INVALID; failed attempts count toward
   * the per-address limit of failed authentications.
   */
  @Public()
  @ApiCredentialInBody('INVITATION_INVALID')
  @ApiExampleBody(AcceptInvitationDto, {
    invite_token: 'tsi_ (the token from the invitation)',
    display_name: 'Sam Lee',
    key: {
      display_name: 'laptop',
      expiration: 'EXPIRATION_30_DAYS',
      permission_level: 'PERMISSION_LEVEL_ALL',
      workspace_scope: 'WORKSPACE_SCOPE_ALL',
    },
  })
  @Post(CUSTOM_METHOD_ROUTE('invitations', 'accept'))
  accept(@Body() body: AcceptInvitationDto, @Req() request: FastifyRequest): Promise<AcceptInvitationResponse> {
    return this.acceptance.accept(body, originOf(request));
  }
}
