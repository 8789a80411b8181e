import { ApiKeyWorkspaceEntity } from '../api-keys/api-key-workspace.entity';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** Every entity, listed once for the options builder. */
export const ENTITIES = [OrganizationEntity, UserEntity, WorkspaceEntity, ApiKeyEntity, ApiKeyWorkspaceEntity];
