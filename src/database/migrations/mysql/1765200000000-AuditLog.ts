import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API.md §9: audit events and their targets; and on api_keys the time the sweep recorded the
 * one-time `api_key.expiring` event (null until then). The new tables take the character set and
 * collation of the existing ones (see the initial schema).
 */
export class AuditLog1765200000000 implements MigrationInterface {
  name = 'AuditLog1765200000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ collation }] = (await q.query(
      "SELECT TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'api_keys'",
    )) as { collation: string }[];
    const TABLE_OPTIONS = `ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation}`;
    await q.query(`CREATE TABLE \`audit_events\` (
      \`id\` varchar(32) NOT NULL,
      \`organization_id\` varchar(32) NOT NULL,
      \`action\` varchar(32) NOT NULL,
      \`actor_type\` varchar(16) NOT NULL,
      \`actor_api_key_id\` varchar(32) NOT NULL DEFAULT '',
      \`actor_user_id\` varchar(32) NOT NULL DEFAULT '',
      \`actor_display_name\` varchar(100) NOT NULL,
      \`changes\` text NOT NULL,
      \`request_ip\` varchar(45) NOT NULL DEFAULT '',
      \`request_user_agent\` varchar(256) NOT NULL DEFAULT '',
      \`request_id\` varchar(128) NOT NULL DEFAULT '',
      \`create_time\` bigint NOT NULL,
      PRIMARY KEY (\`id\`),
      KEY \`ix_audit_events_org_time\` (\`organization_id\`, \`create_time\`, \`id\`),
      KEY \`ix_audit_events_time\` (\`create_time\`),
      CONSTRAINT \`fk_audit_events_org\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\` (\`id\`)
        ON DELETE CASCADE ON UPDATE NO ACTION
    ) ${TABLE_OPTIONS}`);
    await q.query(`CREATE TABLE \`audit_event_targets\` (
      \`event_id\` varchar(32) NOT NULL,
      \`position\` smallint NOT NULL,
      \`type\` varchar(16) NOT NULL,
      \`name\` varchar(128) NOT NULL,
      \`display_name\` varchar(320) NOT NULL,
      \`owner_user_id\` varchar(32) NOT NULL DEFAULT '',
      PRIMARY KEY (\`event_id\`, \`position\`),
      KEY \`ix_audit_event_targets_name\` (\`name\`, \`event_id\`),
      KEY \`ix_audit_event_targets_owner\` (\`owner_user_id\`, \`event_id\`),
      CONSTRAINT \`fk_audit_event_targets_event\` FOREIGN KEY (\`event_id\`) REFERENCES \`audit_events\` (\`id\`)
        ON DELETE CASCADE ON UPDATE NO ACTION
    ) ${TABLE_OPTIONS}`);
    await q.query('ALTER TABLE `api_keys` ADD COLUMN `expiring_notice_time` bigint NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE `api_keys` DROP COLUMN `expiring_notice_time`');
    await q.query('DROP TABLE `audit_event_targets`');
    await q.query('DROP TABLE `audit_events`');
  }
}
