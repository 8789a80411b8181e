import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

/**
 * With DB_MIGRATIONS_RUN=false nothing migrates at start; the server and every CLI command but
 * `migrate` then refuse to work on an out-of-date schema instead of failing request by request.
 */
@Injectable()
export class SchemaCheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async assertUpToDate(): Promise<void> {
    if (this.config.env.DB_MIGRATIONS_RUN) return; // migrations already ran at connection time
    if (await this.dataSource.showMigrations()) {
      throw new Error(
        'The database schema is out of date and DB_MIGRATIONS_RUN=false; run `npm run cli -- migrate` first.',
      );
    }
  }

  /** Runs pending migrations; returns the names of those that ran. */
  async migrate(): Promise<string[]> {
    const ran = await this.dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  }
}
