import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API.md §10: per-key, per-UTC-day request counters (no foreign key: a counter flush racing a key's
 * deletion must not fail), and the address a key was last used from. The new table gets the same
 * binary NO PAD collation as api_keys (its name differs between MySQL 8 and MariaDB, so it is read
 * from api_keys rather than spelled here).
 */
export class KeyUsage1765300000000 implements MigrationInterface {
  name = 'KeyUsage1765300000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ collation }] = (await q.query(
      "SELECT TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'api_keys'",
    )) as { collation: string }[];
    await q.query(`CREATE TABLE \`api_key_usage\` (
      \`api_key_id\` varchar(32) NOT NULL,
      \`day\` varchar(10) NOT NULL,
      \`allowed\` bigint NOT NULL DEFAULT 0,
      \`denied\` bigint NOT NULL DEFAULT 0,
      PRIMARY KEY (\`api_key_id\`, \`day\`),
      KEY \`ix_api_key_usage_day\` (\`day\`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation}`);
    await q.query("ALTER TABLE `api_keys` ADD COLUMN `last_used_ip` varchar(45) NOT NULL DEFAULT ''");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `api_keys` DROP COLUMN `last_used_ip`');
    await q.query('DROP TABLE `api_key_usage`');
  }
}
