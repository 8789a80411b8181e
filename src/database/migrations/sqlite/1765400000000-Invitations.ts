import { MigrationInterface, QueryRunner } from 'typeorm';

/** API.md §14: invitations, their token stored only as an HMAC. */
export class Invitations1765400000000 implements MigrationInterface {
  name = 'Invitations1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "invitations" (
      "id" varchar(32) PRIMARY KEY NOT NULL,
      "organization_id" varchar(32) NOT NULL,
      "email" varchar(254) NOT NULL,
      "email_folded" varchar(320) NOT NULL,
      "role" varchar(16) NOT NULL,
      "workspace_id" varchar(32) NULL,
      "key_ceiling" text NULL,
      "token_hash" varchar(64) NOT NULL,
      "create_time" bigint NOT NULL,
      "expire_time" bigint NOT NULL,
      "accept_time" bigint NULL,
      "revoke_time" bigint NULL,
      CONSTRAINT "fk_invitations_org" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
      CONSTRAINT "fk_invitations_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE SET NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_invitations_token" ON "invitations" ("token_hash")`);
    await q.query(`CREATE INDEX "ix_invitations_org_email" ON "invitations" ("organization_id", "email_folded")`);
    await q.query(`CREATE INDEX "ix_invitations_org_create" ON "invitations" ("organization_id", "create_time")`);
    await q.query(`CREATE INDEX "ix_invitations_workspace" ON "invitations" ("workspace_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "invitations"`);
  }
}
