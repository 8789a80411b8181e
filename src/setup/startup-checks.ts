import { Injectable } from '@nestjs/common';
import { PepperCheck } from '../api-keys/pepper-check';
import { SchemaCheck } from '../database/schema-check';

/**
 * What must hold before the server serves or a CLI command acts: the schema is current (or
 * DB_MIGRATIONS_RUN=false is refused) and the pepper is the database's (API.md §8, §15).
 */
@Injectable()
export class StartupChecks {
  constructor(
    readonly schema: SchemaCheck,
    private readonly pepper: PepperCheck,
  ) {}

  async assertReady(): Promise<void> {
    await this.schema.assertUpToDate();
    await this.pepper.assertMatches();
  }
}
