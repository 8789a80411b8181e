import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MillisColumn } from '../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';

@Entity({ name: 'workspaces' })
@Index('uq_workspaces_org_title', ['organizationId', 'titleFolded'], { unique: true })
@Index('ix_workspaces_org_create', ['organizationId', 'createTime'])
export class WorkspaceEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 32 })
  @ForeignKey(() => OrganizationEntity, { name: 'fk_workspaces_org', onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** Case-folded title: unique per organization, used by `:` filters and ordering. */
  @Column({ name: 'title_folded', type: 'varchar', length: 400 })
  titleFolded: string;

  @Column({ name: 'workspace_icon', type: 'varchar', length: 256, default: '' })
  workspaceIcon: string;

  @Column({ name: 'workspace_icon_color', type: 'varchar', length: 32, default: '' })
  workspaceIconColor: string;

  /** Null once the creator has been removed from the organization. */
  @Column({ name: 'creator_user_id', type: 'varchar', length: 32, nullable: true })
  @ForeignKey(() => UserEntity, { name: 'fk_workspaces_creator', onDelete: 'SET NULL' })
  creatorUserId: string | null;

  @Column(MillisColumn('create_time'))
  createTime: number;

  @Column(MillisColumn('update_time'))
  updateTime: number;
}
