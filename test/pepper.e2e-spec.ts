import { pepperFingerprint } from '../src/config/pepper';
import { OperatorService } from '../src/setup/operator.service';
import { as, createKey } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';
import { createTestDatabase, TEST_PEPPER, TestDatabase } from './support/test-database';

const NEW_PEPPER = 'the-new-pepper-after-rotation-0123456789abcdef';

/**
 * API.md §15 on both databases: the database remembers its pepper's fingerprint and refuses another
 * pepper; TESSERA_KEY_PEPPER_PREVIOUS rotates it, re-hashing each key on first use.
 */
describe('pepper fingerprint and rotation (API.md §15)', () => {
  let db: TestDatabase;
  let app: TestApp | undefined;
  const start = async (env: Record<string, string>) => (app = await startApp({ database: db, env }));
  const stop = async () => {
    await app?.close();
    app = undefined;
  };
  const secretHashOf = async (t: TestApp, name: string) => {
    const rows: { secret_hash: string; pepper_tag: string }[] = await t.dataSource.query(
      'SELECT secret_hash, pepper_tag FROM api_keys WHERE id = ?',
      [name.split('/').pop()],
    );
    return rows[0];
  };

  let org: string;
  let usedKey: { name: string; key: string };
  let idleKey: { name: string; key: string };
  let adminKey: string;
  let invitationToken: string;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await stop();
    await db.drop();
  });

  it('the first start records a fingerprint of the pepper (never the pepper itself)', async () => {
    const t = await start({});
    const rows: { name: string; value: string }[] = await t.dataSource.query('SELECT name, value FROM settings');
    expect(rows).toEqual([{ name: 'pepper_fingerprint', value: pepperFingerprint(Buffer.from(TEST_PEPPER)) }]);
    expect(JSON.stringify(rows)).not.toContain(TEST_PEPPER);

    const boot = await bootstrapOrganization(t);
    org = boot.organization;
    adminKey = boot.key;
    usedKey = await createKey(t, adminKey, org, { display_name: 'used during rotation' });
    idleKey = await createKey(t, adminKey, org, { display_name: 'idle during rotation' });
    invitationToken = (await as(t, adminKey).post(`${org}/invites`, { email: 'later@acme.test', role: 'org-member' }))
      .body.invite_token;
    await stop();
  });

  it('another pepper alone is refused at start, naming the variable and what to do', async () => {
    await expect(start({ TESSERA_KEY_PEPPER: NEW_PEPPER })).rejects.toThrow(
      /different key pepper than TESSERA_KEY_PEPPER.*TESSERA_KEY_PEPPER_PREVIOUS/,
    );
  });

  it('rotation: with TESSERA_KEY_PEPPER_PREVIOUS, old keys verify and are re-hashed on first use', async () => {
    const t = await start({ TESSERA_KEY_PEPPER: NEW_PEPPER, TESSERA_KEY_PEPPER_PREVIOUS: TEST_PEPPER });
    const before = await secretHashOf(t, usedKey.name);
    expect((await as(t, usedKey.key).get('/me')).status).toBe(200);
    const after = await secretHashOf(t, usedKey.name);
    expect(after.secret_hash).not.toBe(before.secret_hash);
    expect(after.pepper_tag).not.toBe(before.pepper_tag);
    expect((await as(t, usedKey.key).get('/me')).status).toBe(200); // now found under the new pepper
    expect((await as(t, adminKey).get('/me')).status).toBe(200);

    // The CLI's list shows which keys are still under the previous pepper.
    const listed = await t.get(OperatorService).listKeys(org);
    const pepperOf = (name: string) => listed.find((k) => k.name === name)?.pepper;
    expect(pepperOf(usedKey.name)).toBe('current');
    expect(pepperOf(idleKey.name)).toBe('previous');

    // Invitations made under the previous pepper can still be accepted.
    const accepted = await t
      .http()
      .post('/api/v1/invitations:accept')
      .send({
        invite_token: invitationToken,
        display_name: 'Later',
        key: {
          display_name: 'k',
          expiration: 'EXPIRATION_7_DAYS',
          permission_level: 'PERMISSION_LEVEL_READ_ONLY',
          workspace_scope: 'WORKSPACE_SCOPE_ALL',
        },
      });
    expect(accepted.status).toBe(201);

    const rows: { value: string }[] = await t.dataSource.query(
      "SELECT value FROM settings WHERE name = 'pepper_fingerprint'",
    );
    expect(rows[0].value).toBe(pepperFingerprint(Buffer.from(NEW_PEPPER)));
    await stop();
  });

  it('afterwards the new pepper alone starts; keys not used during the rotation stay on the old one', async () => {
    const t = await start({ TESSERA_KEY_PEPPER: NEW_PEPPER });
    expect((await as(t, usedKey.key).get('/me')).status).toBe(200);
    expect((await as(t, adminKey).get('/me')).status).toBe(200);
    expect((await as(t, idleKey.key).get('/me')).status).toBe(401);
    await stop();
    await expect(start({})).rejects.toThrow(/different key pepper/);
  });
});
