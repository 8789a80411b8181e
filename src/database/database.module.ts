import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
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
        // Nest's default is 9 retries 3 s apart; start-up should fail fast and say why.
        retryAttempts: 2,
        retryDelay: 1000,
        // Migrations run here, before any request, unless DB_MIGRATIONS_RUN=false.
        migrationsRun: config.env.DB_MIGRATIONS_RUN,
      }),
    }),
    TypeOrmModule.forFeature([SettingEntity]),
  ],
  providers: [TransactionRunner, SchemaCheck, Settings],
  exports: [TransactionRunner, SchemaCheck, Settings],
})
export class DatabaseModule {}
