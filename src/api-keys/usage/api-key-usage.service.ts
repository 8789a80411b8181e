import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time';
import { Principal } from '../../permissions/principal';
import { ApiKeysService } from '../api-keys.service';
import { LastUsedRecorder } from '../last-used-recorder';
import { ApiKeyUsageResponse } from './api-key-usage.response';
import { ApiKeyUsageRepository } from './api-key-usage.repository';
import { UsageCounter } from './usage-counter';
import { lastDays } from './usage-counts';

/** The usage endpoint's answer: stored counts plus this instance's pending ones. */
@Injectable()
export class ApiKeyUsageService {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly usage: ApiKeyUsageRepository,
    private readonly counter: UsageCounter,
    private readonly lastUsed: LastUsedRecorder,
    private readonly clock: Clock,
  ) {}

  /** 404 unless the caller may see the key (members: their own); then one read of the counts. */
  async of(caller: Principal, keyId: string, days: number): Promise<ApiKeyUsageResponse> {
    const key = await this.keys.findVisible(caller, keyId);
    const window = lastDays(this.clock.now(), days);
    const rows = await this.usage.read(key.id, window[0], window[window.length - 1]);
    const stored = new Map(rows.map((r) => [r.day, r]));
    return {
      // This instance's unwritten counts are added, so the instance asked shows no flush lag
      // (others' show up within USAGE_FLUSH_INTERVAL_MS).
      days: window.map((date) => {
        const pending = this.counter.pendingOf(key.id, date);
        const row = stored.get(date);
        return {
          date,
          allowed: (row?.allowed ?? 0) + pending.allowed,
          denied: (row?.denied ?? 0) + pending.denied,
        };
      }),
      last_used_ip: this.lastUsed.pendingIp(key.id) ?? key.lastUsedIp,
    };
  }
}
