import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThan, Repository } from 'typeorm';
import { Clock, DAY_MS } from '../common/time';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { AuditEventTargetEntity } from './audit-event-target.entity';
import { AuditEventEntity } from './audit-event.entity';

export const RETENTION_BATCH_SIZE = 500;

/**
 * Deletes audit events older than AUDIT_RETENTION_DAYS (API.md §9), run by the sweep. Bounded
 * batches, each its own short transaction, so a large backlog never holds a long lock; targets go
 * first (explicitly, not trusting the cascade) so no batch leaves a target without its event.
 */
@Injectable()
export class AuditRetention {
  private readonly logger = new Logger(AuditRetention.name);

  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Returns how many events this call deleted. */
  async purge(batchSize = RETENTION_BATCH_SIZE): Promise<number> {
    const cutoff = this.clock.now() - this.config.env.AUDIT_RETENTION_DAYS * DAY_MS;
    let deleted = 0;
    for (;;) {
      const batch = await this.events.find({
        select: { id: true },
        where: { createTime: LessThan(cutoff) },
        order: { createTime: 'ASC' },
        take: batchSize,
      });
      if (batch.length === 0) break;
      const ids = batch.map((e) => e.id);
      await this.transactions.run(async (m) => {
        await m.delete(AuditEventTargetEntity, { eventId: In(ids) });
        await m.delete(AuditEventEntity, { id: In(ids) });
      });
      deleted += batch.length;
      if (batch.length < batchSize) break;
    }
    if (deleted > 0) this.logger.log(`Deleted ${deleted} audit event(s) past AUDIT_RETENTION_DAYS.`);
    return deleted;
  }
}
