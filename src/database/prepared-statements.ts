import { Injectable } from '@nestjs/common';
import type { Database, Statement } from 'better-sqlite3';
import type { Pool, RowDataPacket } from 'mysql2';
import { DataSource } from 'typeorm';
import { DATABASE_QUERY_TIMEOUT_MS } from './data-source-options';

export type SqlParameter = string | number | null;

/** Far above the dozens of constant statements there are (each id list has 11 padded sizes). */
const MAX_STATEMENTS = 256;

/**
 * SQLite: an SQL expression whose value changes whenever what this connection reads may have
 * changed. `data_version` moves when another connection commits (another instance on the same file,
 * the operator CLI); total_changes() moves when this connection writes (counted at each statement,
 * so a rolled-back write still moves it: a change of version never means less than a change of
 * data). Selected as a column, it tags rows with the version of the very read that produced them.
 * (The table-valued `pragma_data_version` re-parses its pragma on every run, so changeVersion()
 * below reads the same two values through a prepared `PRAGMA` instead: the same string, cheaper.)
 */
export const SQLITE_CHANGE_VERSION = `(SELECT data_version || ':' || total_changes() FROM pragma_data_version)`;
const DATA_VERSION_SQL = 'PRAGMA data_version';
const TOTAL_CHANGES_SQL = 'SELECT total_changes()';

/**
 * Constant SQL run without TypeORM's query building or hydration, for the reads on the hot path
 * (verification on every request; the single-resource reads of the most frequent GETs). TypeORM's
 * builder and entity hydration cost ~50–100 µs a statement, several times the statement itself.
 *
 * SQLite: better-sqlite3 statements prepared once per SQL text on TypeORM's own connection, so they
 * see exactly what TypeORM wrote, and run synchronously (no promise when none is needed). MySQL:
 * mysql2 `execute` through TypeORM's pool (server-side prepared, cached per pooled connection) with
 * TypeORM's query timeout. Rows come back as the database gives them: on MySQL, BIGINT columns (the
 * epoch-millisecond times) arrive as strings, so callers convert with Number().
 *
 * Statements are reported to TypeORM's logger like its own (never with parameters), so the tests'
 * statement counts and the query log see them. Callers pass constant SQL only: the SQL text is the
 * cache key, and a cache past MAX_STATEMENTS means a value was interpolated into SQL (a bug).
 *
 * These run outside any unit of work: on MySQL through the pool, not a transaction's connection.
 * Use them for reads after a commit (every GET), never inside `TransactionRunner.run`.
 */
@Injectable()
export class PreparedStatements {
  private readonly sqliteStatements = new Map<string, Statement<SqlParameter[], unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  all<Row>(sql: string, parameters: SqlParameter[]): Promise<Row[]> | Row[] {
    if (this.dataSource.options.type === 'mysql') return this.executeOnMysql<Row>(sql, parameters);
    return this.allOnSqlite<Row>(sql, parameters);
  }

  /**
   * Rows for a set of ids: `sql(placeholders)` gets `?, ?, …` for the ids padded to the next power
   * of two by repeating the last one (the same rows), so a dozen statements serve every page size
   * up to 1000 instead of one per count.
   */
  allForIds<Row>(sql: (placeholders: string) => string, ids: readonly string[]): Promise<Row[]> | Row[] {
    if (ids.length === 0) return [];
    let size = 1;
    while (size < ids.length) size *= 2;
    const padded = [...ids];
    while (padded.length < size) padded.push(ids[ids.length - 1]);
    return this.all<Row>(sql(Array(size).fill('?').join(', ')), padded);
  }

  /**
   * Whether reads can be tagged with a change version now (VersionedCache): on SQLite, outside a
   * transaction (an open one's writes are not committed yet). MySQL has no read of "did anything
   * change" cheaper than the round trip it would save.
   */
  changeVersionAvailable(): boolean {
    return this.dataSource.options.type !== 'mysql' && !this.sqliteConnection().inTransaction;
  }

  /**
   * The current change version (the value SQLITE_CHANGE_VERSION would have), SQLite only: one
   * `PRAGMA data_version` (a read of the WAL index, no table), and this connection's own counter,
   * which touches no database page and so is not reported as a statement.
   */
  changeVersion(): string {
    this.dataSource.logger.logQuery(DATA_VERSION_SQL);
    const dataVersion = this.sqliteStatement(DATA_VERSION_SQL).pluck().get() as number;
    const totalChanges = this.sqliteStatement(TOTAL_CHANGES_SQL).pluck().get() as number;
    return `${dataVersion}:${totalChanges}`;
  }

  /** `all` where changeVersionAvailable() holds: synchronous. */
  allOnSqlite<Row>(sql: string, parameters: SqlParameter[]): Row[] {
    this.dataSource.logger.logQuery(sql);
    return this.sqliteStatement(sql).all(...parameters) as Row[];
  }

  private sqliteConnection(): Database {
    return (this.dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
  }

  private sqliteStatement(sql: string): Statement<SqlParameter[], unknown> {
    let statement = this.sqliteStatements.get(sql);
    if (!statement) {
      if (this.sqliteStatements.size >= MAX_STATEMENTS) {
        throw new Error(`PreparedStatements: more than ${MAX_STATEMENTS} distinct SQL texts; is a value interpolated?`);
      }
      statement = this.sqliteConnection().prepare<SqlParameter[], unknown>(sql);
      this.sqliteStatements.set(sql, statement);
    }
    return statement;
  }

  private executeOnMysql<Row>(sql: string, parameters: SqlParameter[]): Promise<Row[]> {
    this.dataSource.logger.logQuery(sql);
    const pool = (this.dataSource.driver as unknown as { pool: Pool }).pool;
    return new Promise((resolve, reject) => {
      pool.execute<RowDataPacket[]>({ sql, timeout: DATABASE_QUERY_TIMEOUT_MS }, parameters, (error, rows) =>
        error ? reject(error) : resolve(rows as Row[]),
      );
    });
  }
}
