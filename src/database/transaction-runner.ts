import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs multi-step writes in one transaction. TypeORM's better-sqlite3 driver shares a single
 * connection, so two overlapping `dataSource.transaction()` calls would nest into one another;
 * on SQLite we therefore queue transactions one at a time (SQLite has one writer anyway). On MySQL
 * each transaction gets its own pooled connection and InnoDB row locks do the serializing.
 */
@Injectable()
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  get dialect(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'mysql') return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Takes the organization's row lock for the rest of the transaction: an exclusive row lock in
   * InnoDB, the write lock in SQLite. Every rule that counts rows of an organization (key limit,
   * last admin) takes it first, so concurrent requests for one organization serialize here.
   */
  async lockOrganization(manager: EntityManager, organizationId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update('organizations')
      .set({ id: () => 'id' })
      .where('id = :id', { id: organizationId })
      .execute();
  }
}
