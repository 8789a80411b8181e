import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SYSTEM } from '../audit/actor';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import { Clock, DAY_MS } from '../common/time';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { ApiKeyRepository, SweepCandidate } from './api-key.repository';
import { ApiKeyUsageRepository } from './usage/api-key-usage.repository';
import { lastDays, MAX_USAGE_DAYS } from './usage/usage-counts';

export const SWEEP_BATCH_SIZE = 500;

/**
 * The sweep's work on keys (API.md §5, §9): records the one-time `api_key.expiring` event for keys
 * entering the EXPIRY_WARNING_DAYS window, and disables keys past their expire_time (state
 * STATE_EXPIRED, disable_time set) with their `api_key.expired` event. Bounded batches, one
 * transaction each; every change is a conditional update of one row, and an event is recorded
 * only when this sweeper's update changed the row — so several instances sweeping at once never
 * both count (or announce) one key. Also purges usage rows older than the usage endpoint can show
 * (API.md §10), orphans of deleted keys included.
 */
@Injectable()
export class ApiKeyExpiryService {
  private readonly logger = new Logger(ApiKeyExpiryService.name);

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly usage: ApiKeyUsageRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Returns how many keys this call disabled. */
  async sweep(batchSize = SWEEP_BATCH_SIZE): Promise<number> {
    const now = this.clock.now();
    await this.announceExpiring(now, batchSize);
    let disabled = 0;
    for (;;) {
      const batch = await this.keys.findExpiredActive(now, batchSize);
      disabled += await this.inTransaction(batch, async (m, key) => {
        if (!(await this.keys.markExpired(m, key.id, now))) return false;
        await this.audit.record(m, {
          organizationId: key.organizationId,
          action: 'api_key.expired',
          actor: SYSTEM,
          targets: [auditTargets.apiKey(key)],
          changes: { state: { before: 'STATE_ACTIVE', after: 'STATE_EXPIRED' } },
        });
        return true;
      });
      if (batch.length < batchSize) break;
    }
    if (disabled > 0) this.logger.log(`Disabled ${disabled} expired API key(s).`);
    const purged = await this.usage.purgeOlderThan(lastDays(now, MAX_USAGE_DAYS)[0]);
    if (purged > 0) this.logger.log(`Purged ${purged} usage row(s) older than ${MAX_USAGE_DAYS} days.`);
    return disabled;
  }

  /** Records `api_key.expiring` once per key, the first time a sweep finds it inside the window. */
  private async announceExpiring(now: number, batchSize: number): Promise<void> {
    const windowDays = this.config.env.EXPIRY_WARNING_DAYS;
    if (windowDays === 0) return;
    for (;;) {
      const batch = await this.keys.findExpiringUnannounced(now, now + windowDays * DAY_MS, batchSize);
      await this.inTransaction(batch, async (m, key) => {
        if (!(await this.keys.markExpiringAnnounced(m, key.id, now))) return false;
        await this.audit.record(m, {
          organizationId: key.organizationId,
          action: 'api_key.expiring',
          actor: SYSTEM,
          targets: [auditTargets.apiKey(key)],
        });
        return true;
      });
      if (batch.length < batchSize) return;
    }
  }

  /** Runs `work` for each key of the batch in one transaction; answers how many it changed. */
  private async inTransaction(
    batch: SweepCandidate[],
    work: (m: EntityManager, key: SweepCandidate) => Promise<boolean>,
  ): Promise<number> {
    if (batch.length === 0) return 0;
    return this.transactions.run(async (m) => {
      let changed = 0;
      for (const key of batch) if (await work(m, key)) changed++;
      return changed;
    });
  }
}
