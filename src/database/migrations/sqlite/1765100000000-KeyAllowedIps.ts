import { MigrationInterface, QueryRunner } from 'typeorm';

/** API.md §10: a key's IP allowlist, a JSON array of normalized addresses/CIDRs ([] = any address). */
export class KeyAllowedIps1765100000000 implements MigrationInterface {
  name = 'KeyAllowedIps1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "api_keys" ADD COLUMN "allowed_ips" varchar(1024) NOT NULL DEFAULT ('[]')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "api_keys" DROP COLUMN "allowed_ips"`);
  }
}
