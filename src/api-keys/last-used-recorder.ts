import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ApiKeyRepository } from './api-key.repository';

/** How often pending last-used times are written, at most. */
const FLUSH_INTERVAL_MS = 5000;

/**
 * Records `last_used_time` without a database write per request. Authentication already read the
 * key row, so a use only needs recording when the stored time is older than the resolution
 * (LAST_USED_RESOLUTION_SECONDS); those are queued and written in one pass every few seconds and on
 * shutdown. The update is conditional, so several instances never move the time backwards.
 */
@Injectable()
export class LastUsedRecorder implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LastUsedRecorder.name);
  private readonly pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private readonly resolutionMs: number;

  constructor(
    private readonly keys: ApiKeyRepository,
    config: AppConfig,
  ) {
    this.resolutionMs = config.env.LAST_USED_RESOLUTION_SECONDS * 1000;
  }

  onModuleInit(): void {
    this.timer = setInterval(
      () => void this.flush().catch((e: Error) => this.logger.warn(`last_used_time flush failed: ${e.message}`)),
      FLUSH_INTERVAL_MS,
    );
    this.timer.unref();
  }

  /** Before the HTTP server drains (which may take a while), then again for requests it finished. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.flush().catch((e: Error) => this.logger.warn(`last_used_time flush at shutdown failed: ${e.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush().catch((e: Error) => this.logger.warn(`last_used_time flush at shutdown failed: ${e.message}`));
  }

  /** Called on each authenticated request with the stored time; queues a write only when due. */
  record(keyId: string, storedLastUsed: number | null, now: number): void {
    if (storedLastUsed !== null && now - storedLastUsed < this.resolutionMs) return;
    if (!this.pending.has(keyId)) this.pending.set(keyId, now);
  }

  /** Writes every queued time. Exposed for tests and shutdown. */
  async flush(): Promise<void> {
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, time] of batch) {
      // Conditional on the resolution, so N instances still write at most once per window.
      await this.keys.recordLastUsed(id, time, time - this.resolutionMs);
    }
  }
}
