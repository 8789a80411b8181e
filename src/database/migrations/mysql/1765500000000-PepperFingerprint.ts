import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API.md §15: the database keeps its pepper's fingerprint (in `settings`) and each key which pepper
 * its hash is under (`pepper_tag`; set for existing keys at the first start that records one).
 */
export class PepperFingerprint1765500000000 implements MigrationInterface {
  name = 'PepperFingerprint1765500000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ collation }] = (await q.query(
      "SELECT TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'api_keys'",
    )) as { collation: string }[];
    await q.query(
      `CREATE TABLE \`settings\` (\`name\` varchar(64) NOT NULL, \`value\` varchar(255) NOT NULL, PRIMARY KEY (\`name\`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation}`,
    );
    await q.query("ALTER TABLE `api_keys` ADD COLUMN `pepper_tag` varchar(16) NOT NULL DEFAULT ''");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `api_keys` DROP COLUMN `pepper_tag`');
    await q.query('DROP TABLE `settings`');
  }
}
