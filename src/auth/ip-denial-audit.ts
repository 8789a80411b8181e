import { Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { actorOf } from '../audit/actor';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import { Clock, MINUTE_MS } from '../common/time';
import { TransactionRunner } from '../database/transaction-runner';
import { Principal } from '../permissions/principal';

/**
 * Records `api_key.ip_denied` (API.md §9–§10): at most one event per key per minute. This
 * instance remembers the minute it last recorded for each key, so a flood of refused requests
 * costs no database work; across instances, the event's id is derived from (key, minute) and the
 * first writer wins. The write never delays the 403, and its failure is only logged.
 */
@Injectable()
export class IpDenialAudit {
  private readonly logger = new Logger(IpDenialAudit.name);
  private readonly lastMinute = new Map<string, number>();

  constructor(
    private readonly audit: AuditLog,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Returns the write (for tests), already guarded against rejection. */
  denied(principal: Principal, keyDisplayName: string, request: FastifyRequest): Promise<void> {
    const minute = Math.floor(this.clock.now() / MINUTE_MS);
    if (this.lastMinute.get(principal.apiKeyId) === minute) return Promise.resolve();
    this.lastMinute.set(principal.apiKeyId, minute);
    if (this.lastMinute.size > 10_000) this.forgetBefore(minute);
    const actor = actorOf(principal, request);
    return this.transactions
      .run((m) =>
        this.audit.record(m, {
          organizationId: principal.organizationId,
          action: 'api_key.ip_denied',
          actor,
          targets: [
            auditTargets.apiKey({
              organizationId: principal.organizationId,
              id: principal.apiKeyId,
              displayName: keyDisplayName,
              ownerUserId: principal.userId,
            }),
          ],
          onceKey: `api_key.ip_denied:${principal.apiKeyId}:${minute}`,
        }),
      )
      .catch((error: Error) => this.logger.warn(`Could not record api_key.ip_denied: ${error.message}`));
  }

  /** Keeps the memory bounded under many distinct keys: older minutes can never match again. */
  private forgetBefore(minute: number): void {
    for (const [key, seen] of this.lastMinute) if (seen < minute) this.lastMinute.delete(key);
  }
}
