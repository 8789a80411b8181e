import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditTargetType } from './audit-targets';

/**
 * A resource an audit event is about, by name and the display name it had then (a deleted target
 * keeps both). `owner_user_id` is the user a member-visibility check matches: the key's owner for
 * an ApiKey, the user for a User, '' otherwise.
 */
@Entity({ name: 'audit_event_targets' })
@Index('ix_audit_event_targets_name', ['name', 'eventId'])
@Index('ix_audit_event_targets_owner', ['ownerUserId', 'eventId'])
export class AuditEventTargetEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 32 })
  @ForeignKey(() => AuditEventEntity, { name: 'fk_audit_event_targets_event', onDelete: 'CASCADE' })
  eventId: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  type: AuditTargetType;

  @Column({ type: 'varchar', length: 128 })
  name: string;

  /** Up to 320: an Invitation target shows the invited email. */
  @Column({ name: 'display_name', type: 'varchar', length: 320 })
  displayName: string;

  @Column({ name: 'owner_user_id', type: 'varchar', length: 32, default: '' })
  ownerUserId: string;
}
