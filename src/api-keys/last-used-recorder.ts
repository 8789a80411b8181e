import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ApiKeyRepository } from './api-key.repository';

/** How often pending last-used times are written, at most. */
const FLUSH_INTERVAL_MS = 5000;

/** A use waiting to be written: the latest time and client address seen for the key. */
interface PendingUse {
  time: number;
  ip: string;
}

/**
 * Records `last_used_time` and `last_used_ip` without a database write per request. Authentication
 * already read the key row, so a use only needs recording when the stored time is older than the
 * resolution (LAST_USED_RESOLUTION_SECONDS) or the stored address differs from the caller's; those
 * are queued and written in one pass every few seconds and on shutdown. The update is conditional,
 * so several instances never move the time backwards. A key used from two addresses in turn costs
 * at most one write per key per flush interval.
 */
@Injectable()
export class LastUsedRecorder implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LastUsedRecorder.name);
  private readonly pending = new Map<string, PendingUse>();
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

  /**
   * Called on each authenticated request with what the key row said (time and address) and the
   * caller's address; queues a write only when the time is due or the address changed. The latest
   * use wins, so the address written is the most recent one this instance saw.
   */
  record(keyId: string, stored: { lastUsedTime: number | null; lastUsedIp: string }, ip: string, now: number): void {
    const due = stored.lastUsedTime === null || now - stored.lastUsedTime >= this.resolutionMs;
    if (!due && stored.lastUsedIp === ip) return;
    this.pending.set(keyId, { time: now, ip });
  }

  /** The address of a use of the key not yet written by this instance, if any. */
  pendingIp(keyId: string): string | undefined {
    return this.pending.get(keyId)?.ip;
  }

  /** Writes every queued use. Exposed for tests and shutdown. */
  async flush(): Promise<void> {
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, { time, ip }] of batch) {
      // Conditional on the resolution (or a new address), so N instances still write at most once
      // per window for a key used from one address.
      await this.keys.recordLastUsed(id, time, ip, time - this.resolutionMs);
    }
  }
}
