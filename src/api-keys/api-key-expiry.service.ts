import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository } from 'typeorm';
import { Clock } from '../common/time';
import { ApiKeyEntity } from './api-key.entity';

export const SWEEP_BATCH_SIZE = 500;

/**
 * Disables keys past their expire_time (state STATE_EXPIRED, disable_time set). Bounded batches of
 * conditional updates: idempotent, and safe with several instances sweeping at once — an update
 * only touches rows still ACTIVE, so two sweepers never both count one key.
 */
@Injectable()
export class ApiKeyExpiryService {
  private readonly logger = new Logger(ApiKeyExpiryService.name);

  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly clock: Clock,
  ) {}

  /** Returns how many keys this call disabled. */
  async sweep(batchSize = SWEEP_BATCH_SIZE): Promise<number> {
    const now = this.clock.now();
    let disabled = 0;
    for (;;) {
      const batch = await this.keys.find({
        select: { id: true },
        where: { state: 'STATE_ACTIVE', expireTime: LessThanOrEqual(now) },
        take: batchSize,
      });
      if (batch.length === 0) break;
      const result = await this.keys
        .createQueryBuilder()
        .update(ApiKeyEntity)
        .set({ state: 'STATE_EXPIRED', disableTime: now })
        .where({ id: In(batch.map((k) => k.id)), state: 'STATE_ACTIVE' })
        .execute();
      disabled += result.affected ?? 0;
      if (batch.length < batchSize) break;
    }
    if (disabled > 0) this.logger.log(`Disabled ${disabled} expired API key(s).`);
    return disabled;
  }
}
