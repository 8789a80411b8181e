import { Injectable } from '@nestjs/common';
import { ApiKeyCredentials } from '../api-keys/api-key-credentials.service';
import { allowsAddress } from '../api-keys/ip-allowlist';
import { LastUsedRecorder } from '../api-keys/last-used-recorder';
import { UsageCounter } from '../api-keys/usage/usage-counter';
import { invalidField, rateLimited } from '../common/errors/rpc.error';
import { names, parseChildName } from '../common/resource-names';
import { Clock, toTimestamp } from '../common/time';
import { PermissionRegistry } from '../permissions/permission-registry';
import { canReachWorkspace, Principal } from '../permissions/principal';
import { AuthFailureLimiter } from './auth-failure-limiter';
import { failureBucketOf } from './client-bucket';
import { VerifyKeyDto } from './dto/verify-key.dto';
import { VerifyKeyResponse, VerifyRefusal } from './dto/verify-key.response';
import { PrincipalFactory } from './principal.factory';

/**
 * Checks a key for another service (API.md §11) with exactly the rules of an authenticated
 * request: the same one-statement lookup (revocation-exact, no cache), the same effective
 * permissions, scope and allowlist. A valid key's check is a use of it (last used, usage counts);
 * invalid keys count toward the caller's failed-authentication limit.
 */
@Injectable()
export class KeyVerification {
  constructor(
    private readonly credentials: ApiKeyCredentials,
    private readonly principals: PrincipalFactory,
    private readonly registry: PermissionRegistry,
    private readonly failures: AuthFailureLimiter,
    private readonly lastUsed: LastUsedRecorder,
    private readonly usage: UsageCounter,
    private readonly clock: Clock,
  ) {}

  async verify(dto: VerifyKeyDto, callerIp: string): Promise<VerifyKeyResponse> {
    this.checkRequest(dto);
    const caller = failureBucketOf(callerIp);
    const retryAfter = this.failures.blockedFor(caller);
    if (retryAfter > 0) throw rateLimited(retryAfter, 'Too many invalid keys verified from this address.');

    const verified = await this.credentials.verify(dto.key);
    if (!verified) {
      await this.failures.recordFailure(caller);
      return { valid: false, reason: 'API_KEY_INVALID' };
    }
    const principal = this.principals.create(verified);
    const now = this.clock.now();
    const clientIp = dto.client_ip ?? '';
    const refusal = this.refusalFor(principal, dto, clientIp);
    // A check is a use of the key by its client: counted like the request it stands for.
    this.lastUsed.record(principal.apiKeyId, verified.key, clientIp || callerIp, now);
    this.usage.count(principal.apiKeyId, refusal === null ? 200 : 403, now);
    if (refusal !== null) return { valid: false, reason: refusal };
    const org = principal.organizationId;
    return {
      valid: true,
      api_key: names.apiKey(org, principal.apiKeyId),
      organization: names.organization(org),
      owner: names.user(org, principal.userId),
      effective_permissions: [...principal.effectivePermissions].sort(),
      workspace_scope: principal.grants.scope,
      workspaces: principal.grants.workspaceIds.map((w) => names.workspace(org, w)),
      expire_time: toTimestamp(principal.keyExpireTime),
    };
  }

  /** In the order of an authenticated request's guard: address, permissions, then scope. */
  private refusalFor(principal: Principal, dto: VerifyKeyDto, clientIp: string): VerifyRefusal | null {
    // A key with an allowlist passes only with the client's address, and only from a listed one.
    if (principal.allowedIps.length > 0 && !allowsAddress(principal.allowedIps, clientIp)) return 'IP_NOT_ALLOWED';
    if ((dto.permissions ?? []).some((p) => !principal.effectivePermissions.has(p))) return 'PERMISSION_MISSING';
    if (dto.workspace !== undefined) {
      const workspace = parseChildName(dto.workspace, 'workspaces');
      if (
        !workspace ||
        workspace.organizationId !== principal.organizationId ||
        !canReachWorkspace(principal, workspace.id)
      ) {
        return 'WORKSPACE_OUT_OF_SCOPE';
      }
    }
    return null;
  }

  /** A malformed request (not a bad key) is 400, before the key is looked at. */
  private checkRequest(dto: VerifyKeyDto): void {
    (dto.permissions ?? []).forEach((p, i) => {
      if (!this.registry.has(p))
        throw invalidField(`permissions[${i}]`, `"${p}" is not a permission (see GET /api/v1/permissions).`);
    });
    if (dto.workspace !== undefined && !parseChildName(dto.workspace, 'workspaces')) {
      throw invalidField(
        'workspace',
        `workspace must be a workspace name (organizations/{o}/workspaces/{w}), not "${dto.workspace}".`,
      );
    }
  }
}
