import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { PreparedStatements } from './prepared-statements';
import { SchemaCheck } from './schema-check';
import { SettingEntity } from './setting.entity';
import { Settings } from './settings';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config),
        autoLoadEntities: true,
        // No retries (Nest's default is 9, 3 s apart, each logging a stack trace): a start that cannot
        // reach the database fails at once with one line saying what to check (main.ts); the
        // orchestrator restarts it, and compose waits for the database's health check.
        toRetry: () => false,
        // Migrations run here, before any request, unless DB_MIGRATIONS_RUN=false.
        migrationsRun: config.env.DB_MIGRATIONS_RUN,
      }),
    }),
    TypeOrmModule.forFeature([SettingEntity]),
  ],
  providers: [TransactionRunner, SchemaCheck, Settings, PreparedStatements],
  exports: [TransactionRunner, SchemaCheck, Settings, PreparedStatements],
})
export class DatabaseModule {}
