import { DataSource } from 'typeorm';
import { AppConfig } from './src/config/app-config';
import { buildDataSourceOptions } from './src/database/data-source-options';

/**
 * The TypeORM CLI's data source (e.g. `npx typeorm -d dist/ormconfig.js migration:show`), built
 * from the same options as the running app.
 */
export default new DataSource(buildDataSourceOptions(AppConfig.fromProcessEnv()));
