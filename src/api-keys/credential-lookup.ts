import { Injectable } from '@nestjs/common';
import { PreparedStatements, SQLITE_CHANGE_VERSION } from '../database/prepared-statements';
import { VersionedCache } from '../database/versioned-cache';

/**
 * One row of the verification statement: the key's columns, its owner's, and one workspace of its
 * scope (null for an all-workspaces key or an emptied specific one). A key with N scope rows comes
 * back as N rows that differ only in `workspace_id`, so no aggregate length limit
 * (MySQL's group_concat_max_len) can silently cut a scope short.
 */
export interface CredentialRow {
  id: string;
  organization_id: string;
  owner_user_id: string;
  creator_key: string;
  display_name: string;
  key_prefix: string;
  secret_hash: string;
  previous_secret_hash: string | null;
  previous_secret_expire_time: number | string | null;
  expiration: string;
  expire_time: number | string;
  permission_level: string;
  permissions: string;
  workspace_scope: string;
  state: string;
  create_time: number | string;
  update_time: number | string;
  last_used_time: number | string | null;
  last_used_ip: string;
  allowed_ips: string;
  owner_organization_id: string;
  owner_display_name: string;
  owner_email: string;
  owner_role: string;
  workspace_id: string | null;
}

/** A CredentialRow tagged with the change version it was read at (SQLite). */
interface VersionedCredentialRow extends CredentialRow {
  change_version: string;
}

/** The key, its owner and its scope rows, for the key whose `hashColumn` equals the parameter. */
const keyBy = (
  hashColumn: 'secret_hash' | 'previous_secret_hash',
  extraColumns = '',
) => `SELECT k.id, k.organization_id,
  k.owner_user_id, k.creator_key, k.display_name, k.key_prefix, k.secret_hash, k.previous_secret_hash,
  k.previous_secret_expire_time, k.expiration, k.expire_time, k.permission_level, k.permissions,
  k.workspace_scope, k.state, k.create_time, k.update_time, k.last_used_time, k.last_used_ip, k.allowed_ips,
  u.organization_id AS owner_organization_id, u.display_name AS owner_display_name, u.email AS owner_email,
  u.role AS owner_role, s.workspace_id${extraColumns}
FROM api_keys k
JOIN users u ON u.id = k.owner_user_id
LEFT JOIN api_key_workspaces s ON s.api_key_id = k.id
WHERE k.${hashColumn} = ?`;

/**
 * The whole verification read, as one statement of two indexed branches: the key by the HMAC of
 * its current secret, or of its previous one (each a unique index, so each branch starts from a
 * single key row — InnoDB's "const" table — whatever the tables' sizes: with `secret_hash = ? OR
 * previous_secret_hash = ?` MariaDB chose to scan users on small tables), then its owner by
 * primary key and its scope rows by primary-key prefix. `npm run bench:explain` prints the plan on
 * either database (README, "Performance").
 */
export const VERIFY_CREDENTIAL_SQL = `${keyBy('secret_hash')}
UNION ALL
${keyBy('previous_secret_hash')}`;

/** The same read on SQLite, each row tagged with the change version it was read at. */
const VERSIONED_VERIFY_CREDENTIAL_SQL = `${keyBy('secret_hash', `, ${SQLITE_CHANGE_VERSION} AS change_version`)}
UNION ALL
${keyBy('previous_secret_hash', `, ${SQLITE_CHANGE_VERSION} AS change_version`)}`;

/**
 * Rows remembered at once on SQLite (a key has one per workspace of its scope, ~1 KB each): tens of
 * MB at most. Beyond, the oldest keys are read again on their next use.
 */
const CACHED_CREDENTIAL_ROWS = 20_000;

/**
 * The verification read of every request, as one prepared statement (PreparedStatements).
 *
 * On SQLite, where the statement itself (~10–25 µs) is the largest single cost of an authenticated
 * request, a key's rows are remembered with the change version they were read at, and served again
 * only while the database still reports that version: a ~2 µs read that any commit moves, by this
 * instance, another instance on the same file or the CLI. So a request never sees a key as it was
 * before a change that committed before the request started (API.md §5: revocation, rotation,
 * demotion and removal are immediate); any write at all (a usage flush included) simply empties the
 * cache. Unknown keys are never remembered, so junk cannot evict real keys. On MySQL every request
 * reads afresh: the only exact check would be a round trip, the very cost a cache would save.
 */
@Injectable()
export class CredentialLookup {
  private readonly cache = new VersionedCache<readonly CredentialRow[]>(CACHED_CREDENTIAL_ROWS, (rows) => rows.length);

  constructor(private readonly statements: PreparedStatements) {}

  /** Every row of the key whose current or previous secret hashes to `hash` (none if unknown). */
  find(hash: string): Promise<readonly CredentialRow[]> | readonly CredentialRow[] {
    if (!this.statements.changeVersionAvailable()) {
      return this.statements.all<CredentialRow>(VERIFY_CREDENTIAL_SQL, [hash, hash]);
    }
    const cached = this.cache.get(hash, () => this.statements.changeVersion());
    if (cached !== undefined) return cached;
    const rows = this.statements.allOnSqlite<VersionedCredentialRow>(VERSIONED_VERIFY_CREDENTIAL_SQL, [hash, hash]);
    if (rows.length > 0)
      this.cache.set(
        hash,
        rows.map((row) => Object.freeze(row)),
        rows[0].change_version,
      );
    return rows;
  }
}
