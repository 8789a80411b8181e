import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs multi-step writes in one transaction. TypeORM's better-sqlite3 driver shares a single
 * connection, so two overlapping `dataSource.transaction()` calls would nest into one another;
 * on SQLite we therefore queue transactions one at a time (SQLite has one writer anyway). On MySQL
 * each transaction gets its own pooled connection and InnoDB row locks do the serializing.
 *
 * Invariant on SQLite: a unit of work awaits nothing but its own queries. It starts in a macrotask
 * of its own and better-sqlite3 runs the queries synchronously, so the whole transaction completes
 * before any other request's statement can run (and be rolled back with it). Never await a timer,
 * I/O or a remote call inside `run`.
 */
const MAX_DEADLOCK_ATTEMPTS = 3;

@Injectable()
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  get dialect(): 'sqlite' | 'mysql' {
    return this.dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'mysql') return this.runWithDeadlockRetry(work);
    // Start in a fresh macrotask: requests that arrived together (e.g. pipelined on one connection)
    // run their promise chains interleaved in one macrotask, and a statement of theirs landing
    // inside this transaction would be rolled back with it. From setImmediate on, the transaction's
    // own chain (synchronous better-sqlite3 calls) runs to the end before anything else can.
    const result = this.queue
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** InnoDB may pick a transaction as a deadlock victim; the whole unit of work is then safe to redo. */
  private async runWithDeadlockRetry<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        const code =
          (error as { driverError?: { code?: string }; code?: string }).driverError?.code ??
          (error as { code?: string }).code;
        if (code !== 'ER_LOCK_DEADLOCK' || attempt >= MAX_DEADLOCK_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Takes the organization's row lock for the rest of the transaction: an exclusive row lock in
   * InnoDB, the write lock in SQLite. Every rule that counts rows of an organization (key limit,
   * last admin) takes it first, so concurrent requests for one organization serialize here.
   */
  lockOrganization(manager: EntityManager, organizationId: string): Promise<void> {
    return this.lockRow(manager, 'organizations', organizationId);
  }

  /**
   * Takes a row's write lock for the rest of the transaction with a no-op update (`SET id = id`):
   * portable where `SELECT … FOR UPDATE` is not (TypeORM refuses it on SQLite).
   */
  async lockRow(manager: EntityManager, table: string, id: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(table)
      .set({ id: () => 'id' })
      .where('id = :id', { id })
      .execute();
  }
}
