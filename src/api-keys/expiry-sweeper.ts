import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../observability/metrics';
import { AuditRetention } from '../audit/audit-retention';
import { ApiKeyExpiryService } from './api-key-expiry.service';

/**
 * Runs the sweep on EXPIRY_SWEEP_CRON ("off" disables it on this instance): expiring and expired
 * keys, then audit retention. Thin on purpose; each part is safe with several instances sweeping.
 */
@Injectable()
export class ExpirySweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExpirySweeper.name);
  private running = false;

  constructor(
    private readonly expiry: ApiKeyExpiryService,
    private readonly retention: AuditRetention,
    private readonly scheduler: SchedulerRegistry,
    private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    const expression = this.config.env.EXPIRY_SWEEP_CRON;
    if (expression === 'off') return;
    const job = CronJob.from({ cronTime: expression, onTick: () => this.tick(), start: false });
    this.scheduler.addCronJob('api-key-expiry-sweep', job);
    job.start();
  }

  private async tick(): Promise<void> {
    if (this.running) return; // a slow sweep is never overlapped by the next tick
    this.running = true;
    try {
      const expired = await this.expiry.sweep();
      await this.retention.purge();
      this.metrics.sweepRan(true, expired);
    } catch (error) {
      this.metrics.sweepRan(false);
      this.logger.warn(`Expiry sweep failed; it will run again on schedule: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
