import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initial schema on MySQL 8 / MariaDB 10.11. utf8mb4 with a binary, NO PAD collation: `=` is
 * exact (utf8mb4_bin is PAD SPACE, so 'a' = 'a ' there) and ordering is by code point, exactly as
 * SQLite compares; case-insensitivity comes only from the stored *_folded columns. The collation's
 * name differs: utf8mb4_0900_bin on MySQL 8, utf8mb4_nopad_bin on MariaDB. Times are BIGINT epoch
 * milliseconds.
 */
async function noPadBinaryCollation(q: QueryRunner): Promise<string> {
  const rows = (await q.query("SHOW COLLATION WHERE `Collation` IN ('utf8mb4_0900_bin', 'utf8mb4_nopad_bin')")) as {
    Collation: string;
  }[];
  const available = new Set(rows.map((r) => r.Collation));
  if (available.has('utf8mb4_0900_bin')) return 'utf8mb4_0900_bin';
  if (available.has('utf8mb4_nopad_bin')) return 'utf8mb4_nopad_bin';
  throw new Error('The MySQL server has no binary NO PAD utf8mb4 collation; Tessera needs MySQL 8 or MariaDB 10.11+.');
}

export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const TABLE_OPTIONS = `ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${await noPadBinaryCollation(q)}`;
    await q.query(`CREATE TABLE \`organizations\` (
      \`id\` varchar(32) NOT NULL,
      \`title\` varchar(100) NOT NULL,
      \`owner_user_id\` varchar(32) NULL,
      \`create_time\` bigint NOT NULL,
      \`update_time\` bigint NOT NULL,
      PRIMARY KEY (\`id\`)
    ) ${TABLE_OPTIONS}`);
    await q.query(`CREATE TABLE \`users\` (
      \`id\` varchar(32) NOT NULL,
      \`organization_id\` varchar(32) NOT NULL,
      \`email\` varchar(254) NOT NULL,
      \`email_folded\` varchar(320) NOT NULL,
      \`display_name\` varchar(100) NOT NULL,
      \`display_name_folded\` varchar(400) NOT NULL,
      \`role\` varchar(16) NOT NULL,
      \`create_time\` bigint NOT NULL,
      \`update_time\` bigint NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_users_org_email\` (\`organization_id\`, \`email_folded\`),
      KEY \`ix_users_org_role\` (\`organization_id\`, \`role\`),
      CONSTRAINT \`fk_users_org\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\` (\`id\`) ON DELETE CASCADE
    ) ${TABLE_OPTIONS}`);
    await q.query(`ALTER TABLE \`organizations\` ADD CONSTRAINT \`fk_organizations_owner\`
      FOREIGN KEY (\`owner_user_id\`) REFERENCES \`users\` (\`id\`) ON DELETE SET NULL`);
    await q.query(`CREATE TABLE \`workspaces\` (
      \`id\` varchar(32) NOT NULL,
      \`organization_id\` varchar(32) NOT NULL,
      \`title\` varchar(100) NOT NULL,
      \`title_folded\` varchar(400) NOT NULL,
      \`workspace_icon\` varchar(256) NOT NULL DEFAULT '',
      \`workspace_icon_color\` varchar(32) NOT NULL DEFAULT '',
      \`creator_user_id\` varchar(32) NULL,
      \`create_time\` bigint NOT NULL,
      \`update_time\` bigint NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_workspaces_org_title\` (\`organization_id\`, \`title_folded\`),
      KEY \`ix_workspaces_org_create\` (\`organization_id\`, \`create_time\`),
      CONSTRAINT \`fk_workspaces_org\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\` (\`id\`) ON DELETE CASCADE,
      CONSTRAINT \`fk_workspaces_creator\` FOREIGN KEY (\`creator_user_id\`) REFERENCES \`users\` (\`id\`) ON DELETE SET NULL
    ) ${TABLE_OPTIONS}`);
    await q.query(`CREATE TABLE \`api_keys\` (
      \`id\` varchar(32) NOT NULL,
      \`organization_id\` varchar(32) NOT NULL,
      \`owner_user_id\` varchar(32) NOT NULL,
      \`creator_key\` varchar(128) NOT NULL DEFAULT '',
      \`display_name\` varchar(100) NOT NULL,
      \`display_name_folded\` varchar(400) NOT NULL,
      \`key_prefix\` varchar(12) NOT NULL,
      \`secret_hash\` varchar(64) NOT NULL,
      \`previous_secret_hash\` varchar(64) NULL,
      \`previous_secret_expire_time\` bigint NULL,
      \`expiration\` varchar(32) NOT NULL,
      \`expire_time\` bigint NOT NULL,
      \`permission_level\` varchar(32) NOT NULL,
      \`permissions\` text NOT NULL,
      \`workspace_scope\` varchar(32) NOT NULL,
      \`state\` varchar(16) NOT NULL,
      \`disable_time\` bigint NULL,
      \`create_time\` bigint NOT NULL,
      \`update_time\` bigint NOT NULL,
      \`last_used_time\` bigint NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_api_keys_secret\` (\`secret_hash\`),
      UNIQUE KEY \`uq_api_keys_previous_secret\` (\`previous_secret_hash\`),
      KEY \`ix_api_keys_org_create\` (\`organization_id\`, \`create_time\`),
      KEY \`ix_api_keys_state_expire\` (\`state\`, \`expire_time\`),
      CONSTRAINT \`fk_api_keys_org\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\` (\`id\`) ON DELETE CASCADE,
      CONSTRAINT \`fk_api_keys_owner\` FOREIGN KEY (\`owner_user_id\`) REFERENCES \`users\` (\`id\`) ON DELETE CASCADE
    ) ${TABLE_OPTIONS}`);
    await q.query(`CREATE TABLE \`api_key_workspaces\` (
      \`api_key_id\` varchar(32) NOT NULL,
      \`workspace_id\` varchar(32) NOT NULL,
      PRIMARY KEY (\`api_key_id\`, \`workspace_id\`),
      KEY \`ix_api_key_workspaces_workspace\` (\`workspace_id\`),
      CONSTRAINT \`fk_akw_key\` FOREIGN KEY (\`api_key_id\`) REFERENCES \`api_keys\` (\`id\`) ON DELETE CASCADE,
      CONSTRAINT \`fk_akw_workspace\` FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\` (\`id\`) ON DELETE CASCADE
    ) ${TABLE_OPTIONS}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `organizations` DROP FOREIGN KEY `fk_organizations_owner`');
    for (const table of ['api_key_workspaces', 'api_keys', 'workspaces', 'users', 'organizations']) {
      await q.query(`DROP TABLE \`${table}\``);
    }
  }
}
