import { Global, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config),
        // Nest's default is 9 retries 3 s apart; start-up should fail fast and say why.
        retryAttempts: 2,
        retryDelay: 1000,
        // Migrations run here, before any request, unless DB_MIGRATIONS_RUN=false.
        migrationsRun: config.env.DB_MIGRATIONS_RUN,
      }),
    }),
  ],
  providers: [TransactionRunner],
  exports: [TransactionRunner],
})
export class DatabaseModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(DatabaseModule.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** With migrations off, refuse to serve an out-of-date schema rather than fail per request. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env.DB_MIGRATIONS_RUN) return;
    if (await this.dataSource.showMigrations()) {
      throw new Error('The database schema is out of date and DB_MIGRATIONS_RUN=false; run `npm run cli -- migrate`.');
    }
    this.logger.log('Schema is up to date.');
  }
}
