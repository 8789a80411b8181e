import { ApiKeyExpiryService } from '../src/api-keys/api-key-expiry.service';
import { as, createKey } from './support/api-client';
import { DAY_MS, operatorKey } from './support/api-key-fixtures';
import { allEvents, AuditEvent } from './support/audit-client';
import { expectError } from './support/expect-error';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

const ADMIN = 'admin@acme.test';
const SYSTEM_ACTOR = { type: 'SYSTEM', api_key: '', user: '', display_name: 'Tessera' };

/**
 * API.md §9–§10: the events no request causes directly. The sweep's `api_key.expiring` (once per
 * key, on entering EXPIRY_WARNING_DAYS) and `api_key.expired`, each exactly once even with two
 * instances sweeping at the same time; and `api_key.ip_denied`, at most one per key per minute.
 */
describe('sweep events (API.md §9)', () => {
  let t: TestApp;
  let second: TestApp;
  let boot: Bootstrapped;
  let org: string;

  const eventsFor = async (key: string, action: string): Promise<AuditEvent[]> =>
    allEvents(t, boot.key, org, `target = "${key}" AND action = "${action}"`);
  const bothSweep = () => Promise.all([t.get(ApiKeyExpiryService).sweep(2), second.get(ApiKeyExpiryService).sweep(2)]);
  const advance = (ms: number) => {
    t.clock.advance(ms);
    second.clock.advance(t.clock.now() - second.clock.now()); // both instances agree on "now"
  };

  beforeAll(async () => {
    t = await startApp({ env: { MAX_API_KEYS_PER_ORGANIZATION: '100' } });
    second = await startApp({ shareDatabaseWith: t });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('api_key.expiring: once per key, when a sweep first finds it within EXPIRY_WARNING_DAYS', async () => {
    const soon = [];
    for (let i = 0; i < 5; i++) {
      soon.push(await operatorKey(t, org, ADMIN, { displayName: `soon ${i}`, expiration: 'EXPIRATION_7_DAYS' }));
    }
    const later = await operatorKey(t, org, ADMIN, { displayName: 'later', expiration: 'EXPIRATION_30_DAYS' });

    await bothSweep();
    await bothSweep();
    for (const k of soon) {
      const events = await eventsFor(k.name, 'api_key.expiring');
      expect(events).toHaveLength(1);
      expect(events[0].actor).toEqual(SYSTEM_ACTOR);
      expect(events[0].targets).toEqual([{ type: 'ApiKey', name: k.name, display_name: k.display_name }]);
      expect(events[0].request).toEqual({ ip: '', user_agent: '', request_id: '' });
    }
    expect(await eventsFor(later.name, 'api_key.expiring')).toHaveLength(0);

    advance(23 * DAY_MS + 1); // 7 days before the 30-day key expires
    await bothSweep();
    expect(await eventsFor(later.name, 'api_key.expiring')).toHaveLength(1);
    await bothSweep();
    expect(await eventsFor(later.name, 'api_key.expiring')).toHaveLength(1);
  });

  it('api_key.expired: once per key when it is disabled, with two instances sweeping at once', async () => {
    const keys = [];
    for (let i = 0; i < 5; i++) {
      keys.push(await operatorKey(t, org, ADMIN, { displayName: `ending ${i}`, expiration: 'EXPIRATION_7_DAYS' }));
    }
    advance(8 * DAY_MS);
    const [a, b] = await bothSweep();
    await bothSweep();
    expect(a + b).toBeGreaterThanOrEqual(keys.length);
    for (const k of keys) {
      const events = await eventsFor(k.name, 'api_key.expired');
      expect(events).toHaveLength(1);
      expect(events[0].actor).toEqual(SYSTEM_ACTOR);
      expect(events[0].changes).toEqual({ state: { before: 'STATE_ACTIVE', after: 'STATE_EXPIRED' } });
    }
  });

  it('an expired key announced by no earlier sweep gets api_key.expired only', async () => {
    const k = await operatorKey(t, org, ADMIN, { displayName: 'unseen', expiration: 'EXPIRATION_7_DAYS' });
    advance(8 * DAY_MS);
    await bothSweep();
    expect(await eventsFor(k.name, 'api_key.expiring')).toHaveLength(0);
    expect(await eventsFor(k.name, 'api_key.expired')).toHaveLength(1);
  });
});

describe('api_key.ip_denied (API.md §10)', () => {
  let t: TestApp;
  let second: TestApp;
  let boot: Bootstrapped;
  let org: string;

  const from = (app: TestApp, key: string, ip: string) => as(app, key).get('/me').set('X-Forwarded-For', ip);

  /** The write is off the request path: wait for it rather than race it. */
  async function deniedEvents(key: string, expected: number): Promise<AuditEvent[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const events = await allEvents(t, boot.key, org, `target = "${key}" AND action = "api_key.ip_denied"`);
      if (events.length >= expected || Date.now() > deadline) return events;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  beforeAll(async () => {
    const env = { TRUST_PROXY: '1', AUTH_FAILURES_PER_MINUTE: '0' };
    t = await startApp({ env });
    second = await startApp({ shareDatabaseWith: t, env });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('records at most one event per key per minute, across instances, naming the denied address', async () => {
    const locked = await createKey(t, boot.key, org, { display_name: 'locked', allowed_ips: ['10.1.2.3'] });
    for (const app of [t, second, t, second]) {
      expectError(await from(app, locked.key, '192.0.2.7'), 403, 7, 'IP_NOT_ALLOWED');
    }
    expect((await from(t, locked.key, '10.1.2.3')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const first = await deniedEvents(locked.name, 1);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      action: 'api_key.ip_denied',
      actor: { type: 'API_KEY', api_key: locked.name, user: boot.user },
      targets: [{ type: 'ApiKey', name: locked.name, display_name: 'locked' }],
      changes: {},
      request: { ip: '192.0.2.7' },
    });

    t.clock.advance(60_000);
    second.clock.advance(60_000);
    expectError(await from(second, locked.key, '192.0.2.8'), 403, 7, 'IP_NOT_ALLOWED');
    expectError(await from(t, locked.key, '192.0.2.8'), 403, 7, 'IP_NOT_ALLOWED');
    const both = await deniedEvents(locked.name, 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(await deniedEvents(locked.name, 3)).toHaveLength(2);
    expect(both[1].request.ip).toBe('192.0.2.8');
  });
});
