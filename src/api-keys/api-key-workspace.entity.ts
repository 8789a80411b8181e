import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { ApiKeyEntity } from './api-key.entity';

/** One workspace in a SPECIFIC key's scope. Both foreign keys cascade on delete. */
@Entity({ name: 'api_key_workspaces' })
@Index('ix_api_key_workspaces_workspace', ['workspaceId'])
export class ApiKeyWorkspaceEntity {
  @PrimaryColumn({ name: 'api_key_id', type: 'varchar', length: 32 })
  @ForeignKey(() => ApiKeyEntity, { name: 'fk_akw_key', onDelete: 'CASCADE' })
  apiKeyId: string;

  /** Deleting a workspace removes it from every key's scope, atomically. */
  @PrimaryColumn({ name: 'workspace_id', type: 'varchar', length: 32 })
  @ForeignKey(() => WorkspaceEntity, { name: 'fk_akw_workspace', onDelete: 'CASCADE' })
  workspaceId: string;
}
