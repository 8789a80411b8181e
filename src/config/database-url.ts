/** DATABASE_URL parsed into what the TypeORM options builder needs. */
export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'mysql'; host: string; port: number; username: string; password: string; database: string };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new Error('DATABASE_URL sqlite:<path> needs a path');
    return { kind: 'sqlite', path };
  }
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL mysql://… needs a database name');
  return {
    kind: 'mysql',
    host: u.hostname,
    port: u.port ? Number(u.port) : 3306,
    username: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database,
  };
}
