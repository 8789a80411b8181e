import { DataSource } from 'typeorm';
import { ApiKeyWorkspaceEntity } from './src/api-keys/api-key-workspace.entity';
import { ApiKeyEntity } from './src/api-keys/api-key.entity';
import { AppConfig } from './src/config/app-config';
import { buildDataSourceOptions } from './src/database/data-source-options';
import { OrganizationEntity } from './src/organizations/organization.entity';
import { UserEntity } from './src/organizations/user.entity';
import { WorkspaceEntity } from './src/workspaces/workspace.entity';

/**
 * The TypeORM CLI's data source (e.g. `npx typeorm -d dist/ormconfig.js migration:show`), built
 * from the same options as the running app. The app registers entities per feature module; the
 * CLI has no modules, so they are listed here once.
 */
export default new DataSource({
  ...buildDataSourceOptions(AppConfig.fromProcessEnv()),
  entities: [OrganizationEntity, UserEntity, WorkspaceEntity, ApiKeyEntity, ApiKeyWorkspaceEntity],
});
