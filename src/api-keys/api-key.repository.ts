import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, EntityManager, In, IsNull, LessThanOrEqual, Repository, SelectQueryBuilder } from 'typeorm';
import { PreparedStatements } from '../database/prepared-statements';
import { TransactionRunner } from '../database/transaction-runner';
import { Principal } from '../permissions/principal';
import { ApiKeyWorkspaceEntity } from './api-key-workspace.entity';
import { ApiKeyEntity } from './api-key.entity';
import { CredentialLookup, CredentialRow } from './credential-lookup';

/** What the sweep needs of a key: enough to change it and to name it in its event. */
export type SweepCandidate = Pick<ApiKeyEntity, 'id' | 'organizationId' | 'displayName' | 'ownerUserId'>;
const SWEEP_CANDIDATE_COLUMNS = { id: true, organizationId: true, displayName: true, ownerUserId: true } as const;

/**
 * Every statement on `api_keys` and `api_key_workspaces`, in one place: the services decide (who
 * may do what, the key rules), this class reads and writes. Writes that are part of a larger unit
 * of work take the caller's EntityManager.
 */
@Injectable()
export class ApiKeyRepository {
  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly credentials: CredentialLookup,
    private readonly transactions: TransactionRunner,
    private readonly statements: PreparedStatements,
  ) {}

  // ---- reads ---------------------------------------------------------------------------------

  /** The verification read of every request: one prepared statement (see CredentialLookup). */
  findByCredentialHash(hash: string): Promise<readonly CredentialRow[]> | readonly CredentialRow[] {
    return this.credentials.find(hash);
  }

  /**
   * The keys a caller may see, as a query to page through (alias `k`). Ownership is a filter
   * (API.md §4): an org-member sees only their own keys.
   */
  visibleTo(caller: Principal): SelectQueryBuilder<ApiKeyEntity> {
    const qb = this.keys.createQueryBuilder('k').where('k.organizationId = :org', { org: caller.organizationId });
    if (caller.role !== 'org-admin') qb.andWhere('k.ownerUserId = :owner', { owner: caller.userId });
    return qb;
  }

  findVisible(caller: Principal, keyId: string): Promise<ApiKeyEntity | null> {
    return this.visibleTo(caller).andWhere('k.id = :keyId', { keyId }).getOne();
  }

  /** Keys showing this `key_prefix` (the operator's delete-key; not indexed, rare). */
  findByPrefix(keyPrefix: string): Promise<ApiKeyEntity[]> {
    return this.keys.find({ where: { keyPrefix }, order: { createTime: 'DESC', id: 'ASC' } });
  }

  /** Every key of an organization, newest first. */
  allOf(organizationId: string): Promise<ApiKeyEntity[]> {
    return this.keys.find({ where: { organizationId }, order: { createTime: 'DESC', id: 'ASC' } });
  }

  /** Workspace ids in each SPECIFIC key's scope, sorted for a stable answer. */
  async workspaceIdsOf(keyIds: string[], m?: EntityManager): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (keyIds.length === 0) return result;
    // Inside a unit of work, through its manager (on MySQL, the transaction's own connection);
    // otherwise one prepared statement (every key list page).
    const rows = m
      ? await m.getRepository(ApiKeyWorkspaceEntity).find({ where: { apiKeyId: In(keyIds) } })
      : (
          await this.statements.allForIds<{ api_key_id: string; workspace_id: string }>(
            (ids) => `SELECT api_key_id, workspace_id FROM api_key_workspaces WHERE api_key_id IN (${ids})`,
            keyIds,
          )
        ).map((r) => ({ apiKeyId: r.api_key_id, workspaceId: r.workspace_id }));
    rows.sort((a, b) => (a.workspaceId < b.workspaceId ? -1 : a.workspaceId > b.workspaceId ? 1 : 0));
    for (const row of rows) {
      const list = result.get(row.apiKeyId) ?? [];
      list.push(row.workspaceId);
      result.set(row.apiKeyId, list);
    }
    return result;
  }

  // ---- writes inside a unit of work ----------------------------------------------------------

  countInOrganization(m: EntityManager, organizationId: string): Promise<number> {
    return m.countBy(ApiKeyEntity, { organizationId });
  }

  async insert(m: EntityManager, key: ApiKeyEntity, workspaceIds: readonly string[]): Promise<void> {
    await m.insert(ApiKeyEntity, key);
    await this.insertScope(m, key.id, workspaceIds);
  }

  /** Takes the key's row lock for the rest of the transaction and reads it (null if gone). */
  async lockAndRead(m: EntityManager, organizationId: string, keyId: string): Promise<ApiKeyEntity | null> {
    await this.transactions.lockRow(m, 'api_keys', keyId);
    return m.findOneBy(ApiKeyEntity, { id: keyId, organizationId });
  }

  async update(m: EntityManager, keyId: string, changes: Partial<ApiKeyEntity>): Promise<void> {
    await m.update(ApiKeyEntity, { id: keyId }, changes);
  }

  /** Keys stored before pepper fingerprints existed: made under the pepper just recorded. */
  async tagUntagged(tag: string): Promise<void> {
    await this.keys.update({ pepperTag: '' }, { pepperTag: tag });
  }

  /**
   * Re-hashes a key found under the previous pepper (API.md §15): conditional on the old hash, so a
   * concurrent rotation of the key is never overwritten. The tag follows the current secret.
   */
  async rehash(keyId: string, column: 'current' | 'previous', from: string, to: string, tag: string): Promise<void> {
    if (column === 'current') {
      await this.keys.update({ id: keyId, secretHash: from }, { secretHash: to, pepperTag: tag });
    } else {
      await this.keys.update({ id: keyId, previousSecretHash: from }, { previousSecretHash: to });
    }
  }

  /** Replaces a key's workspace scope rows. */
  async replaceScope(m: EntityManager, keyId: string, workspaceIds: readonly string[]): Promise<void> {
    await m.delete(ApiKeyWorkspaceEntity, { apiKeyId: keyId });
    await this.insertScope(m, keyId, workspaceIds);
  }

  /** Deletes (revokes) a key of the organization; its scope rows go with it (cascade). */
  async delete(m: EntityManager, organizationId: string, keyId: string): Promise<void> {
    await m.delete(ApiKeyEntity, { organizationId, id: keyId });
  }

  // ---- single statements ---------------------------------------------------------------------

  /** Up to `batchSize` keys still ACTIVE whose expire_time has passed. */
  findExpiredActive(now: number, batchSize: number): Promise<SweepCandidate[]> {
    return this.keys.find({
      select: SWEEP_CANDIDATE_COLUMNS,
      where: { state: 'STATE_ACTIVE', expireTime: LessThanOrEqual(now) },
      order: { expireTime: 'ASC', id: 'ASC' },
      take: batchSize,
    });
  }

  /** Up to `batchSize` active keys expiring in (now, until] whose expiring event is not yet recorded. */
  findExpiringUnannounced(now: number, until: number, batchSize: number): Promise<SweepCandidate[]> {
    return this.keys.find({
      select: SWEEP_CANDIDATE_COLUMNS,
      where: { state: 'STATE_ACTIVE', expireTime: Between(now + 1, until), expiringNoticeTime: IsNull() },
      order: { expireTime: 'ASC', id: 'ASC' },
      take: batchSize,
    });
  }

  /** ACTIVE → EXPIRED; true only if this call changed the row (so only one sweeper records it). */
  async markExpired(m: EntityManager, keyId: string, now: number): Promise<boolean> {
    const result = await m.update(
      ApiKeyEntity,
      { id: keyId, state: 'STATE_ACTIVE' },
      { state: 'STATE_EXPIRED', disableTime: now },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Sets expiring_notice_time if unset; true only if this call set it. */
  async markExpiringAnnounced(m: EntityManager, keyId: string, now: number): Promise<boolean> {
    const result = await m.update(
      ApiKeyEntity,
      { id: keyId, expiringNoticeTime: IsNull() },
      { expiringNoticeTime: now },
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * Records a use at `time` from `ip` when the stored time is null or not after `due`, or the stored
   * address differs: conditional, so several instances write at most once per window for a key
   * used from one address; and the time only ever moves forward (an instance flushing an older use
   * after another's newer one keeps the newer time).
   */
  async recordLastUsed(keyId: string, time: number, ip: string, due: number): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .update(ApiKeyEntity)
      // The address follows the latest use, like the time: an older use flushed late changes neither.
      // (Listed first: MySQL evaluates SET left to right, so it must see the old last_used_time.)
      .set({
        lastUsedIp: () => 'CASE WHEN last_used_time IS NULL OR last_used_time <= :time THEN :ip ELSE last_used_ip END',
        lastUsedTime: () =>
          'CASE WHEN last_used_time IS NULL OR last_used_time < :time THEN :time ELSE last_used_time END',
      })
      .where('id = :id AND (last_used_time IS NULL OR last_used_time <= :due OR last_used_ip <> :ip)', {
        id: keyId,
        due,
        ip,
      })
      .setParameter('time', time)
      .execute();
  }

  private async insertScope(m: EntityManager, keyId: string, workspaceIds: readonly string[]): Promise<void> {
    if (workspaceIds.length === 0) return;
    await m.insert(
      ApiKeyWorkspaceEntity,
      workspaceIds.map((workspaceId) => ({ apiKeyId: keyId, workspaceId })),
    );
  }
}
