import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { Clock } from '../common/time';
import { Actor } from './actor';
import { AuditAction } from './audit-actions';
import { AuditChanges } from './audit-changes';
import { AuditEventTargetEntity } from './audit-event-target.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditTarget } from './audit-targets';

export interface AuditRecord {
  organizationId: string;
  action: AuditAction;
  actor: Actor;
  targets: readonly AuditTarget[];
  changes?: AuditChanges;
  /**
   * Makes the event idempotent: events recorded with the same key are one event, whichever
   * instance writes first (ip_denied's once per key per minute).
   */
  onceKey?: string;
}

/**
 * Writes audit events (API.md §9). `record` takes the EntityManager of the change's own transaction,
 * so a change that commits always has its event and a rolled-back one never does.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const id = record.onceKey === undefined ? newId() : idFor(record.onceKey);
    const { actor } = record;
    const event: AuditEventEntity = {
      id,
      organizationId: record.organizationId,
      action: record.action,
      actorType: actor.type,
      actorApiKeyId: actor.apiKeyId,
      actorUserId: actor.userId,
      actorDisplayName: actor.displayName,
      changes: JSON.stringify(record.changes ?? {}),
      requestIp: actor.request.ip,
      requestUserAgent: actor.request.userAgent,
      requestId: actor.request.requestId,
      createTime: this.clock.now(),
    };
    const about = actor.via ? [...record.targets, actor.via] : record.targets;
    const targets: AuditEventTargetEntity[] = about.map((t, position) => ({
      eventId: id,
      position,
      type: t.type,
      name: t.name,
      displayName: t.displayName,
      ownerUserId: t.ownerUserId,
    }));
    if (record.onceKey === undefined) {
      await manager.insert(AuditEventEntity, event);
      if (targets.length > 0) await manager.insert(AuditEventTargetEntity, targets);
      return;
    }
    // Same id from every writer: the first insert wins and the others change nothing.
    await manager.createQueryBuilder().insert().into(AuditEventEntity).values(event).orIgnore().execute();
    if (targets.length > 0) {
      await manager.createQueryBuilder().insert().into(AuditEventTargetEntity).values(targets).orIgnore().execute();
    }
  }
}

/** A resource id (same alphabet and length as newId) derived from the once-key. */
function idFor(onceKey: string): string {
  const digest = createHash('sha256').update(`audit-event:${onceKey}`).digest('hex').slice(0, 32);
  return BigInt(`0x${digest}`).toString(36).padStart(25, '0');
}
