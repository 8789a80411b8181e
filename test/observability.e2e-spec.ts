import { ExpirySweeper } from '../src/api-keys/expiry-sweeper';
import { validateEnvironment } from '../src/config/environment';
import { as, createKey } from './support/api-client';
import { flipLast } from './support/api-key-fixtures';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/**
 * API.md §12, logs and metrics: one JSON line per request with its id, route pattern, status,
 * latency and caller, never a secret; /metrics in Prometheus text with bounded labels, optionally
 * behind METRICS_TOKEN; health and metrics neither logged nor measured.
 */
const SECRET = /\btsr_[0-9A-Za-z]{49}\b/;

interface RequestLine {
  level: string;
  msg: string;
  request_id: string;
  method: string;
  route: string;
  status: number;
  latency_ms: number;
  organization_id?: string;
  api_key_id?: string;
  key_prefix?: string;
}

function requestLines(t: TestApp): RequestLine[] {
  return t.requestLogLines.map((l) => JSON.parse(l) as RequestLine).filter((l) => l.msg?.startsWith('request'));
}

function series(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('Logs and metrics (API.md §12)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await startApp({ env: { RATE_LIMIT_PER_MINUTE: '1000', AUTH_FAILURES_PER_MINUTE: '1000' } });
    boot = await bootstrapOrganization(t);
    secrets.push(boot.key);
  });
  afterAll(() => t?.close());

  describe('request logs', () => {
    it('one JSON line per request: id, method, route pattern, status, latency, organization and key', async () => {
      const res = await as(t, boot.key).get(boot.workspace).set('X-Request-Id', 'trace-0001');
      expect(res.status).toBe(200);
      expect(res.headers['x-request-id']).toBe('trace-0001');
      const line = requestLines(t).find((l) => l.request_id === 'trace-0001');
      expect(line).toEqual({
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        service: 'tessera',
        msg: 'request',
        request_id: 'trace-0001',
        method: 'GET',
        route: '/api/v1/organizations/:organizationId/workspaces/:workspaceId',
        status: 200,
        latency_ms: expect.any(Number),
        organization_id: boot.organizationId,
        api_key_id: boot.api_key.split('/').pop(),
        key_prefix: boot.key.slice(0, 12),
      });
    });

    it('a missing or malformed X-Request-Id is replaced by a generated one, echoed and logged', async () => {
      const res = await t.http().get('/api/v1/me').set('X-Request-Id', 'bad id with spaces');
      expect(res.status).toBe(401);
      const id = res.headers['x-request-id'];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const line = requestLines(t).find((l) => l.request_id === id);
      expect(line).toMatchObject({ route: '/api/v1/me', status: 401, method: 'GET' });
      expect(line).not.toHaveProperty('api_key_id');
    });

    it('never logs the Authorization header, a key or a secret, whatever the request', async () => {
      const created = await createKey(t, boot.key, boot.organization, { display_name: 'logged?' });
      secrets.push(created.key);
      const rotated = await as(t, boot.key).post(`${created.name}:rotate`, { grace_period_seconds: 60 });
      secrets.push(rotated.body.key);
      await as(t, rotated.body.key).get('/me');
      await as(t, created.key).get('/me'); // the rotated-out secret, in its grace period
      await as(t, flipLast(boot.key)).get('/me'); // wrong checksum
      await t.http().get('/api/v1/me').set('Authorization', boot.key); // no "Bearer"
      await t.http().get(`/api/v1/me?key=${boot.key}`).set('Authorization', `Bearer ${boot.key}`);
      await as(t, boot.key).post('apiKeys:verify', { key: created.key });
      await t.http().get(`/api/v1/${boot.key}`); // a key pasted as a path: 404, route unmatched
      const everything = [...t.requestLogLines, ...t.logger.lines].join('\n');
      expect(everything).not.toMatch(SECRET);
      for (const secret of secrets) expect(everything).not.toContain(secret.slice(12));
      expect(everything).not.toMatch(/authorization/i);
      const unmatched = requestLines(t).filter((l) => l.status === 404);
      expect(unmatched.length).toBeGreaterThan(0);
      for (const l of unmatched) expect(l.route).toBe('(unmatched)');
    });

    it('does not log /health, /health/live, /health/ready or /metrics', async () => {
      const before = t.requestLogLines.length;
      for (const path of ['/health', '/health/live', '/health/ready', '/metrics']) {
        expect((await t.http().get(path)).status).toBe(200);
      }
      expect(t.requestLogLines.length).toBe(before);
    });

    it('LOG_FORMAT is json or pretty', () => {
      expect(validateEnvironment({ LOG_FORMAT: 'pretty' }).LOG_FORMAT).toBe('pretty');
      expect(validateEnvironment({}).LOG_FORMAT).toBe('json');
      expect(() => validateEnvironment({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
    });
  });

  describe('GET /metrics', () => {
    it('serves the §12 series in Prometheus text, labelled by route pattern, never by id', async () => {
      await as(t, boot.key).get(boot.workspace);
      await as(t, boot.key).get('/me');
      await as(t, flipLast(boot.key)).get('/me');
      await t.http().get('/api/v1/me');
      const res = await t.http().get('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = res.text;
      expect(
        series(text, 'tessera_http_request_duration_seconds_count', {
          method: 'GET',
          route: '/api/v1/organizations/:organizationId/workspaces/:workspaceId',
          status: '200',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(series(text, 'tessera_authentications_total', { outcome: 'ok' })).toBeGreaterThanOrEqual(2);
      expect(series(text, 'tessera_authentications_total', { outcome: 'malformed' })).toBeGreaterThanOrEqual(1);
      expect(series(text, 'tessera_authentications_total', { outcome: 'missing' })).toBeGreaterThanOrEqual(1);
      expect(series(text, 'tessera_key_verification_duration_seconds_count')).toBeGreaterThanOrEqual(3);
      expect(series(text, 'tessera_rate_limit_rejections_total', { limit: 'api_key' })).toBe(0);
      expect(series(text, 'tessera_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
      expect(series(text, 'tessera_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
      expect(series(text, 'tessera_expiry_sweep_runs_total', { result: 'ok' })).toBe(0);
      expect(series(text, 'tessera_redis_fallback')).toBe(0);
      expect(series(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
      // Bounded labels: no id, no raw URL, no health or metrics route.
      for (const id of [boot.organizationId, boot.workspace.split('/').pop()!, boot.key.slice(0, 12)]) {
        expect(text).not.toContain(id);
      }
      expect(text).not.toMatch(/route="\/health|route="\/metrics/);
      expect(text).not.toMatch(SECRET);
    });

    it('counts sweep runs and the keys they expired', async () => {
      const key = await createKey(t, boot.key, boot.organization, {
        display_name: 'expires',
        expiration: 'EXPIRATION_7_DAYS',
      });
      secrets.push(key.key);
      t.clock.advance(8 * 24 * 3600 * 1000);
      await (t.get(ExpirySweeper) as unknown as { tick(): Promise<void> }).tick();
      const text = (await t.http().get('/metrics')).text;
      expect(series(text, 'tessera_expiry_sweep_runs_total', { result: 'ok' })).toBe(1);
      expect(series(text, 'tessera_keys_expired_total')).toBeGreaterThanOrEqual(1);
    });
  });

  describe('METRICS_TOKEN', () => {
    let secured: TestApp;
    const TOKEN = 'scrape-token-0123456789';
    beforeAll(async () => (secured = await startApp({ env: { METRICS_TOKEN: TOKEN } })));
    afterAll(() => secured?.close());

    it('is required as a bearer token, with the error shape of API.md §2', async () => {
      for (const header of [undefined, 'Bearer wrong-token-0123456789', TOKEN, `Bearer ${TOKEN}x`]) {
        const req = secured.http().get('/metrics');
        const res = await (header ? req.set('Authorization', header) : req);
        expect(res.status).toBe(401);
        expect(res.body).toEqual({
          code: 16,
          message: 'GET /metrics needs the header "Authorization: Bearer <METRICS_TOKEN>".',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: 'METRICS_TOKEN_INVALID',
              domain: 'tessera',
              metadata: {},
            },
          ],
        });
      }
      const ok = await secured.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('# TYPE tessera_http_request_duration_seconds histogram');
    });

    it('is at least 16 characters', () => {
      expect(() => validateEnvironment({ METRICS_TOKEN: 'short' })).toThrow(
        /METRICS_TOKEN.*\(value hidden\)|METRICS_TOKEN/,
      );
    });
  });
});
