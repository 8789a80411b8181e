import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every foreign key: [table, name, column, referenced table, ON DELETE]. */
const FOREIGN_KEYS: [string, string, string, string, 'CASCADE' | 'SET NULL'][] = [
  ['organizations', 'fk_organizations_owner', 'owner_user_id', 'users', 'SET NULL'],
  ['users', 'fk_users_org', 'organization_id', 'organizations', 'CASCADE'],
  ['workspaces', 'fk_workspaces_org', 'organization_id', 'organizations', 'CASCADE'],
  ['workspaces', 'fk_workspaces_creator', 'creator_user_id', 'users', 'SET NULL'],
  ['api_keys', 'fk_api_keys_org', 'organization_id', 'organizations', 'CASCADE'],
  ['api_keys', 'fk_api_keys_owner', 'owner_user_id', 'users', 'CASCADE'],
  ['api_key_workspaces', 'fk_akw_key', 'api_key_id', 'api_keys', 'CASCADE'],
  ['api_key_workspaces', 'fk_akw_workspace', 'workspace_id', 'workspaces', 'CASCADE'],
];

/**
 * Aligns the MySQL schema with the one the entities declare for both dialects (the SQLite migration
 * of the same name names SQLite's foreign keys): the index on api_keys.owner_user_id under SQLite's
 * name (InnoDB then drops the one it had made implicitly for the foreign key), and every foreign key
 * stated with `ON UPDATE NO ACTION`, as SQLite reports it (unstated, MySQL records RESTRICT, which
 * InnoDB enforces identically). Ids never change, so ON UPDATE never fires either way.
 */
export class NamedForeignKeys1765000000000 implements MigrationInterface {
  name = 'NamedForeignKeys1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX `ix_api_keys_owner` ON `api_keys` (`owner_user_id`)');
    for (const [table, name, column, referenced, onDelete] of FOREIGN_KEYS) {
      await restate(
        q,
        table,
        name,
        column,
        `REFERENCES \`${referenced}\` (\`id\`) ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name, column, referenced, onDelete] of FOREIGN_KEYS) {
      await restate(q, table, name, column, `REFERENCES \`${referenced}\` (\`id\`) ON DELETE ${onDelete}`);
    }
    // The foreign key needs an index: give it back its own before dropping this one.
    await q.query('CREATE INDEX `fk_api_keys_owner` ON `api_keys` (`owner_user_id`)');
    await q.query('DROP INDEX `ix_api_keys_owner` ON `api_keys`');
  }
}

/** Drops and re-adds a foreign key (InnoDB frees a constraint's name only once the drop is done). */
async function restate(q: QueryRunner, table: string, name: string, column: string, reference: string): Promise<void> {
  await q.query(`ALTER TABLE \`${table}\` DROP FOREIGN KEY \`${name}\``);
  await q.query(`ALTER TABLE \`${table}\` ADD CONSTRAINT \`${name}\` FOREIGN KEY (\`${column}\`) ${reference}`);
}
