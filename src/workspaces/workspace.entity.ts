import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MillisColumn } from '../database/columns';

@Entity({ name: 'workspaces' })
export class WorkspaceEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 32 })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** Case-folded title: unique per organization, used by `:` filters and ordering. */
  @Column({ name: 'title_folded', type: 'varchar', length: 400 })
  titleFolded: string;

  @Column({ name: 'workspace_icon', type: 'varchar', length: 256 })
  workspaceIcon: string;

  @Column({ name: 'workspace_icon_color', type: 'varchar', length: 32 })
  workspaceIconColor: string;

  /** Null once the creator has been removed from the organization. */
  @Column({ name: 'creator_user_id', type: 'varchar', length: 32, nullable: true })
  creatorUserId: string | null;

  @Column(MillisColumn('create_time'))
  createTime: number;

  @Column(MillisColumn('update_time'))
  updateTime: number;
}
