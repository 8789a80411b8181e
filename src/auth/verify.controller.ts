import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiExampleBody } from '../common/api-example';
import { CUSTOM_METHOD_ROUTE } from '../common/custom-method';
import { RpcStatusResponse } from '../common/errors/rpc-status.response';
import { Public } from '../permissions/decorators';
import { VerifyKeyDto } from './dto/verify-key.dto';
import { VerifyKeyResponse } from './dto/verify-key.response';
import { KeyVerification } from './key-verification.service';

@ApiTags('Integrations')
@Controller()
export class VerifyController {
  constructor(private readonly verification: KeyVerification) {}

  /**
   * `POST /api/v1/apiKeys:verify` — for another service: is the key its client presented valid, and
   * may it do what this request needs? No Authorization header. Always 200 for a well-formed body:
   * `{valid: true, …the key's principal}` or `{valid: false, reason}`. Invalid keys from one address
   * are limited like failed authentications (429).
   */
  @Public()
  @Post(CUSTOM_METHOD_ROUTE('apiKeys', 'verify'))
  @HttpCode(200)
  @ApiExampleBody(VerifyKeyDto, {
    key: 'tsr_ (the key your client sent you)',
    permissions: ['read:Workspace'],
    client_ip: '203.0.113.7',
  })
  @ApiTooManyRequestsResponse({
    description: 'RATE_LIMITED: too many invalid keys from this address.',
    type: RpcStatusResponse,
  })
  verify(@Body() body: VerifyKeyDto, @Req() request: FastifyRequest): Promise<VerifyKeyResponse> {
    return this.verification.verify(body, request.ip);
  }
}
