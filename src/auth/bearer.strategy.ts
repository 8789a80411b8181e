import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { ApiKeyCredentials } from '../api-keys/api-key-credentials.service';
import { Authentication } from './authentication';
import { PrincipalFactory } from './principal.factory';

export const BEARER_STRATEGY = 'tessera-bearer';

/**
 * passport-http-bearer parses `Authorization: Bearer <key>` (scheme case-insensitive); this
 * strategy turns the key into an Authentication (principal + the key as read), or `false` for any
 * invalid key whatever the reason.
 */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, BEARER_STRATEGY) {
  constructor(
    private readonly credentials: ApiKeyCredentials,
    private readonly principals: PrincipalFactory,
  ) {
    super({ realm: 'tessera' });
  }

  async validate(token: string): Promise<Authentication | false> {
    const verified = await this.credentials.verify(token);
    if (!verified) return false;
    return { principal: this.principals.create(verified), key: verified };
  }
}
