import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

const CONSOLE = 'https://console.example.com';

/** API.md §15: CORS_ORIGINS, through a real preflight; no CORS headers for anyone else. */
describe('CORS_ORIGINS (API.md §15)', () => {
  describe('with an allowed origin', () => {
    let t: TestApp;
    let boot: Bootstrapped;

    beforeAll(async () => {
      t = await startApp({ env: { CORS_ORIGINS: `${CONSOLE}, https://admin.example.com` } });
      boot = await bootstrapOrganization(t);
    });
    afterAll(() => t.close());

    it('answers the preflight of a keyed request from that origin', async () => {
      const res = await t
        .http()
        .options('/api/v1/me')
        .set('Origin', CONSOLE)
        .set('Access-Control-Request-Method', 'GET')
        .set('Access-Control-Request-Headers', 'authorization');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
      expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('authorization');
      expect(res.headers['access-control-allow-methods']).toContain('PATCH');
    });

    it('lets the browser read the answer and its signal headers', async () => {
      const res = await t.http().get('/api/v1/me').set('Origin', CONSOLE).set('Authorization', `Bearer ${boot.key}`);
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
      expect(res.headers['access-control-expose-headers']).toContain('Tessera-Key-Expire-Time');
    });

    it('sends no CORS header to another origin', async () => {
      const pre = await t
        .http()
        .options('/api/v1/me')
        .set('Origin', 'https://evil.example.net')
        .set('Access-Control-Request-Method', 'GET')
        .set('Access-Control-Request-Headers', 'authorization');
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      const res = await t
        .http()
        .get('/api/v1/me')
        .set('Origin', 'https://evil.example.net')
        .set('Authorization', `Bearer ${boot.key}`);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('by default (no CORS_ORIGINS)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp();
    });
    afterAll(() => t.close());

    it('never sends a CORS header, preflight or not', async () => {
      const pre = await t
        .http()
        .options('/api/v1/me')
        .set('Origin', CONSOLE)
        .set('Access-Control-Request-Method', 'GET');
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      const res = await t.http().get('/api/v1/me').set('Origin', CONSOLE);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses a malformed CORS_ORIGINS at start, naming it', async () => {
      await expect(startApp({ env: { CORS_ORIGINS: 'console.example.com/path' } })).rejects.toThrow(/CORS_ORIGINS/);
    });
  });
});
