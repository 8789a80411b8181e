import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Clock, DAY_MS } from '../../common/time';
import { ApiKeyUsageRepository, UPSERT_CHUNK_ROWS } from './api-key-usage.repository';
import { addInto, chunk, classify, DayCounts, PendingUsage, toRows, utcDay } from './usage-counts';

/** How often pending counts are written, at most (API.md §10). */
export const USAGE_FLUSH_INTERVAL_MS = 10_000;

/**
 * Counts each key's requests per UTC day in memory (API.md §10): the auth path stays one read and
 * no write; a request costs a Map lookup and an increment. Every USAGE_FLUSH_INTERVAL_MS, and at
 * shutdown, the pending counts are swapped out and added to the stored ones with additive upserts
 * (several instances add up; nothing is ever read back and rewritten). A failed write puts its
 * counts back, so the next flush carries them.
 */
@Injectable()
export class UsageCounter implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(UsageCounter.name);
  private pending: PendingUsage = new Map();
  private timer?: NodeJS.Timeout;
  // The current UTC day and its bounds, so a request formats no date.
  private dayStart = 0;
  private dayEnd = 0;
  private day = '';

  constructor(
    private readonly usage: ApiKeyUsageRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flushLogged('usage flush failed'), USAGE_FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  /** Before the HTTP server drains, then again for the requests it finished. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.flushLogged('usage flush at shutdown failed');
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flushLogged('usage flush at shutdown failed');
  }

  /** Counts one answered request of an authenticated key (the hot path). */
  count(apiKeyId: string, status: number, now: number = this.clock.now()): void {
    const kind = classify(status);
    if (kind === null) return;
    const day = this.dayOf(now);
    let byKey = this.pending.get(day);
    if (!byKey) this.pending.set(day, (byKey = new Map<string, DayCounts>()));
    const counts = byKey.get(apiKeyId);
    if (counts) counts[kind]++;
    else byKey.set(apiKeyId, { allowed: kind === 'allowed' ? 1 : 0, denied: kind === 'denied' ? 1 : 0 });
  }

  /** This instance's not-yet-written counts of the key on `day` (zeros if none). */
  pendingOf(apiKeyId: string, day: string): DayCounts {
    return this.pending.get(day)?.get(apiKeyId) ?? { allowed: 0, denied: 0 };
  }

  /**
   * Writes every pending count. On a failure the unwritten counts go back into the pending ones
   * (added, so counts made meanwhile are kept) and the error is thrown. Exposed for tests.
   */
  async flush(): Promise<void> {
    const batch = this.pending;
    if (batch.size === 0) return;
    this.pending = new Map();
    const chunks = chunk(toRows(batch), UPSERT_CHUNK_ROWS);
    for (let i = 0; i < chunks.length; i++) {
      try {
        await this.usage.add(chunks[i]);
      } catch (error) {
        for (const row of chunks.slice(i).flat()) addInto(this.pending, row.apiKeyId, row.day, row);
        throw error;
      }
    }
  }

  private async flushLogged(what: string): Promise<void> {
    await this.flush().catch((e: Error) => this.logger.warn(`${what} (counts kept for the next one): ${e.message}`));
  }

  private dayOf(now: number): string {
    if (now < this.dayStart || now >= this.dayEnd) {
      this.dayStart = now - (((now % DAY_MS) + DAY_MS) % DAY_MS);
      this.dayEnd = this.dayStart + DAY_MS;
      this.day = utcDay(this.dayStart);
    }
    return this.day;
  }
}
