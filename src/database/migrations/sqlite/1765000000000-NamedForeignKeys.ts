import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each table as the entities declare it: the same columns, foreign keys now named as on MySQL. */
const TABLES: { name: string; columns: string; create: string; indexes: string[] }[] = [
  {
    name: 'organizations',
    columns: '"id", "title", "owner_user_id", "create_time", "update_time"',
    create: `"id" varchar(32) PRIMARY KEY NOT NULL,
      "title" varchar(100) NOT NULL,
      "owner_user_id" varchar(32) NULL,
      "create_time" bigint NOT NULL,
      "update_time" bigint NOT NULL,
      CONSTRAINT "fk_organizations_owner" FOREIGN KEY ("owner_user_id") REFERENCES "users" ("id") ON DELETE SET NULL`,
    indexes: [],
  },
  {
    name: 'users',
    columns:
      '"id", "organization_id", "email", "email_folded", "display_name", "display_name_folded", "role", "create_time", "update_time"',
    create: `"id" varchar(32) PRIMARY KEY NOT NULL,
      "organization_id" varchar(32) NOT NULL,
      "email" varchar(254) NOT NULL,
      "email_folded" varchar(320) NOT NULL,
      "display_name" varchar(100) NOT NULL,
      "display_name_folded" varchar(400) NOT NULL,
      "role" varchar(16) NOT NULL,
      "create_time" bigint NOT NULL,
      "update_time" bigint NOT NULL,
      CONSTRAINT "fk_users_org" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE`,
    indexes: [
      `CREATE UNIQUE INDEX "uq_users_org_email" ON "users" ("organization_id", "email_folded")`,
      `CREATE INDEX "ix_users_org_role" ON "users" ("organization_id", "role")`,
    ],
  },
  {
    name: 'workspaces',
    columns:
      '"id", "organization_id", "title", "title_folded", "workspace_icon", "workspace_icon_color", "creator_user_id", "create_time", "update_time"',
    create: `"id" varchar(32) PRIMARY KEY NOT NULL,
      "organization_id" varchar(32) NOT NULL,
      "title" varchar(100) NOT NULL,
      "title_folded" varchar(400) NOT NULL,
      "workspace_icon" varchar(256) NOT NULL DEFAULT (''),
      "workspace_icon_color" varchar(32) NOT NULL DEFAULT (''),
      "creator_user_id" varchar(32) NULL,
      "create_time" bigint NOT NULL,
      "update_time" bigint NOT NULL,
      CONSTRAINT "fk_workspaces_org" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
      CONSTRAINT "fk_workspaces_creator" FOREIGN KEY ("creator_user_id") REFERENCES "users" ("id") ON DELETE SET NULL`,
    indexes: [
      `CREATE UNIQUE INDEX "uq_workspaces_org_title" ON "workspaces" ("organization_id", "title_folded")`,
      `CREATE INDEX "ix_workspaces_org_create" ON "workspaces" ("organization_id", "create_time")`,
    ],
  },
  {
    name: 'api_keys',
    columns:
      '"id", "organization_id", "owner_user_id", "creator_key", "display_name", "display_name_folded", "key_prefix", "secret_hash", "previous_secret_hash", "previous_secret_expire_time", "expiration", "expire_time", "permission_level", "permissions", "workspace_scope", "state", "disable_time", "create_time", "update_time", "last_used_time"',
    create: `"id" varchar(32) PRIMARY KEY NOT NULL,
      "organization_id" varchar(32) NOT NULL,
      "owner_user_id" varchar(32) NOT NULL,
      "creator_key" varchar(128) NOT NULL DEFAULT (''),
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
      "last_used_time" bigint NULL,
      CONSTRAINT "fk_api_keys_org" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE,
      CONSTRAINT "fk_api_keys_owner" FOREIGN KEY ("owner_user_id") REFERENCES "users" ("id") ON DELETE CASCADE`,
    indexes: [
      `CREATE UNIQUE INDEX "uq_api_keys_secret" ON "api_keys" ("secret_hash")`,
      `CREATE UNIQUE INDEX "uq_api_keys_previous_secret" ON "api_keys" ("previous_secret_hash")`,
      `CREATE INDEX "ix_api_keys_org_create" ON "api_keys" ("organization_id", "create_time")`,
      `CREATE INDEX "ix_api_keys_owner" ON "api_keys" ("owner_user_id")`,
      `CREATE INDEX "ix_api_keys_state_expire" ON "api_keys" ("state", "expire_time")`,
    ],
  },
  {
    name: 'api_key_workspaces',
    columns: '"api_key_id", "workspace_id"',
    create: `"api_key_id" varchar(32) NOT NULL,
      "workspace_id" varchar(32) NOT NULL,
      PRIMARY KEY ("api_key_id", "workspace_id"),
      CONSTRAINT "fk_akw_key" FOREIGN KEY ("api_key_id") REFERENCES "api_keys" ("id") ON DELETE CASCADE,
      CONSTRAINT "fk_akw_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspaces" ("id") ON DELETE CASCADE`,
    indexes: [`CREATE INDEX "ix_api_key_workspaces_workspace" ON "api_key_workspaces" ("workspace_id")`],
  },
];

/**
 * Gives the foreign keys of the SQLite schema the names they have on MySQL (the initial migration
 * wrote them inline, unnamed), so the entities can declare one schema for both dialects and TypeORM's
 * schema builder finds nothing to change. SQLite cannot rename a constraint: each table is rebuilt
 * (create, copy, drop, rename, indexes), with foreign-key enforcement off as TypeORM runs migrations,
 * then every reference is checked. Rows, ids and rules (ON DELETE CASCADE / SET NULL) are unchanged.
 */
export class NamedForeignKeys1765000000000 implements MigrationInterface {
  name = 'NamedForeignKeys1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`CREATE TABLE "${table.name}_rebuilt" (${table.create})`);
      await q.query(
        `INSERT INTO "${table.name}_rebuilt" (${table.columns}) SELECT ${table.columns} FROM "${table.name}"`,
      );
      await q.query(`DROP TABLE "${table.name}"`);
      await q.query(`ALTER TABLE "${table.name}_rebuilt" RENAME TO "${table.name}"`);
      for (const index of table.indexes) await q.query(index);
    }
    const broken = (await q.query('PRAGMA foreign_key_check')) as unknown[];
    if (broken.length > 0) throw new Error(`Rebuilding the tables left ${broken.length} broken reference(s).`);
  }

  async down(): Promise<void> {
    // The schema before differs only in the foreign keys' names: nothing to undo.
  }
}
