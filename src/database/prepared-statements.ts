import { Injectable } from '@nestjs/common';
import type { Database, Statement } from 'better-sqlite3';
import type { Pool, RowDataPacket } from 'mysql2';
import { DataSource } from 'typeorm';
import { DATABASE_QUERY_TIMEOUT_MS } from './data-source-options';

export type SqlParameter = string | number | null;

/** Far above the dozens of constant statements there are (each id list has 11 padded sizes). */
const MAX_STATEMENTS = 256;

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
    this.dataSource.logger.logQuery(sql);
    if (this.dataSource.options.type === 'mysql') return this.executeOnMysql<Row>(sql, parameters);
    return this.sqliteStatement(sql).all(...parameters) as Row[];
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

  private sqliteStatement(sql: string): Statement<SqlParameter[], unknown> {
    let statement = this.sqliteStatements.get(sql);
    if (!statement) {
      if (this.sqliteStatements.size >= MAX_STATEMENTS) {
        throw new Error(`PreparedStatements: more than ${MAX_STATEMENTS} distinct SQL texts; is a value interpolated?`);
      }
      const connection = (this.dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection;
      statement = connection.prepare<SqlParameter[], unknown>(sql);
      this.sqliteStatements.set(sql, statement);
    }
    return statement;
  }

  private executeOnMysql<Row>(sql: string, parameters: SqlParameter[]): Promise<Row[]> {
    const pool = (this.dataSource.driver as unknown as { pool: Pool }).pool;
    return new Promise((resolve, reject) => {
      pool.execute<RowDataPacket[]>({ sql, timeout: DATABASE_QUERY_TIMEOUT_MS }, parameters, (error, rows) =>
        error ? reject(error) : resolve(rows as Row[]),
      );
    });
  }
}
