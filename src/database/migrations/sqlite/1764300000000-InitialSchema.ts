import { MigrationInterface, QueryRunner } from 'typeorm';

/** The initial schema on SQLite. Times are INTEGER epoch milliseconds; see src/common/time.ts. */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "organizations" (
      "id" varchar(32) PRIMARY KEY NOT NULL,
      "title" varchar(100) NOT NULL,
      "owner_user_id" varchar(32) NULL REFERENCES "users" ("id") ON DELETE SET NULL,
      "create_time" bigint NOT NULL,
      "update_time" bigint NOT NULL
    )`);
    await q.query(`CREATE TABLE "users" (
      "id" varchar(32) PRIMARY KEY NOT NULL,
      "organization_id" varchar(32) NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
      "email" varchar(254) NOT NULL,
      "email_folded" varchar(320) NOT NULL,
      "display_name" varchar(100) NOT NULL,
      "display_name_folded" varchar(400) NOT NULL,
      "role" varchar(16) NOT NULL,
      "create_time" bigint NOT NULL,
      "update_time" bigint NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_users_org_email" ON "users" ("organization_id", "email_folded")`);
    await q.query(`CREATE INDEX "ix_users_org_role" ON "users" ("organization_id", "role")`);
    await q.query(`CREATE TABLE "workspaces" (
      "id" varchar(32) PRIMARY KEY NOT NULL,
      "organization_id" varchar(32) NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
      "title" varchar(100) NOT NULL,
      "title_folded" varchar(400) NOT NULL,
      "workspace_icon" varchar(256) NOT NULL DEFAULT '',
      "workspace_icon_color" varchar(32) NOT NULL DEFAULT '',
      "creator_user_id" varchar(32) NULL REFERENCES "users" ("id") ON DELETE SET NULL,
      "create_time" bigint NOT NULL,
      "update_time" bigint NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_workspaces_org_title" ON "workspaces" ("organization_id", "title_folded")`);
    await q.query(`CREATE INDEX "ix_workspaces_org_create" ON "workspaces" ("organization_id", "create_time")`);
    await q.query(`CREATE TABLE "api_keys" (
      "id" varchar(32) PRIMARY KEY NOT NULL,
      "organization_id" varchar(32) NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
      "owner_user_id" varchar(32) NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "creator_key" varchar(128) NOT NULL DEFAULT '',
      "display_name" varchar(100) NOT NULL,
      "display_name_folded" varchar(400) NOT NULL,
      "key_prefix" varchar(12) NOT NULL,
      "secret_hash" varchar(64) NOT NULL,
      "previous_secret_hash" varchar(64) NULL,
      "previous_secret_expire_time" bigint NULL,
      "expiration" varchar(32) NOT NULL,
      "expire_time" bigint NOT NULL,
      "permission_level" varchar(32) NOT NULL,
      "permissions" text NOT NULL,
      "workspace_scope" varchar(32) NOT NULL,
      "state" varchar(16) NOT NULL,
      "disable_time" bigint NULL,
      "create_time" bigint NOT NULL,
      "update_time" bigint NOT NULL,
      "last_used_time" bigint NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "uq_api_keys_secret" ON "api_keys" ("secret_hash")`);
    await q.query(`CREATE UNIQUE INDEX "uq_api_keys_previous_secret" ON "api_keys" ("previous_secret_hash")`);
    await q.query(`CREATE INDEX "ix_api_keys_org_create" ON "api_keys" ("organization_id", "create_time")`);
    await q.query(`CREATE INDEX "ix_api_keys_owner" ON "api_keys" ("owner_user_id")`);
    await q.query(`CREATE INDEX "ix_api_keys_state_expire" ON "api_keys" ("state", "expire_time")`);
    await q.query(`CREATE TABLE "api_key_workspaces" (
      "api_key_id" varchar(32) NOT NULL REFERENCES "api_keys" ("id") ON DELETE CASCADE,
      "workspace_id" varchar(32) NOT NULL REFERENCES "workspaces" ("id") ON DELETE CASCADE,
      PRIMARY KEY ("api_key_id", "workspace_id")
    )`);
    await q.query(`CREATE INDEX "ix_api_key_workspaces_workspace" ON "api_key_workspaces" ("workspace_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['api_key_workspaces', 'api_keys', 'workspaces', 'users', 'organizations']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
