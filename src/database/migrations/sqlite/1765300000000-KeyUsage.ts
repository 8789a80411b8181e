import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API.md §10: per-key, per-UTC-day request counters (no foreign key: a counter flush racing a key's
 * deletion must not fail), and the address a key was last used from.
 */
export class KeyUsage1765300000000 implements MigrationInterface {
  name = 'KeyUsage1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "api_key_usage" (
      "api_key_id" varchar(32) NOT NULL,
      "day" varchar(10) NOT NULL,
      "allowed" bigint NOT NULL DEFAULT (0),
      "denied" bigint NOT NULL DEFAULT (0),
      PRIMARY KEY ("api_key_id", "day")
    )`);
    await q.query(`CREATE INDEX "ix_api_key_usage_day" ON "api_key_usage" ("day")`);
    await q.query(`ALTER TABLE "api_keys" ADD COLUMN "last_used_ip" varchar(45) NOT NULL DEFAULT ('')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "api_keys" DROP COLUMN "last_used_ip"`);
    await q.query(`DROP TABLE "api_key_usage"`);
  }
}
