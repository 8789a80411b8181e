import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { VerifiedKey } from '../api-keys/api-key-credentials.service';
import { Principal } from '../permissions/principal';

/** What authenticating a request yields: the principal features see, and the key as it was read. */
export interface Authentication {
  principal: Principal;
  key: VerifiedKey;
}

/** The request property the bearer guard stores the verified key under (the principal has its own). */
export const VERIFIED_KEY_PROPERTY = 'verifiedKey';

/**
 * The calling key exactly as authentication read it (row, owner, scope), so a route about the
 * caller itself (GET /me) answers without reading it again. Only for auth/'s own controllers.
 */
export const CallingKey = createParamDecorator((_data: unknown, ctx: ExecutionContext): VerifiedKey => {
  const key = ctx.switchToHttp().getRequest<Record<string, unknown>>()[VERIFIED_KEY_PROPERTY] as
    VerifiedKey | undefined;
  if (!key) throw new Error('@CallingKey() used on a route without authentication');
  return key;
});
