import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { apiKeyLimitReached, escalationDenied, failedPrecondition, notFound } from '../common/errors/rpc.error';
import { newId } from '../common/ids';
import { names } from '../common/resource-names';
import { foldCase } from '../common/text';
import { Clock, toTimestamp } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../audit/actor';
import { creationChanges } from '../audit/audit-changes';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import { Grants } from '../permissions/grants';
import { isFullPowerAdminKey, Principal } from '../permissions/principal';
import { auditedKeyFields } from './api-key-audit';
import { isExpired, isGraceActive } from './api-key-lifecycle';
import { ApiKeyViews } from './api-key-views';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyWithSecretResponse } from './dto/api-key.response';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { ExpirationPreset, expireTimeFor } from './expiration';
import { displayPrefix, generateKey } from './key-format';
import { ensureAllowlistWithin, normalizeAllowlist } from './ip-allowlist';
import { KeyHasher } from './key-hasher';
import { RequestedGrants } from './requested-grants';

export interface NewKeySpec {
  organizationId: string;
  ownerUserId: string;
  displayName: string;
  expiration: ExpirationPreset;
  grants: Grants;
  /** Resource name of the creating key; '' for the operator CLI. */
  creatorKey: string;
  /** When the caller already fixed "now" (to check the lifetime rule against the same instant). */
  createTime?: number;
  /** Normalized IP allowlist; absent = any address. */
  allowedIps?: string[];
  /** Who the `api_key.created` event names. */
  actor: Actor;
}

/**
 * The two operations that mint a secret: create and rotate. The plain key exists only in the
 * returned response object; what is stored is its HMAC.
 */
@Injectable()
export class ApiKeyIssuer {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly repository: ApiKeyRepository,
    private readonly views: ApiKeyViews,
    private readonly grants: RequestedGrants,
    private readonly hasher: KeyHasher,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A caller creates a key for themselves, within their own grants and lifetime. */
  async create(caller: Principal, actor: Actor, dto: CreateApiKeyDto): Promise<ApiKeyWithSecretResponse> {
    const grants = await this.grants.resolve(
      caller.organizationId,
      {
        level: dto.permission_level,
        permissions: dto.permissions,
        scope: dto.workspace_scope,
        workspaces: dto.workspaces,
      },
      caller,
    );
    const allowedIps = normalizeAllowlist(dto.allowed_ips ?? []);
    ensureAllowlistWithin(allowedIps, caller.allowedIps);
    const createTime = this.clock.now();
    if (expireTimeFor(dto.expiration, createTime) > caller.keyExpireTime && !isFullPowerAdminKey(caller)) {
      throw escalationDenied('A new key may not outlive the key that creates it; choose a shorter expiration.');
    }
    const issued = await this.issue({
      organizationId: caller.organizationId,
      ownerUserId: caller.userId,
      displayName: dto.display_name,
      expiration: dto.expiration,
      grants,
      creatorKey: names.apiKey(caller.organizationId, caller.apiKeyId),
      createTime,
      allowedIps,
      actor,
    });
    return { ...(await this.views.one(issued.entity)), key: issued.key };
  }

  /**
   * Inserts a key after taking the organization's lock and counting its keys, so the limit holds
   * under any number of concurrent creates, with its `api_key.created` event. Used by `create`,
   * bootstrap and the operator CLI; pass `manager` to join the caller's transaction.
   */
  async issue(spec: NewKeySpec, manager?: EntityManager): Promise<{ entity: ApiKeyEntity; key: string }> {
    const key = generateKey();
    const now = spec.createTime ?? this.clock.now();
    const entity: ApiKeyEntity = {
      id: newId(),
      organizationId: spec.organizationId,
      ownerUserId: spec.ownerUserId,
      creatorKey: spec.creatorKey,
      displayName: spec.displayName,
      displayNameFolded: foldCase(spec.displayName),
      keyPrefix: displayPrefix(key),
      secretHash: this.hasher.hash(key),
      previousSecretHash: null,
      previousSecretExpireTime: null,
      expiration: spec.expiration,
      expireTime: expireTimeFor(spec.expiration, now),
      permissionLevel: spec.grants.level,
      permissions: [...spec.grants.permissions],
      workspaceScope: spec.grants.scope,
      state: 'STATE_ACTIVE',
      disableTime: null,
      createTime: now,
      updateTime: now,
      lastUsedTime: null,
      expiringNoticeTime: null,
      pepperTag: this.hasher.tag,
      lastUsedIp: '',
      allowedIps: spec.allowedIps ?? [],
    };
    const insert = async (m: EntityManager) => {
      await this.transactions.lockOrganization(m, spec.organizationId);
      const limit = this.config.env.MAX_API_KEYS_PER_ORGANIZATION;
      if ((await this.repository.countInOrganization(m, spec.organizationId)) >= limit) {
        throw apiKeyLimitReached(names.organization(spec.organizationId), limit);
      }
      await this.repository.insert(m, entity, spec.grants.workspaceIds);
      await this.audit.record(m, {
        organizationId: spec.organizationId,
        action: 'api_key.created',
        actor: spec.actor,
        targets: [auditTargets.apiKey(entity)],
        changes: creationChanges(auditedKeyFields(entity, spec.grants.workspaceIds)),
      });
    };
    await (manager ? insert(manager) : this.transactions.run(insert));
    return { entity, key };
  }

  /**
   * Issues a new secret for the same key. Only the owner may rotate; rotations of one key are
   * serialized by its row lock, so each answer's secret is live when handed out. With a grace
   * period the previous secret keeps working until min(now + grace, expire_time).
   */
  async rotate(
    caller: Principal,
    actor: Actor,
    keyId: string,
    graceSeconds: number,
  ): Promise<ApiKeyWithSecretResponse> {
    const visible = await this.keys.findVisible(caller, keyId);
    if (visible.ownerUserId !== caller.userId) {
      throw escalationDenied('Only the owner of an API key may rotate it.');
    }
    const rotatingItself = visible.id === caller.apiKeyId;
    if (!rotatingItself) {
      const workspaceIds = (await this.repository.workspaceIdsOf([visible.id])).get(visible.id) ?? [];
      this.grants.ensureWithinCaller(
        {
          level: visible.permissionLevel,
          permissions: visible.permissions,
          scope: visible.workspaceScope,
          workspaceIds,
        },
        caller,
      );
      if (visible.expireTime > caller.keyExpireTime && !isFullPowerAdminKey(caller)) {
        throw escalationDenied('The calling key may not rotate a key that outlives it.');
      }
    }

    const key = generateKey();
    const rotated = await this.transactions.run(async (m) => {
      // Row lock: concurrent rotations of this key queue here and each sees the previous one.
      const current = await this.repository.lockAndRead(m, caller.organizationId, keyId);
      if (!current) throw notFound(names.apiKey(caller.organizationId, keyId));
      const now = this.clock.now();
      if (isExpired(current, now)) {
        throw failedPrecondition('An expired API key cannot be rotated; create a new one.');
      }
      const graceEnd = Math.min(now + graceSeconds * 1000, current.expireTime);
      const keyPrefix = displayPrefix(key);
      const changes: Partial<ApiKeyEntity> = {
        secretHash: this.hasher.hash(key),
        pepperTag: this.hasher.tag,
        keyPrefix,
        previousSecretHash: graceSeconds > 0 ? current.secretHash : null,
        previousSecretExpireTime: graceSeconds > 0 ? graceEnd : null,
        updateTime: now,
      };
      await this.repository.update(m, current.id, changes);
      await this.audit.record(m, {
        organizationId: current.organizationId,
        action: 'api_key.rotated',
        actor,
        targets: [auditTargets.apiKey(current)],
        changes: {
          key_prefix: { before: current.keyPrefix, after: keyPrefix },
          previous_secret_expire_time: {
            before: toTimestamp(isGraceActive(current, now) ? current.previousSecretExpireTime : null),
            after: toTimestamp(changes.previousSecretExpireTime ?? null),
          },
        },
      });
      return Object.assign(current, changes);
    });
    return { ...(await this.views.one(rotated)), key };
  }
}
