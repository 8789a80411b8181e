import { Injectable } from '@nestjs/common';
import { ApiKeyIssuer } from '../api-keys/api-key-issuer.service';
import { ApiKeyViews } from '../api-keys/api-key-views';
import { ensureAllowlistWithin, normalizeAllowlist } from '../api-keys/ip-allowlist';
import { expireTimeFor } from '../api-keys/expiration';
import { auditTargets } from '../audit/audit-targets';
import { Grants, grantsWithin } from '../permissions/grants';
import { PermissionRegistry } from '../permissions/permission-registry';
import { isWellFormedInviteToken } from '../api-keys/key-format';
import { KeyHasher } from '../api-keys/key-hasher';
import { RequestedGrants } from '../api-keys/requested-grants';
import { AuthFailureLimiter } from '../auth/auth-failure-limiter';
import { failureBucketOf } from '../auth/client-bucket';
import { invitationActor, RequestOrigin } from '../audit/actor';
import { escalationDenied, invitationInvalid, rateLimited } from '../common/errors/rpc.error';
import { newId } from '../common/ids';
import { Clock } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { UserWithRolesResponse } from '../organizations/dto/user.response';
import { UsersService } from '../organizations/users.service';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { AcceptInvitationResponse } from './dto/invitation.response';
import { InvitationEntity } from './invitation.entity';
import { ceilingOf, InvitationsService, isPending, KeyCeiling } from './invitations.service';

/**
 * `POST /invitations:accept` (API.md §14): the token is the credential. In one transaction, under
 * the invitation's row lock: consume it, create the member with the invited role, mint their first
 * key (within the organization's key limit). Anything failing leaves nothing behind, and of two
 * concurrent acceptances of one token exactly one succeeds. Every bad token is the same 401 and
 * counts toward the client's failed-authentication limit.
 */
@Injectable()
export class InvitationAcceptance {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly users: UsersService,
    private readonly issuer: ApiKeyIssuer,
    private readonly views: ApiKeyViews,
    private readonly grants: RequestedGrants,
    private readonly hasher: KeyHasher,
    private readonly failures: AuthFailureLimiter,
    private readonly registry: PermissionRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async accept(dto: AcceptInvitationDto, origin: RequestOrigin): Promise<AcceptInvitationResponse> {
    const client = failureBucketOf(origin.ip);
    const retryAfter = this.failures.blockedFor(client);
    if (retryAfter > 0) throw rateLimited(retryAfter, 'Too many failed attempts from this address.');
    const refuse = async () => {
      await this.failures.recordFailure(client);
      return invitationInvalid();
    };

    const found = isWellFormedInviteToken(dto.invite_token) ? await this.findByToken(dto.invite_token) : null;
    if (!found || !isPending(found, this.clock.now())) throw await refuse();

    // The key's shape and workspaces are checked before the token is spent (a 400 keeps it usable).
    const grants = await this.grants.resolve(
      found.organizationId,
      {
        level: dto.key.permission_level,
        permissions: dto.key.permissions,
        scope: dto.key.workspace_scope,
        workspaces: dto.key.workspaces,
      },
      null,
    );
    const allowedIps = normalizeAllowlist(dto.key.allowed_ips ?? []);
    this.ensureWithinCeiling(ceilingOf(found), grants, allowedIps, expireTimeFor(dto.key.expiration, this.clock.now()));

    const userId = newId();
    const actor = invitationActor(userId, dto.display_name, origin, auditTargets.invitation(found));
    let lostRace = false;
    const result = await this.transactions
      .run(async (m) => {
        // The organization's lock first (as every key-counting unit of work takes it), so on InnoDB
        // the key count below reads after any concurrent create, and lock order never inverts.
        await this.transactions.lockOrganization(m, found.organizationId);
        const invitation = await this.invitations.lockAndRead(m, found.id);
        const now = this.clock.now();
        if (!invitation || !isPending(invitation, now)) {
          lostRace = true;
          throw invitationInvalid();
        }
        await m.update(InvitationEntity, { id: invitation.id }, { acceptTime: now });
        const user = await this.users.addInTransaction(m, invitation.organizationId, actor, {
          id: userId,
          email: invitation.email,
          displayName: dto.display_name,
          role: invitation.role,
        });
        const issued = await this.issuer.issue(
          {
            organizationId: invitation.organizationId,
            ownerUserId: user.id,
            displayName: dto.key.display_name,
            expiration: dto.key.expiration,
            grants,
            creatorKey: '',
            createTime: now,
            allowedIps,
            actor,
          },
          m,
        );
        return { user, ...issued };
      })
      .catch(async (error: unknown) => {
        if (lostRace) await this.failures.recordFailure(client);
        throw error;
      });
    return {
      user: UserWithRolesResponse.from(result.user),
      api_key: await this.views.one(result.entity),
      key: result.key,
    };
  }

  /**
   * The first key stays within what the inviting key could have minted (403 ESCALATION_DENIED, the
   * token still usable): grants and scope, allowlist, and lifetime.
   */
  private ensureWithinCeiling(
    ceiling: KeyCeiling | null,
    grants: Grants,
    allowedIps: readonly string[],
    expireTime: number,
  ): void {
    if (ceiling === null) return;
    if (!grantsWithin(grants, ceiling.grants, this.registry)) {
      throw escalationDenied(
        "The first key's permissions or workspace scope exceed those of the key that sent the invitation.",
      );
    }
    ensureAllowlistWithin(allowedIps, ceiling.allowedIps);
    if (ceiling.expireTime !== null && expireTime > ceiling.expireTime) {
      throw escalationDenied(
        'The first key may not outlive the key that sent the invitation; choose a shorter expiration.',
      );
    }
  }

  /** By the token's HMAC; during a pepper rotation also under the previous pepper (API.md §15). */
  private async findByToken(token: string): Promise<InvitationEntity | null> {
    const found = await this.invitations.findByTokenHash(this.hasher.hash(token));
    const previous = found ? null : this.hasher.previousHash(token);
    return found ?? (previous === null ? null : this.invitations.findByTokenHash(previous));
  }
}
