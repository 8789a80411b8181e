import { Entity, PrimaryColumn } from 'typeorm';

/** One workspace in a SPECIFIC key's scope. Both foreign keys cascade on delete. */
@Entity({ name: 'api_key_workspaces' })
export class ApiKeyWorkspaceEntity {
  @PrimaryColumn({ name: 'api_key_id', type: 'varchar', length: 32 })
  apiKeyId: string;

  @PrimaryColumn({ name: 'workspace_id', type: 'varchar', length: 32 })
  workspaceId: string;
}
