import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/time';
import { PermissionLevel, WorkspaceScope } from '../permissions/grants';
import { RoleId } from '../permissions/roles';
import { isExpired, isGraceActive } from './api-key-lifecycle';
import { ApiKeyState } from './api-key.entity';
import { ApiKeyRepository } from './api-key.repository';
import { CredentialRow } from './credential-lookup';
import { ApiKeyShownFields } from './dto/api-key.response';
import { ExpirationPreset } from './expiration';
import { isWellFormedKey } from './key-format';
import { KeyHasher } from './key-hasher';
import { AuthOutcome, Metrics } from '../observability/metrics';

/** The key's owner as verification read it (same statement as the key). */
export interface KeyOwner {
  id: string;
  displayName: string;
  email: string;
  role: RoleId;
}

/** The key row fields that verification reads: what the ApiKey shape shows (no secret hash). */
export type VerifiedKeyRecord = ApiKeyShownFields;

export interface VerifiedKey {
  key: VerifiedKeyRecord;
  owner: KeyOwner;
  /** Workspace ids of a SPECIFIC key's scope, sorted; [] otherwise. */
  workspaceIds: string[];
  /** The presented secret is the rotated-out one, still in its grace period. */
  viaPreviousSecret: boolean;
}

/**
 * Resolves a presented secret to a live key, for the bearer strategy. Format and checksum first
 * (no database read for junk), then one indexed statement by HMAC that brings the key, its owner
 * and its scope (CredentialLookup, exact: never a row older than the last commit). Validity is
 * decided here, on every request, against the clock: the key exists, has not expired (whatever the
 * sweep did), the secret is the current one or a previous one still in its grace period, and the
 * owner is still a member.
 */
@Injectable()
export class ApiKeyCredentials {
  private readonly logger = new Logger(ApiKeyCredentials.name);

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly hasher: KeyHasher,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  /** verifyKey, counted by outcome and timed (API.md §12). */
  async verify(presented: string): Promise<VerifiedKey | null> {
    const started = performance.now();
    const result = await this.verifyKey(presented);
    this.metrics.keyVerified((performance.now() - started) / 1000);
    this.metrics.authentication(typeof result === 'string' ? result : 'ok');
    return typeof result === 'string' ? null : result;
  }

  private async verifyKey(presented: string): Promise<VerifiedKey | AuthOutcome> {
    if (!isWellFormedKey(presented)) return 'malformed';
    const hash = this.hasher.hash(presented);
    let matched = hash;
    let rows = await this.keys.findByCredentialHash(hash);
    if (rows.length === 0) {
      // During a pepper rotation, a key not yet re-hashed is found under the previous pepper.
      const previous = this.hasher.previousHash(presented);
      if (previous === null) return 'unknown';
      rows = await this.keys.findByCredentialHash(previous);
      if (rows.length === 0) return 'unknown';
      matched = previous;
    }
    const key = toKeyRecord(rows[0]);
    const now = this.clock.now();
    if (isExpired(key, now)) return 'expired';
    const viaPreviousSecret = rows[0].secret_hash !== matched;
    if (viaPreviousSecret && !isGraceActive(key, now)) return 'previous_secret_expired';
    if (rows[0].owner_organization_id !== key.organizationId) return 'owner_removed';
    if (matched !== hash) await this.rehash(key.id, viaPreviousSecret ? 'previous' : 'current', matched, hash);
    return { key, owner: toOwner(rows[0]), workspaceIds: scopeOf(key, rows), viaPreviousSecret };
  }

  /** Once per key per rotation; a failure only delays it to the next use. */
  private async rehash(keyId: string, column: 'current' | 'previous', from: string, to: string): Promise<void> {
    try {
      await this.keys.rehash(keyId, column, from, to, this.hasher.tag);
    } catch (error) {
      this.logger.warn(`Could not re-hash an API key under the new pepper: ${(error as Error).message}`);
    }
  }
}

function toKeyRecord(row: CredentialRow): VerifiedKeyRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    ownerUserId: row.owner_user_id,
    creatorKey: row.creator_key,
    displayName: row.display_name,
    keyPrefix: row.key_prefix,
    previousSecretHash: row.previous_secret_hash,
    previousSecretExpireTime: millisOrNull(row.previous_secret_expire_time),
    expiration: row.expiration as ExpirationPreset,
    expireTime: Number(row.expire_time),
    permissionLevel: row.permission_level as PermissionLevel,
    permissions: row.permissions ? (JSON.parse(row.permissions) as string[]) : [],
    workspaceScope: row.workspace_scope as WorkspaceScope,
    state: row.state as ApiKeyState,
    createTime: Number(row.create_time),
    updateTime: Number(row.update_time),
    lastUsedTime: millisOrNull(row.last_used_time),
    lastUsedIp: row.last_used_ip,
    allowedIps: JSON.parse(row.allowed_ips) as string[],
  };
}

function toOwner(row: CredentialRow): KeyOwner {
  return {
    id: row.owner_user_id,
    displayName: row.owner_display_name,
    email: row.owner_email,
    role: row.owner_role as RoleId,
  };
}

function scopeOf(key: VerifiedKeyRecord, rows: readonly CredentialRow[]): string[] {
  if (key.workspaceScope !== 'WORKSPACE_SCOPE_SPECIFIC') return [];
  const ids: string[] = [];
  for (const row of rows) if (row.workspace_id !== null) ids.push(row.workspace_id);
  return ids.sort();
}

/** mysql2 may hand BIGINT back as a string; times are epoch milliseconds (well inside 2^53). */
function millisOrNull(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}
