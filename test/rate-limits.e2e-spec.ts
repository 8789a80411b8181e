import { generateKey } from '../src/api-keys/key-format';
import { LastUsedRecorder } from '../src/api-keys/last-used-recorder';
import { as, reasonOf } from './support/api-client';
import { flipLast, operatorKey } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, queriesDuring, startApp, TestApp } from './support/test-app';

/**
 * API.md §3 (failed authentications per client IP) and §8 (RATE_LIMIT_PER_MINUTE per key).
 * Each block boots its own app (the limits are environment settings) and closes it before the
 * next block starts.
 */

type Res = { status: number; body: any; headers: Record<string, string> };

function expectRateLimited(res: Res) {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({
    code: 8,
    message: expect.any(String),
    details: expect.arrayContaining([
      expect.objectContaining({
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'RATE_LIMITED',
        domain: 'tessera',
      }),
    ]),
  });
  expect(reasonOf(res.body)).toBe('RATE_LIMITED');
  const retryAfter = res.headers['retry-after'];
  expect(retryAfter).toMatch(/^\d+$/);
  expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(retryAfter)).toBeLessThanOrEqual(60);
}

/** A second key for the bootstrap admin, minted without an HTTP request (so no request is counted). */
async function anotherAdminKey(t: TestApp, organization: string, displayName: string): Promise<string> {
  return (await operatorKey(t, organization, 'admin@acme.test', { displayName, expiration: 'EXPIRATION_30_DAYS' })).key;
}

describe('Rate limits (API.md §3, §8)', () => {
  describe('RATE_LIMIT_PER_MINUTE=5: requests per key per minute', () => {
    let t: TestApp;
    let boot: Bootstrapped;
    let otherKey: string;
    let mixedKey: string;

    beforeAll(async () => {
      t = await startApp({ env: { RATE_LIMIT_PER_MINUTE: '5', AUTH_FAILURES_PER_MINUTE: '0' } });
      boot = await bootstrapOrganization(t);
      otherKey = await anotherAdminKey(t, boot.organization, 'second key');
      mixedKey = await anotherAdminKey(t, boot.organization, 'third key');
    });
    afterAll(() => t.close());

    it('answers the 6th request of one key within the minute with 429 RATE_LIMITED and Retry-After', async () => {
      for (let i = 1; i <= 5; i++) {
        const res = await as(t, boot.key).get('/me');
        expect([i, res.status]).toEqual([i, 200]);
      }
      expectRateLimited(await as(t, boot.key).get('/me'));
      // It stays limited for the rest of the window.
      expectRateLimited(await as(t, boot.key).get('/me'));
    });

    it('counts every request of the key together, whatever the route', async () => {
      const paths = [
        '/me',
        `${boot.organization}/workspaces`,
        `${boot.organization}/users`,
        boot.organization,
        '/permissions',
      ];
      for (const [i, path] of paths.entries()) {
        const res = await as(t, mixedKey).get(path);
        expect([i + 1, path, res.status]).toEqual([i + 1, path, 200]);
      }
      expectRateLimited(await as(t, mixedKey).get(`${boot.organization}/roles`));
      expectRateLimited(await as(t, mixedKey).get('/me'));
    });

    it('does not limit another key of the same user and organization', async () => {
      expectRateLimited(await as(t, boot.key).get('/me'));
      for (let i = 1; i <= 5; i++) {
        const res = await as(t, otherKey).get('/me');
        expect([i, res.status]).toEqual([i, 200]);
      }
    });
  });

  describe('RATE_LIMIT_PER_MINUTE=0 and AUTH_FAILURES_PER_MINUTE=0: both limits off', () => {
    let t: TestApp;
    let boot: Bootstrapped;

    beforeAll(async () => {
      t = await startApp({ env: { RATE_LIMIT_PER_MINUTE: '0', AUTH_FAILURES_PER_MINUTE: '0' } });
      boot = await bootstrapOrganization(t);
    });
    afterAll(() => t.close());

    it('never limits a key (30 requests in a row all succeed)', async () => {
      for (let i = 1; i <= 30; i++) {
        const res = await as(t, boot.key).get('/me');
        expect([i, res.status]).toEqual([i, 200]);
      }
    });

    it('never limits failed authentications (more than the default 100 in a minute stay 401)', async () => {
      for (let i = 1; i <= 110; i++) {
        const res = await as(t, i % 2 ? generateKey() : flipLast(boot.key)).get('/me');
        expect([i, res.status]).toEqual([i, 401]);
      }
      expect((await as(t, boot.key).get('/me')).status).toBe(200);
    });
  });

  describe('AUTH_FAILURES_PER_MINUTE=3: failed authentications per client IP', () => {
    let t: TestApp;
    let boot: Bootstrapped;

    beforeAll(async () => {
      // One trusted hop lets a test speak from another client address through X-Forwarded-For (its
      // right end); requests without that header come from the socket address (127.0.0.1).
      t = await startApp({ env: { AUTH_FAILURES_PER_MINUTE: '3', TRUST_PROXY: '1' } });
      boot = await bootstrapOrganization(t);
      await t.get(LastUsedRecorder).flush();
    });
    afterAll(() => t.close());

    it('after 3 failures from an IP, the next request — even with a valid key — is 429 RATE_LIMITED with Retry-After, with no database read', async () => {
      expect((await as(t, boot.key).get('/me')).status).toBe(200); // successes do not count
      await t.get(LastUsedRecorder).flush();
      expect((await t.http().get('/api/v1/me')).status).toBe(401);
      expect((await as(t, flipLast(boot.key)).get('/me')).status).toBe(401);
      expect((await as(t, generateKey()).get('/me')).status).toBe(401);

      let res!: Res;
      const queries = await queriesDuring(t, async () => {
        res = await as(t, boot.key).get('/me');
      });
      expectRateLimited(res);
      expect(queries).toEqual([]);

      let unknown!: Res;
      const unknownQueries = await queriesDuring(t, async () => {
        unknown = await as(t, generateKey()).get('/me');
      });
      expectRateLimited(unknown);
      expect(unknownQueries).toEqual([]);
    });

    it('limits per client IP: another address with a valid key is unaffected', async () => {
      const res = await as(t, boot.key).get('/me').set('X-Forwarded-For', '198.51.100.23');
      expect(res.status).toBe(200);
      // The blocked address is still blocked.
      expectRateLimited(await as(t, boot.key).get('/me'));
    });

    it('lifts the block once the minute has passed', async () => {
      t.clock.advance(61_000);
      const res = await as(t, boot.key).get('/me');
      expect(res.status).toBe(200);
    });
  });

  describe('the client IP under TRUST_PROXY (API.md §3, §8): a client cannot choose its own bucket', () => {
    let t: TestApp;
    let boot: Bootstrapped;
    const from = (key: string, forwardedFor?: string) => {
      const req = as(t, key).get('/me');
      return forwardedFor === undefined ? req : req.set('X-Forwarded-For', forwardedFor);
    };
    const failFrom = async (forwardedFor: string | undefined, times: number) => {
      for (let i = 0; i < times; i++) expect((await from(generateKey(), forwardedFor)).status).toBe(401);
    };
    async function start(trustProxy: string) {
      await t?.close();
      t = await startApp({ env: { AUTH_FAILURES_PER_MINUTE: '3', TRUST_PROXY: trustProxy } });
      boot = await bootstrapOrganization(t);
    }
    afterAll(() => t.close());

    it("false: X-Forwarded-For is ignored, so varying it does not escape the socket address's limit", async () => {
      await start('false');
      for (const spoofed of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) await failFrom(spoofed, 1);
      expectRateLimited(await from(boot.key, '198.51.100.50'));
    });

    it('a hop count: the client is the right-most untrusted entry; a written left part changes nothing', async () => {
      await start('1');
      for (const spoofed of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
        await failFrom(`${spoofed}, 198.51.100.9`, 1);
      }
      expectRateLimited(await from(boot.key, '192.0.2.200, 198.51.100.9'));
      expect((await from(boot.key, '198.51.100.10')).status).toBe(200); // another client
    });

    it('a CIDR list: trusted proxies are skipped from the right, and only they', async () => {
      await start('127.0.0.1/32,10.0.0.0/8');
      // The socket (127.0.0.1) and 10.1.2.3 are trusted proxies: the client is 203.0.113.5.
      await failFrom('203.0.113.5, 10.1.2.3', 3);
      expectRateLimited(await from(boot.key, '9.9.9.9, 203.0.113.5, 10.1.2.3'));
      expect((await from(boot.key, '203.0.113.6, 10.1.2.3')).status).toBe(200);
    });

    it('IPv6 clients are counted per /64', async () => {
      await start('1');
      for (const host of ['a', 'b', 'c']) await failFrom(`2001:db8:1:2::${host}`, 1);
      expectRateLimited(await from(boot.key, '2001:db8:1:2:ffff::d'));
      expect((await from(boot.key, '2001:db8:1:3::1')).status).toBe(200);
    });
  });
});
