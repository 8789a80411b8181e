import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/time';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyUsageRepository } from './usage/api-key-usage.repository';
import { lastDays, MAX_USAGE_DAYS } from './usage/usage-counts';

export const SWEEP_BATCH_SIZE = 500;

/**
 * Disables keys past their expire_time (state STATE_EXPIRED, disable_time set). Bounded batches of
 * conditional updates: idempotent, and safe with several instances sweeping at once — an update
 * only touches rows still ACTIVE, so two sweepers never both count one key. Also purges usage rows
 * older than the usage endpoint can show (API.md §10), orphans of deleted keys included.
 */
@Injectable()
export class ApiKeyExpiryService {
  private readonly logger = new Logger(ApiKeyExpiryService.name);

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly usage: ApiKeyUsageRepository,
    private readonly clock: Clock,
  ) {}

  /** Returns how many keys this call disabled. */
  async sweep(batchSize = SWEEP_BATCH_SIZE): Promise<number> {
    const now = this.clock.now();
    let disabled = 0;
    for (;;) {
      const { found, expired } = await this.keys.expireBatch(now, batchSize);
      disabled += expired;
      if (found < batchSize) break;
    }
    if (disabled > 0) this.logger.log(`Disabled ${disabled} expired API key(s).`);
    const purged = await this.usage.purgeOlderThan(lastDays(now, MAX_USAGE_DAYS)[0]);
    if (purged > 0) this.logger.log(`Purged ${purged} usage row(s) older than ${MAX_USAGE_DAYS} days.`);
    return disabled;
  }
}
