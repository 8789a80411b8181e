import { Injectable } from '@nestjs/common';
import { invalidField, notFound } from '../common/errors/rpc.error';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { ListSpec, Paginator } from '../common/listing/paginator';
import { names, parseChildName } from '../common/resource-names';
import { foldCase, likeContains } from '../common/text';
import { Clock } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { Principal } from '../permissions/principal';
import { Actor, SYSTEM } from '../audit/actor';
import { AuditChanges, creationChanges, diffChanges } from '../audit/audit-changes';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import { auditedKeyFields } from './api-key-audit';
import { isWellFormedKey } from './key-format';
import { KeyHasher } from './key-hasher';
import { ApiKeyViews } from './api-key-views';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyResponse, ListApiKeysResponse } from './dto/api-key.response';
import { UpdateApiKeyDto } from './dto/update-api-key.dto';
import { mergeGrantsPatch, patchSendsGrants } from './grants-patch';
import { ensureAllowlistWithin, normalizeAllowlist } from './ip-allowlist';
import { RequestedGrants } from './requested-grants';

function apiKeyList(now: number): Omit<ListSpec<ApiKeyEntity>, 'collection'> {
  return {
    sortFields: {
      display_name: { expr: 'k.displayNameFolded', value: (k) => k.displayNameFolded },
      create_time: { expr: 'k.createTime', value: (k) => k.createTime },
      expire_time: { expr: 'k.expireTime', value: (k) => k.expireTime },
      // Never-used keys sort as time 0 (first ascending, last descending).
      last_used_time: { expr: 'COALESCE(k.lastUsedTime, 0)', value: (k) => k.lastUsedTime ?? 0 },
    },
    defaultOrder: [{ field: 'create_time', desc: true }],
    id: { expr: 'k.id', value: (k) => k.id },
    filters: {
      display_name: {
        ops: ['=', ':'],
        condition: (op, value, p) =>
          op === '='
            ? { sql: `k.displayName = :${p}`, params: { [p]: value } }
            : { sql: `k.displayNameFolded LIKE :${p} ESCAPE '!'`, params: { [p]: likeContains(value) } },
      },
      state: {
        ops: ['='],
        condition: (_op, value, p) => {
          // The state is EXPIRED as soon as expire_time passes, whether or not the sweep has run.
          if (value === 'STATE_ACTIVE') {
            return { sql: `(k.state = 'STATE_ACTIVE' AND k.expireTime > :${p})`, params: { [p]: now } };
          }
          if (value === 'STATE_EXPIRED') {
            return { sql: `(k.state = 'STATE_EXPIRED' OR k.expireTime <= :${p})`, params: { [p]: now } };
          }
          throw invalidField('filter', `state must be STATE_ACTIVE or STATE_EXPIRED, not "${value}".`);
        },
      },
      owner: {
        ops: ['='],
        condition: (_op, value, p) => {
          const owner = parseChildName(value, 'users');
          if (!owner)
            throw invalidField('filter', `owner must be a user name (organizations/{o}/users/{u}), not "${value}".`);
          return { sql: `k.ownerUserId = :${p}`, params: { [p]: owner.id } };
        },
      },
    },
  };
}

/**
 * Reading, editing and deleting keys. Ownership is a filter (API.md §4): an org-member sees and
 * manages only their own keys, and anyone else's key is 404 exactly like a missing one.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly views: ApiKeyViews,
    private readonly grants: RequestedGrants,
    private readonly paginator: Paginator,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly hasher: KeyHasher,
    private readonly clock: Clock,
  ) {}

  async list(caller: Principal, query: ListQueryDto): Promise<ListApiKeysResponse> {
    const page = await this.paginator.page(this.keys.visibleTo(caller), query, {
      ...apiKeyList(this.clock.now()),
      collection: `${names.organization(caller.organizationId)}/apiKeys`,
    });
    return { api_keys: await this.views.many(page.items), next_page_token: page.nextPageToken };
  }

  async get(caller: Principal, keyId: string): Promise<ApiKeyResponse> {
    return this.views.one(await this.findVisible(caller, keyId));
  }

  /** The key as the caller may see it, or 404. */
  async findVisible(caller: Principal, keyId: string): Promise<ApiKeyEntity> {
    const key = await this.keys.findVisible(caller, keyId);
    if (!key) throw notFound(names.apiKey(caller.organizationId, keyId));
    return key;
  }

  /**
   * PATCH: each field sent replaces the stored one and the result must satisfy the create rules;
   * when grants change they must stay within the caller's. `{}` changes nothing.
   */
  async update(caller: Principal, actor: Actor, keyId: string, dto: UpdateApiKeyDto): Promise<ApiKeyResponse> {
    const key = await this.findVisible(caller, keyId);
    const changes: Partial<ApiKeyEntity> = {};
    if (dto.display_name !== undefined && dto.display_name !== key.displayName) {
      changes.displayName = dto.display_name;
      changes.displayNameFolded = foldCase(dto.display_name);
    }
    if (dto.allowed_ips !== undefined) {
      const allowedIps = normalizeAllowlist(dto.allowed_ips);
      ensureAllowlistWithin(allowedIps, caller.allowedIps);
      if (allowedIps.join(',') !== key.allowedIps.join(',')) changes.allowedIps = allowedIps;
    }
    let workspaceIds: string[] | undefined;
    if (patchSendsGrants(dto)) {
      const stored = (await this.keys.workspaceIdsOf([key.id])).get(key.id) ?? [];
      const requested = mergeGrantsPatch(
        {
          level: key.permissionLevel,
          permissions: key.permissions,
          scope: key.workspaceScope,
          workspaces: stored.map((w) => names.workspace(key.organizationId, w)),
        },
        dto,
      );
      const resolved = await this.grants.resolve(caller.organizationId, requested, caller);
      Object.assign(changes, {
        permissionLevel: resolved.level,
        permissions: resolved.permissions,
        workspaceScope: resolved.scope,
      });
      workspaceIds = [...resolved.workspaceIds];
    }
    if (Object.keys(changes).length === 0 && workspaceIds === undefined) return this.views.one(key);

    await this.transactions.run(async (m) => {
      // The event's "before" is the row as this transaction found it, under its lock.
      const current = await this.keys.lockAndRead(m, caller.organizationId, key.id);
      if (!current) throw notFound(names.apiKey(caller.organizationId, keyId));
      const storedScope = (await this.keys.workspaceIdsOf([key.id], m)).get(key.id) ?? [];
      const updated = { ...current, ...changes };
      const diff = diffChanges(
        auditedKeyFields(current, storedScope),
        auditedKeyFields(updated, workspaceIds ?? storedScope),
      );
      // Re-sending the current values changes nothing: no write, no update_time, no event.
      if (Object.keys(diff).length === 0) return;
      await this.keys.update(m, key.id, { ...changes, updateTime: this.clock.now() });
      if (workspaceIds !== undefined) await this.keys.replaceScope(m, key.id, workspaceIds);
      await this.audit.record(m, {
        organizationId: current.organizationId,
        action: 'api_key.updated',
        actor,
        targets: [auditTargets.apiKey(updated)],
        changes: diff,
      });
    });
    return this.get(caller, keyId);
  }

  /** Deletes (revokes) a key the caller may see: the next request with it, on any instance, is 401. */
  async delete(caller: Principal, actor: Actor, keyId: string): Promise<void> {
    const key = await this.findVisible(caller, keyId);
    if (!(await this.deleteById(caller.organizationId, key.id, actor))) {
      throw notFound(names.apiKey(caller.organizationId, keyId));
    }
  }

  /**
   * The key a secret belongs to, by its current or rotated-out secret, under the current or previous
   * pepper (operator CLI: whoever found a leaked key has the secret, not its name). Validity
   * (expiry, grace) does not matter here: a leaked key is revoked whatever its state.
   */
  async findBySecret(secret: string): Promise<{ organizationId: string; id: string } | null> {
    if (!isWellFormedKey(secret)) return null;
    for (const hash of [this.hasher.hash(secret), this.hasher.previousHash(secret)]) {
      if (hash === null) continue;
      const rows = await this.keys.findByCredentialHash(hash);
      if (rows.length > 0) return { organizationId: rows[0].organization_id, id: rows[0].id };
    }
    return null;
  }

  /** Keys by their 12-character `key_prefix`, across organizations (operator CLI). */
  findByPrefix(keyPrefix: string): Promise<ApiKeyEntity[]> {
    return this.keys.findByPrefix(keyPrefix);
  }

  /** Every key of an organization, newest first (operator CLI; no caller to filter by). */
  allOf(organizationId: string): Promise<ApiKeyEntity[]> {
    return this.keys.allOf(organizationId);
  }

  /** Deletes a key of the organization with its `api_key.deleted` event; false when there was none. */
  deleteById(organizationId: string, keyId: string, actor: Actor): Promise<boolean> {
    return this.revoke(organizationId, keyId, actor, 'api_key.deleted', {});
  }

  /**
   * Revokes a key found in a secret-scanning leak report (API.md §11): deleted like any other, the
   * event saying where it was found. False when the key was already gone (a repeated report).
   */
  revokeLeaked(organizationId: string, keyId: string, report: { url: string; source: string }): Promise<boolean> {
    return this.revoke(organizationId, keyId, SYSTEM, 'api_key.leaked', creationChanges(report));
  }

  private revoke(
    organizationId: string,
    keyId: string,
    actor: Actor,
    action: 'api_key.deleted' | 'api_key.leaked',
    changes: AuditChanges,
  ): Promise<boolean> {
    return this.transactions.run(async (m) => {
      const key = await this.keys.lockAndRead(m, organizationId, keyId);
      if (!key) return false;
      await this.keys.delete(m, organizationId, key.id);
      await this.audit.record(m, { organizationId, action, actor, targets: [auditTargets.apiKey(key)], changes });
      return true;
    });
  }
}
