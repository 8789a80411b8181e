import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { as, createBody, createKey, reasonOf } from './support/api-client';
import { expectError, expectInvalidField } from './support/expect-error';
import {
  bootstrapOrganization,
  Bootstrapped,
  queriesDuring,
  startApp,
  tableStatements,
  TestApp,
} from './support/test-app';
import { usingMysql } from './support/test-database';

/**
 * API.md §10 IP allowlists: validation and normalization, enforcement on every request after
 * authentication (403 IP_NOT_ALLOWED, client IP as resolved under TRUST_PROXY), the containment
 * rule for keys an allowlisted key creates or changes, PATCH. One trusted proxy hop lets each
 * request speak from the address the test chooses (the right end of X-Forwarded-For).
 */
describe('IP allowlists on keys (API.md §10)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  const from = (key: string, ip: string | undefined, path = '/me') => {
    const req = as(t, key).get(path);
    return ip === undefined ? req : req.set('X-Forwarded-For', ip);
  };

  beforeAll(async () => {
    t = await startApp({
      env: { TRUST_PROXY: '1', AUTH_FAILURES_PER_MINUTE: '0', MAX_API_KEYS_PER_ORGANIZATION: '100' },
    });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(() => t.close());

  describe('a key limited to some addresses', () => {
    let limited: Awaited<ReturnType<typeof createKey>>;
    beforeAll(async () => {
      limited = await createKey(t, boot.key, org, {
        display_name: 'office only',
        allowed_ips: ['10.1.2.3/8', '2001:DB8::/32', '::ffff:198.51.100.7'],
      });
    });

    it('stores the list normalized (network addresses, IPv4-mapped as IPv4) and shows it', async () => {
      expect(limited.allowed_ips).toEqual(['10.0.0.0/8', '2001:db8::/32', '198.51.100.7']);
      expect((await as(t, boot.key).get(limited.name)).body.allowed_ips).toEqual(limited.allowed_ips);
    });

    it.each(['10.0.0.0', '10.255.255.255', '2001:db8:ffff::1', '198.51.100.7'])('works from %s', async (ip) => {
      expect((await from(limited.key, ip)).status).toBe(200);
    });

    it.each(['11.0.0.0', '9.255.255.255', '2001:db9::1', '198.51.100.8', undefined])(
      'is 403 IP_NOT_ALLOWED from %s (undefined: the socket address, 127.0.0.1)',
      async (ip) => {
        const res = await from(limited.key, ip);
        expectError(res, 403, 7, 'IP_NOT_ALLOWED');
      },
    );

    it('is refused before anything else: another organization or a missing permission still says IP_NOT_ALLOWED', async () => {
      expect(reasonOf((await from(limited.key, '11.0.0.1', 'organizations/elsewhere')).body)).toBe('IP_NOT_ALLOWED');
    });

    it('still costs one statement per request (SQLite: none the second time, the key is cached)', async () => {
      await t.get(LastUsedRecorder).flush();
      const statements = await queriesDuring(t, async () => {
        expect((await from(limited.key, '10.9.9.9')).status).toBe(200);
        expect((await from(limited.key, '11.9.9.9')).status).toBe(403);
      });
      expect(tableStatements(statements)).toHaveLength(usingMysql() ? 2 : 1);
    });

    describe('no escalation: what it creates or changes stays inside its list', () => {
      it('cannot create a key usable from anywhere (no allowed_ips)', async () => {
        const res = await as(t, limited.key)
          .post(`${org}/apiKeys`, createBody({ display_name: 'anywhere', expiration: 'EXPIRATION_7_DAYS' }))
          .set('X-Forwarded-For', '10.0.0.1');
        expectError(res, 403, 7, 'ESCALATION_DENIED');
      });

      it.each([['0.0.0.0/0'], ['10.0.0.0/7'], ['11.0.0.1'], ['10.0.0.0/8', '2001:db9::/32']])(
        'cannot create a key with allowed_ips %p',
        async (...allowed) => {
          const res = await as(t, limited.key)
            .post(
              `${org}/apiKeys`,
              createBody({ display_name: 'wider', expiration: 'EXPIRATION_7_DAYS', allowed_ips: allowed }),
            )
            .set('X-Forwarded-For', '10.0.0.1');
          expectError(res, 403, 7, 'ESCALATION_DENIED');
        },
      );

      it('creates a key limited to a part of its list', async () => {
        const res = await as(t, limited.key)
          .post(
            `${org}/apiKeys`,
            createBody({
              display_name: 'narrower',
              expiration: 'EXPIRATION_7_DAYS',
              allowed_ips: ['10.1.0.0/16', '2001:db8:1::/48', '198.51.100.7'],
            }),
          )
          .set('X-Forwarded-For', '10.0.0.1');
        expect(res.status).toBe(201);
        // …and cannot widen it afterwards.
        const widen = await as(t, limited.key)
          .patch(res.body.name as string, { allowed_ips: [] })
          .set('X-Forwarded-For', '10.0.0.1');
        expectError(widen, 403, 7, 'ESCALATION_DENIED');
      });
    });
  });

  describe('validation', () => {
    it.each([
      [['10.0.0.0/8', 'localhost'], 'allowed_ips[1]'],
      [['10.0.0.0/33'], 'allowed_ips[0]'],
      [['300.1.1.1'], 'allowed_ips[0]'],
      [Array.from({ length: 21 }, (_, i) => `10.0.0.${i}`), 'allowed_ips'],
    ])('refuses %p with 400 on %s', async (allowed, field) => {
      const res = await as(t, boot.key).post(`${org}/apiKeys`, createBody({ allowed_ips: allowed }));
      expectInvalidField(res, field);
    });

    it('refuses allowed_ips: null', async () => {
      const res = await as(t, boot.key).post(`${org}/apiKeys`, createBody({ allowed_ips: null }));
      expectInvalidField(res, 'allowed_ips');
    });
  });

  describe('PATCH', () => {
    it('sets a list (enforced at once), then clears it (usable anywhere again)', async () => {
      const key = await createKey(t, boot.key, org, { display_name: 'patched' });
      expect((await from(key.key, '203.0.113.9')).status).toBe(200);

      const set = await as(t, boot.key).patch(key.name, { allowed_ips: ['192.0.2.0/24'] });
      expect(set.status).toBe(200);
      expect(set.body.allowed_ips).toEqual(['192.0.2.0/24']);
      expectError(await from(key.key, '203.0.113.9'), 403, 7, 'IP_NOT_ALLOWED');
      expect((await from(key.key, '192.0.2.77')).status).toBe(200);

      const cleared = await as(t, boot.key).patch(key.name, { allowed_ips: [] });
      expect(cleared.body.allowed_ips).toEqual([]);
      expect((await from(key.key, '203.0.113.9')).status).toBe(200);
    });
  });
});
