import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, DataSource, Repository } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { ApiKeyUsageEntity } from './api-key-usage.entity';
import { UsageRow } from './usage-counts';

/** Rows per upsert statement: 4 parameters each, well inside both databases' limits. */
export const UPSERT_CHUNK_ROWS = 250;
/** Rows per purge statement. */
export const PURGE_BATCH_ROWS = 1000;

const INSERT = 'INSERT INTO api_key_usage (api_key_id, day, allowed, denied) VALUES ';
/**
 * Additive upserts: the database adds this instance's counts to whatever is stored, so several
 * instances (and a retried flush) add up correctly without ever reading a row first.
 */
const ON_CONFLICT = {
  sqlite:
    ' ON CONFLICT (api_key_id, day) DO UPDATE SET allowed = allowed + excluded.allowed, denied = denied + excluded.denied',
  mysql: ' ON DUPLICATE KEY UPDATE allowed = allowed + VALUES(allowed), denied = denied + VALUES(denied)',
} as const;

/** Every statement on `api_key_usage`. */
@Injectable()
export class ApiKeyUsageRepository {
  constructor(
    @InjectRepository(ApiKeyUsageEntity) private readonly usage: Repository<ApiKeyUsageEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Adds the rows' counts to the stored ones: one multi-row statement (callers chunk). */
  async add(rows: readonly UsageRow[]): Promise<void> {
    if (rows.length === 0) return;
    const params: (string | number)[] = [];
    for (const row of rows) params.push(row.apiKeyId, row.day, row.allowed, row.denied);
    const values = rows.map(() => '(?, ?, ?, ?)').join(', ');
    await this.dataSource.query(INSERT + values + ON_CONFLICT[this.transactions.dialect], params);
  }

  /** The key's stored rows from `fromDay` to `toDay` inclusive: one statement. */
  read(apiKeyId: string, fromDay: string, toDay: string): Promise<ApiKeyUsageEntity[]> {
    return this.usage.find({ where: { apiKeyId, day: Between(fromDay, toDay) } });
  }

  /**
   * Deletes rows of days before `day` ('YYYY-MM-DD'), in batches of `batchSize` so no statement
   * holds locks for long; answers how many rows went. For the expiry sweep (orphan rows of deleted
   * keys go the same way).
   */
  async purgeOlderThan(day: string, batchSize = PURGE_BATCH_ROWS): Promise<number> {
    // DELETE … LIMIT is MySQL's; SQLite has it only as a compile option, so it deletes by rowid.
    const sql =
      this.transactions.dialect === 'mysql'
        ? 'DELETE FROM api_key_usage WHERE day < ? LIMIT ?'
        : 'DELETE FROM api_key_usage WHERE rowid IN (SELECT rowid FROM api_key_usage WHERE day < ? LIMIT ?)';
    let total = 0;
    const runner = this.dataSource.createQueryRunner();
    try {
      for (;;) {
        const { affected } = await runner.query(sql, [day, batchSize], true);
        total += affected ?? 0;
        if ((affected ?? 0) < batchSize) return total;
      }
    } finally {
      await runner.release();
    }
  }
}
