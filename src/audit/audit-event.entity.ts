import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MillisColumn } from '../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { ActorType } from './actor';
import type { AuditAction } from './audit-actions';

/**
 * One audit event (API.md §9). Written in the transaction of the change it records and never
 * updated; retention deletes it. Targets are rows of their own (AuditEventTargetEntity) so the
 * `target` filter and the member visibility rule are indexed lookups.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_org_time', ['organizationId', 'createTime', 'id'])
@Index('ix_audit_events_time', ['createTime'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 32 })
  @ForeignKey(() => OrganizationEntity, { name: 'fk_audit_events_org', onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ type: 'varchar', length: 32 })
  action: AuditAction;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: ActorType;

  /** Ids, not foreign keys: the event outlives the key and the user it names. */
  @Column({ name: 'actor_api_key_id', type: 'varchar', length: 32, default: '' })
  actorApiKeyId: string;

  @Column({ name: 'actor_user_id', type: 'varchar', length: 32, default: '' })
  actorUserId: string;

  @Column({ name: 'actor_display_name', type: 'varchar', length: 100 })
  actorDisplayName: string;

  /** JSON `{field: {before, after}}`; never a secret or a hash. */
  @Column({ type: 'text' })
  changes: string;

  @Column({ name: 'request_ip', type: 'varchar', length: 45, default: '' })
  requestIp: string;

  @Column({ name: 'request_user_agent', type: 'varchar', length: 256, default: '' })
  requestUserAgent: string;

  @Column({ name: 'request_id', type: 'varchar', length: 128, default: '' })
  requestId: string;

  @Column(MillisColumn('create_time'))
  createTime: number;
}
