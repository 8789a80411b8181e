import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh database per test file. SQLite (default): a file in a temp folder. MariaDB/MySQL when
 * DATABASE_URL is mysql://… (as .ci/run sets it): a new database on that server, dropped after.
 */
export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'mysql';
  drop(): Promise<void>;
}

export const TEST_PEPPER = 'test-pepper-0123456789-abcdefghijklmnopqrstuvwxyz';

export function usingMysql(): boolean {
  return (process.env.DATABASE_URL ?? '').startsWith('mysql://');
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL ?? '';
  if (!base.startsWith('mysql://')) {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-e2e-'));
    return {
      url: `sqlite:${join(dir, 'tessera.sqlite')}`,
      kind: 'sqlite',
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const mysql = await import('mysql2/promise');
  const name = `tessera_e2e_${randomBytes(6).toString('hex')}`;
  const server = new URL(base);
  const admin = await mysql.createConnection({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'mysql',
    drop: async () => {
      const conn = await mysql.createConnection({
        host: server.hostname,
        port: Number(server.port || 3306),
        user: decodeURIComponent(server.username),
        password: decodeURIComponent(server.password),
      });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
