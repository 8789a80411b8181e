import { MigrationInterface, QueryRunner } from 'typeorm';

/** API.md §14: invitations, their token stored only as an HMAC (collation as the other tables). */
export class Invitations1765400000000 implements MigrationInterface {
  name = 'Invitations1765400000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ collation }] = (await q.query(
      "SELECT TABLE_COLLATION AS collation FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'api_keys'",
    )) as { collation: string }[];
    await q.query(`CREATE TABLE \`invitations\` (
      \`id\` varchar(32) NOT NULL,
      \`organization_id\` varchar(32) NOT NULL,
      \`email\` varchar(254) NOT NULL,
      \`email_folded\` varchar(320) NOT NULL,
      \`role\` varchar(16) NOT NULL,
      \`workspace_id\` varchar(32) NULL,
      \`key_ceiling\` text NULL,
      \`token_hash\` varchar(64) NOT NULL,
      \`create_time\` bigint NOT NULL,
      \`expire_time\` bigint NOT NULL,
      \`accept_time\` bigint NULL,
      \`revoke_time\` bigint NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE KEY \`uq_invitations_token\` (\`token_hash\`),
      KEY \`ix_invitations_org_email\` (\`organization_id\`, \`email_folded\`),
      KEY \`ix_invitations_org_create\` (\`organization_id\`, \`create_time\`),
      KEY \`ix_invitations_workspace\` (\`workspace_id\`),
      CONSTRAINT \`fk_invitations_org\` FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\` (\`id\`)
        ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT \`fk_invitations_workspace\` FOREIGN KEY (\`workspace_id\`) REFERENCES \`workspaces\` (\`id\`)
        ON DELETE SET NULL ON UPDATE NO ACTION
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE `invitations`');
  }
}
