import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MillisColumn } from '../database/columns';
import { RoleId } from '../permissions/roles';
import { OrganizationEntity } from './organization.entity';

/** A user is a member of exactly one organization (the same email elsewhere is another user). */
@Entity({ name: 'users' })
@Index('uq_users_org_email', ['organizationId', 'emailFolded'], { unique: true })
@Index('ix_users_org_role', ['organizationId', 'role'])
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 32 })
  @ForeignKey(() => OrganizationEntity, { name: 'fk_users_org', onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Case-folded email: the unique key per organization. */
  @Column({ name: 'email_folded', type: 'varchar', length: 320 })
  emailFolded: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'display_name_folded', type: 'varchar', length: 400 })
  displayNameFolded: string;

  @Column({ type: 'varchar', length: 16 })
  role: RoleId;

  @Column(MillisColumn('create_time'))
  createTime: number;

  @Column(MillisColumn('update_time'))
  updateTime: number;
}
