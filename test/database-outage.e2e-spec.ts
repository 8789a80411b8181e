import { as, reasonOf } from './support/api-client';
import { TcpProxy } from './support/tcp-proxy';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase, usingMysql } from './support/test-database';

/**
 * API.md §2: when MySQL is unreachable every request that needs it answers 503 UNAVAILABLE within
 * 10 s (never 500, never a hang), and the service recovers by itself. Runs against MariaDB
 * (.ci/run); the embedded SQLite database cannot become unreachable.
 */
const describeOnMysql = usingMysql() ? describe : describe.skip;

describeOnMysql('Database outage (MySQL)', () => {
  let proxy: TcpProxy;
  let database: TestDatabase;
  let t: TestApp;
  let key: string;
  let org: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    t = await startApp({
      env: { DATABASE_URL: viaProxy.toString(), DB_CONNECT_TIMEOUT_MS: '3000' },
      database: { ...database, url: viaProxy.toString() },
    });
    const boot = await bootstrapOrganization(t);
    key = boot.key;
    org = boot.organization;
  }, 60_000);

  afterAll(async () => {
    await proxy.restore();
    await t?.close();
    await proxy.stop();
    await database?.drop();
  });

  async function expectUnavailable(path: string) {
    const res = await as(t, key).get(path).timeout(15_000);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe(14);
    expect(reasonOf(res.body)).toBe('UNAVAILABLE');
    return res;
  }

  async function expectRecovered() {
    // The pool reconnects on demand; allow a few attempts while stale connections are discarded.
    let last = 0;
    for (let attempt = 0; attempt < 10 && last !== 200; attempt++) {
      last = (await as(t, key).get(`${org}/workspaces`).timeout(15_000)).status;
      if (last !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(last).toBe(200);
  }

  it('serves normally through the proxy', async () => {
    expect((await as(t, key).get(`${org}/workspaces`)).status).toBe(200);
  });

  it('answers 503 when the database refuses connections, and /health says 503', async () => {
    await proxy.refuse();
    await expectUnavailable(`${org}/workspaces`);
    await expectUnavailable('/me');
    for (const path of ['/health', '/health/ready']) {
      const health = await t.http().get(path).timeout(15_000);
      expect([path, health.status, health.body.status]).toEqual([path, 503, 'error']);
    }
    // Liveness does not depend on the database: the process is fine, restarting it would not help.
    expect((await t.http().get('/health/live')).status).toBe(200);
  }, 60_000);

  it('recovers by itself when the database is back', async () => {
    await proxy.restore();
    await expectRecovered();
  }, 60_000);

  it('answers 503 (not a hang) when the network to the database goes silent, then recovers', async () => {
    proxy.blackhole();
    await expectUnavailable(`${org}/workspaces`);
    await proxy.restore();
    await expectRecovered();
  }, 90_000);
});
