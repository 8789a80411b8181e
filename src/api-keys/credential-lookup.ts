import { Injectable } from '@nestjs/common';
import type { Database, Statement } from 'better-sqlite3';
import type { Pool, RowDataPacket } from 'mysql2';
import { DataSource } from 'typeorm';
import { DATABASE_QUERY_TIMEOUT_MS } from '../database/data-source-options';

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

/** The key, its owner and its scope rows, for the key whose `hashColumn` equals the parameter. */
const keyBy = (hashColumn: 'secret_hash' | 'previous_secret_hash') => `SELECT k.id, k.organization_id,
  k.owner_user_id, k.creator_key, k.display_name, k.key_prefix, k.secret_hash, k.previous_secret_hash,
  k.previous_secret_expire_time, k.expiration, k.expire_time, k.permission_level, k.permissions,
  k.workspace_scope, k.state, k.create_time, k.update_time, k.last_used_time, k.last_used_ip, k.allowed_ips,
  u.organization_id AS owner_organization_id, u.display_name AS owner_display_name, u.email AS owner_email,
  u.role AS owner_role, s.workspace_id
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

/**
 * Runs the verification statement without TypeORM's query building: a better-sqlite3 statement
 * prepared once (on TypeORM's own connection, so it sees exactly what TypeORM wrote), or a mysql2
 * server-side prepared statement through TypeORM's pool (`execute`, cached per connection).
 * TypeORM stays for CRUD and migrations; this is the hot path of every request.
 */
@Injectable()
export class CredentialLookup {
  private sqliteStatement?: Statement<[string, string], CredentialRow>;

  constructor(private readonly dataSource: DataSource) {}

  /** Every row of the key whose current or previous secret hashes to `hash` (none if unknown). */
  find(hash: string): Promise<CredentialRow[]> | CredentialRow[] {
    // Reported like TypeORM's own statements (never with parameters), so statement counts hold.
    this.dataSource.logger.logQuery(VERIFY_CREDENTIAL_SQL);
    if (this.dataSource.options.type === 'mysql') return this.findOnMysql(hash);
    this.sqliteStatement ??= (
      this.dataSource.driver as unknown as { databaseConnection: Database }
    ).databaseConnection.prepare<[string, string], CredentialRow>(VERIFY_CREDENTIAL_SQL);
    return this.sqliteStatement.all(hash, hash);
  }

  private findOnMysql(hash: string): Promise<CredentialRow[]> {
    const pool = (this.dataSource.driver as unknown as { pool: Pool }).pool;
    return new Promise((resolve, reject) => {
      pool.execute<RowDataPacket[]>(
        { sql: VERIFY_CREDENTIAL_SQL, timeout: DATABASE_QUERY_TIMEOUT_MS },
        [hash, hash],
        (error, rows) => (error ? reject(error) : resolve(rows as CredentialRow[])),
      );
    });
  }
}
