import { Logger as NestLogger } from '@nestjs/common';
import { Logger as TypeOrmLoggerContract } from 'typeorm';
import { isUniqueViolation } from './unique-violation';

/**
 * Routes TypeORM's messages through Nest's logger, and never with query parameters: those include
 * key hashes and personal data. Failed and slow queries are warnings; successful ones are silent.
 */
export class TypeOrmLogger implements TypeOrmLoggerContract {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {}

  logQueryError(error: string | Error, query: string): void {
    const message = `Query failed (${error instanceof Error ? error.message : error}): ${statementOf(query)}`;
    // Unique violations are expected (they become 409s); anything else deserves attention.
    if (isUniqueViolation(error)) this.logger.debug(message);
    else this.logger.warn(message);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${statementOf(query)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}

/** The statement's first words (e.g. "UPDATE `api_keys`"), enough to recognise it. */
function statementOf(query: string): string {
  return query.split(/\s+/).slice(0, 4).join(' ');
}
