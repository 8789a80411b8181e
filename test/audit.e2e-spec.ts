import { AuditLog } from '../src/audit/audit-log';
import { AuditRetention } from '../src/audit/audit-retention';
import { as, createKey, IssuedKey } from './support/api-client';
import { addUser, DAY_MS, KEY_ANYWHERE, operatorKey } from './support/api-key-fixtures';
import { expectError, expectInvalidField } from './support/expect-error';
import { allEvents, AuditEvent } from './support/audit-client';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

/**
 * API.md §9: every change writes exactly one audit event in its own transaction, with the right
 * actor, targets and changes; the list's filters, paging and member visibility; retention.
 */

describe('audit log (API.md §9)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;
  let adminUser: string;

  /** The events `fn` caused (as the admin sees them), oldest first. */
  async function eventsDuring(fn: () => Promise<unknown>): Promise<AuditEvent[]> {
    const before = new Set((await allEvents(t, boot.key, org)).map((e) => e.name));
    await fn();
    return (await allEvents(t, boot.key, org)).filter((e) => !before.has(e.name));
  }

  beforeAll(async () => {
    t = await startApp({ env: { MAX_API_KEYS_PER_ORGANIZATION: '100' } });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
    adminUser = boot.user;
  });
  afterAll(() => t.close());

  const apiKeyActor = () => ({
    type: 'API_KEY',
    api_key: boot.api_key,
    user: adminUser,
    display_name: 'Ada Admin',
  });

  describe('bootstrap (OPERATOR)', () => {
    it('recorded the admin, the workspace and the key, by the operator, with no request', async () => {
      const events = await allEvents(t, boot.key, org);
      expect(events.map((e) => e.action)).toEqual(['user.added', 'workspace.created', 'api_key.created']);
      for (const e of events) {
        expect(e.actor).toEqual({ type: 'OPERATOR', api_key: '', user: '', display_name: 'Operator' });
        expect(e.request).toEqual({ ip: '', user_agent: '', request_id: '' });
      }
      expect(events[2].targets).toEqual([{ type: 'ApiKey', name: boot.api_key, display_name: 'Admin key' }]);
      expect(events[2].changes).toMatchObject({
        display_name: { before: null, after: 'Admin key' },
        permission_level: { before: null, after: 'PERMISSION_LEVEL_ALL' },
      });
    });
  });

  describe('each change through the API writes exactly one event', () => {
    let workspace: string;
    let member: string;
    let key: IssuedKey;

    it.each<[string, () => Promise<unknown>, (e: AuditEvent) => void]>([
      [
        'organization.updated',
        () => as(t, boot.key).patch(org, { title: 'Acme Corp' }).expect(200),
        (e) => {
          expect(e.targets).toEqual([{ type: 'Organization', name: org, display_name: 'Acme Corp' }]);
          expect(e.changes).toEqual({ title: { before: 'Acme', after: 'Acme Corp' } });
        },
      ],
      [
        'user.added',
        async () => (member = await addUser(t, boot.key, org, 'mo@acme.test', 'Mo Member')),
        (e) => {
          expect(e.targets).toEqual([{ type: 'User', name: member, display_name: 'Mo Member' }]);
          expect(e.changes).toEqual({
            email: { before: null, after: 'mo@acme.test' },
            display_name: { before: null, after: 'Mo Member' },
            role: { before: null, after: 'org-member' },
          });
        },
      ],
      [
        'user.role_changed',
        () => as(t, boot.key).patch(member, { role: 'org-admin' }).expect(200),
        (e) => {
          expect(e.targets).toEqual([{ type: 'User', name: member, display_name: 'Mo Member' }]);
          expect(e.changes).toEqual({ role: { before: 'org-member', after: 'org-admin' } });
        },
      ],
      [
        'workspace.created',
        async () => {
          const res = await as(t, boot.key).post(`${org}/workspaces`, { title: 'Audit WS' }).expect(201);
          workspace = res.body.name;
        },
        (e) => {
          expect(e.targets).toEqual([{ type: 'Workspace', name: workspace, display_name: 'Audit WS' }]);
          expect(e.changes).toMatchObject({ title: { before: null, after: 'Audit WS' } });
        },
      ],
      [
        'workspace.updated',
        () => as(t, boot.key).patch(workspace, { title: 'Audit WS 2', workspace_icon_color: 'red' }).expect(200),
        (e) => {
          expect(e.targets).toEqual([{ type: 'Workspace', name: workspace, display_name: 'Audit WS 2' }]);
          expect(e.changes).toEqual({
            title: { before: 'Audit WS', after: 'Audit WS 2' },
            workspace_icon_color: { before: '', after: 'red' },
          });
        },
      ],
      [
        'api_key.created',
        async () => {
          key = await createKey(t, boot.key, org, {
            display_name: 'audited',
            permission_level: 'PERMISSION_LEVEL_RESTRICTED',
            permissions: ['read:Workspace'],
            workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
            workspaces: [workspace],
            allowed_ips: ['10.0.0.0/8'],
          });
        },
        (e) => {
          expect(e.targets).toEqual([{ type: 'ApiKey', name: key.name, display_name: 'audited' }]);
          expect(e.changes).toEqual({
            display_name: { before: null, after: 'audited' },
            expire_time: { before: null, after: key.expire_time },
            permission_level: { before: null, after: 'PERMISSION_LEVEL_RESTRICTED' },
            permissions: { before: null, after: ['read:Workspace'] },
            workspace_scope: { before: null, after: 'WORKSPACE_SCOPE_SPECIFIC' },
            workspaces: { before: null, after: [workspace] },
            allowed_ips: { before: null, after: ['10.0.0.0/8'] },
          });
        },
      ],
      [
        'api_key.updated',
        () =>
          as(t, boot.key)
            .patch(key.name, {
              display_name: 'audited 2',
              permission_level: 'PERMISSION_LEVEL_READ_ONLY',
              allowed_ips: ['10.0.0.0/8'],
            })
            .expect(200),
        (e) => {
          expect(e.targets).toEqual([{ type: 'ApiKey', name: key.name, display_name: 'audited 2' }]);
          // allowed_ips was re-sent unchanged: not a change.
          expect(e.changes).toEqual({
            display_name: { before: 'audited', after: 'audited 2' },
            permission_level: { before: 'PERMISSION_LEVEL_RESTRICTED', after: 'PERMISSION_LEVEL_READ_ONLY' },
            permissions: { before: ['read:Workspace'], after: [] },
          });
        },
      ],
      [
        'api_key.rotated',
        async () => {
          const res = await as(t, boot.key).post(`${key.name}:rotate`, { grace_period_seconds: 60 }).expect(200);
          key = { ...key, key_prefix: res.body.key_prefix, key: res.body.key };
        },
        (e) => {
          expect(e.targets).toEqual([{ type: 'ApiKey', name: key.name, display_name: 'audited 2' }]);
          expect(Object.keys(e.changes).sort()).toEqual(['key_prefix', 'previous_secret_expire_time']);
          expect(e.changes.key_prefix.after).toBe(key.key_prefix);
          expect(e.changes.key_prefix.before).not.toBe(key.key_prefix);
          expect(e.changes.previous_secret_expire_time.before).toBeNull();
        },
      ],
      [
        'workspace.deleted',
        () => as(t, boot.key).delete(workspace).expect(200),
        (e) => {
          expect(e.targets).toEqual([{ type: 'Workspace', name: workspace, display_name: 'Audit WS 2' }]);
          expect(e.changes).toEqual({});
        },
      ],
      [
        'api_key.deleted',
        () => as(t, boot.key).delete(key.name).expect(200),
        (e) => {
          expect(e.targets).toEqual([{ type: 'ApiKey', name: key.name, display_name: 'audited 2' }]);
        },
      ],
    ])('%s', async (action, change, check) => {
      const events = await eventsDuring(change);
      expect(events.map((e) => e.action)).toEqual([action]);
      const [event] = events;
      expect(event.actor).toEqual(apiKeyActor());
      expect(event.name).toMatch(new RegExp(`^${org}/auditEvents/[0-9a-z]+$`));
      expect(event.request.ip).toMatch(/127\.0\.0\.1/);
      expect(event.request.request_id).not.toBe('');
      check(event);
    });

    it('user.removed names the member and each key that went with them', async () => {
      const gone = await addUser(t, boot.key, org, 'gone@acme.test', 'Gone Soon');
      const goneKey = await operatorKey(t, org, 'gone@acme.test', { displayName: 'their key' });
      const events = await eventsDuring(() => as(t, boot.key).delete(gone).expect(200));
      expect(events.map((e) => e.action)).toEqual(['user.removed']);
      expect(events[0].actor).toEqual(apiKeyActor());
      expect(events[0].targets).toEqual([
        { type: 'User', name: gone, display_name: 'Gone Soon' },
        { type: 'ApiKey', name: goneKey.name, display_name: 'their key' },
      ]);
    });

    it('the operator CLI path records OPERATOR (create-key, delete-key)', async () => {
      let created!: IssuedKey;
      const made = await eventsDuring(async () => {
        created = await operatorKey(t, org, 'admin@acme.test', { displayName: 'by operator' });
      });
      expect(made.map((e) => [e.action, e.actor.type])).toEqual([['api_key.created', 'OPERATOR']]);
      const { OperatorService } = await import('../src/setup/operator.service');
      const deleted = await eventsDuring(() => t.get(OperatorService).deleteKey(created.name));
      expect(deleted.map((e) => [e.action, e.actor.type, e.targets[0].name])).toEqual([
        ['api_key.deleted', 'OPERATOR', created.name],
      ]);
    });

    it.each<[string, () => Promise<unknown>]>([
      ['a PATCH that changes nothing', () => as(t, boot.key).patch(org, { title: 'Acme Corp' }).expect(200)],
      [
        'a PATCH of a key re-sending its current grants, scope and allowlist',
        () =>
          as(t, boot.key)
            .patch(boot.api_key, {
              permission_level: 'PERMISSION_LEVEL_ALL',
              workspace_scope: 'WORKSPACE_SCOPE_ALL',
              allowed_ips: [],
            })
            .expect(200),
      ],
      ['a PATCH of a key with {}', () => as(t, boot.key).patch(boot.api_key, {}).expect(200)],
      ['a refused change (409)', () => as(t, boot.key).post(`${org}/workspaces`, { title: 'Default' }).expect(409)],
      ['a refused change (404)', () => as(t, boot.key).delete(`${org}/workspaces/nosuch`).expect(404)],
      ['a refused change (400)', () => as(t, boot.key).post(`${org}/users`, { email: 'x' }).expect(400)],
      ['a read', () => as(t, boot.key).get(`${org}/apiKeys`).expect(200)],
    ])('%s writes no event', async (_label, fn) => {
      expect(await eventsDuring(fn)).toEqual([]);
    });
  });

  describe('same transaction as the change', () => {
    /** Makes the next event insert succeed and then the unit of work fail, as a crash would. */
    function failAfterNextEvent(): jest.SpyInstance {
      const log = t.get(AuditLog);
      const original = log.record.bind(log);
      return jest.spyOn(log, 'record').mockImplementationOnce(async (m, record) => {
        await original(m, record);
        throw new Error('forced failure after the event insert');
      });
    }

    it.each<[string, () => Promise<{ status: number }>, () => Promise<boolean>]>([
      [
        'workspace.created',
        () => as(t, boot.key).post(`${org}/workspaces`, { title: 'Never' }),
        async () =>
          (await as(t, boot.key).get(`${org}/workspaces`).query({ filter: 'title = "Never"' })).body.workspaces.length >
          0,
      ],
      [
        'api_key.created',
        () => as(t, boot.key).post(`${org}/apiKeys`, { ...baseKey(), display_name: 'never' }),
        async () =>
          (await as(t, boot.key).get(`${org}/apiKeys`).query({ filter: 'display_name = "never"' })).body.api_keys
            .length > 0,
      ],
      [
        'user.added',
        () => as(t, boot.key).post(`${org}/users`, { email: 'never@acme.test', display_name: 'N', role: 'org-member' }),
        async () =>
          (await as(t, boot.key).get(`${org}/users`).query({ filter: 'search : "never@acme"' })).body.users.length > 0,
      ],
      [
        'organization.updated',
        () => as(t, boot.key).patch(org, { title: 'Never Corp' }),
        async () => (await as(t, boot.key).get(org)).body.title === 'Never Corp',
      ],
    ])('%s: a change rolled back after its event insert leaves neither', async (_action, change, exists) => {
      const spy = failAfterNextEvent();
      try {
        const before = await allEvents(t, boot.key, org);
        const res = await change();
        expect(spy).toHaveBeenCalledTimes(1);
        expect(res.status).toBe(500);
        expect(await exists()).toBe(false);
        expect(await allEvents(t, boot.key, org)).toEqual(before);
      } finally {
        spy.mockRestore();
      }
    });

    it('a key deletion rolled back keeps the key working and writes no event', async () => {
      const victim = await createKey(t, boot.key, org, { display_name: 'survivor' });
      const spy = failAfterNextEvent();
      try {
        const before = await allEvents(t, boot.key, org);
        expect((await as(t, boot.key).delete(victim.name)).status).toBe(500);
        expect(await allEvents(t, boot.key, org)).toEqual(before);
        expect((await as(t, victim.key).get('/me')).status).toBe(200);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('request id and origin', () => {
    it('echoes a well-formed X-Request-Id and records it with the user agent', async () => {
      const events = await eventsDuring(async () => {
        const res = await as(t, boot.key)
          .post(`${org}/workspaces`, { title: 'Traced' })
          .set('X-Request-Id', 'trace-123.abc')
          .set('User-Agent', 'audit-test/1.0');
        expect(res.status).toBe(201);
        expect(res.headers['x-request-id']).toBe('trace-123.abc');
      });
      expect(events[0].request).toEqual({
        ip: expect.stringMatching(/127\.0\.0\.1/),
        user_agent: 'audit-test/1.0',
        request_id: 'trace-123.abc',
      });
    });

    it('replaces an ill-formed X-Request-Id with a generated one, echoed and recorded', async () => {
      let echoed = '';
      const events = await eventsDuring(async () => {
        const res = await as(t, boot.key)
          .patch(`${org}`, { title: 'Acme Traced' })
          .set('X-Request-Id', 'not ok; <script>');
        expect(res.status).toBe(200);
        echoed = res.headers['x-request-id'];
      });
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      expect(events[0].request.request_id).toBe(echoed);
    });

    it('echoes a request id on errors and unauthenticated answers too', async () => {
      const res = await t.http().get('/api/v1/me').set('X-Request-Id', 'abc');
      expect(res.status).toBe(401);
      expect(res.headers['x-request-id']).toBe('abc');
      expect((await t.http().get('/health/live')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('cuts a long user agent to 256 characters', async () => {
      const events = await eventsDuring(() =>
        as(t, boot.key).patch(org, { title: 'Acme UA' }).set('User-Agent', 'u'.repeat(1000)).expect(200),
      );
      expect(events[0].request.user_agent).toBe('u'.repeat(256));
    });
  });

  describe('never a secret or a hash', () => {
    it('no event anywhere holds a key, a secret hash or a previous secret hash', async () => {
      const rows: { secret_hash: string; previous_secret_hash: string | null }[] = await t.dataSource.query(
        'SELECT secret_hash, previous_secret_hash FROM api_keys',
      );
      const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'));
      const listed = JSON.stringify(await allEvents(t, boot.key, org));
      for (const text of [stored, listed]) {
        expect(text).not.toMatch(KEY_ANYWHERE);
        for (const r of rows) {
          expect(text).not.toContain(r.secret_hash);
          if (r.previous_secret_hash) expect(text).not.toContain(r.previous_secret_hash);
        }
      }
    });
  });

  describe('listing', () => {
    it('defaults to newest first', async () => {
      const res = await as(t, boot.key).get(`${org}/auditEvents`);
      expect(res.status).toBe(200);
      const times = res.body.audit_events.map((e: AuditEvent) => e.create_time);
      expect(times).toEqual([...times].sort().reverse());
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('pages with next_page_token, each event exactly once', async () => {
      const all = await allEvents(t, boot.key, org);
      const seen: string[] = [];
      let token = '';
      do {
        const res = await as(t, boot.key)
          .get(`${org}/auditEvents`)
          .query({ page_size: 2, page_token: token, order_by: 'create_time asc' });
        expect(res.status).toBe(200);
        expect(res.body.audit_events.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.audit_events.map((e: AuditEvent) => e.name));
        token = res.body.next_page_token;
      } while (token);
      expect(seen).toEqual(all.map((e) => e.name));
    });

    it('filters by action, actor, target and time, combined with AND', async () => {
      const all = await allEvents(t, boot.key, org);
      const created = await allEvents(t, boot.key, org, 'action = "api_key.created"');
      expect(created.length).toBeGreaterThan(1);
      expect(created).toEqual(all.filter((e) => e.action === 'api_key.created'));

      expect(await allEvents(t, boot.key, org, `actor = "${boot.api_key}"`)).toEqual(
        all.filter((e) => e.actor.api_key === boot.api_key),
      );
      expect(await allEvents(t, boot.key, org, `actor = "${adminUser}"`)).toEqual(
        all.filter((e) => e.actor.user === adminUser),
      );
      expect(await allEvents(t, boot.key, org, 'actor = OPERATOR')).toEqual(
        all.filter((e) => e.actor.type === 'OPERATOR'),
      );
      expect(await allEvents(t, boot.key, org, `target = "${boot.api_key}"`)).toEqual(
        all.filter((e) => e.targets.some((x) => x.name === boot.api_key)),
      );
      expect(await allEvents(t, boot.key, org, `target = "${org}" AND action = "organization.updated"`)).toEqual(
        all.filter((e) => e.action === 'organization.updated'),
      );
    });

    it('filters by create_time with the test clock', async () => {
      t.clock.advance(DAY_MS);
      const cut = new Date(t.clock.now()).toISOString();
      t.clock.advance(1000);
      const later = await eventsDuring(() => as(t, boot.key).patch(org, { title: 'Acme Later' }).expect(200));
      expect(await allEvents(t, boot.key, org, `create_time > "${cut}"`)).toEqual(later);
      const earlier = await allEvents(t, boot.key, org, `create_time < "${cut}"`);
      expect(earlier.length).toBeGreaterThan(0);
      expect(earlier.map((e) => e.name)).not.toContain(later[0].name);
      expect(
        await allEvents(t, boot.key, org, `create_time > "${cut}" AND create_time < "2999-01-01T00:00:00+01:00"`),
      ).toEqual(later);
    });

    it.each([
      ['an unknown action', 'action = "api_key.exploded"'],
      ['a bad time', 'create_time > "yesterday"'],
      ['= on a time', 'create_time = "2026-01-01T00:00:00Z"'],
      ['> on an action', 'action > "a"'],
      ['an actor that is no name', 'actor = "bob"'],
      ['an unknown field', 'secret = "x"'],
    ])('refuses %s with 400 on filter', async (_label, filter) => {
      expectInvalidField(await as(t, boot.key).get(`${org}/auditEvents`).query({ filter }), 'filter');
    });

    it('refuses an order_by other than create_time', async () => {
      expectInvalidField(await as(t, boot.key).get(`${org}/auditEvents`).query({ order_by: 'action' }), 'order_by');
    });

    it('needs read:AuditEvent', async () => {
      const restricted = await createKey(t, boot.key, org, {
        display_name: 'no audit',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:ApiKey'],
      });
      expectError(await as(t, restricted.key).get(`${org}/auditEvents`), 403, 7, 'PERMISSION_MISSING');
      const catalog = await as(t, boot.key).get('/permissions');
      expect(JSON.stringify(catalog.body)).toContain('read:AuditEvent');
    });
  });

  describe('member visibility', () => {
    let memberKey: IssuedKey;
    let memberName: string;
    let memberOperatorKey: string;

    beforeAll(async () => {
      memberName = await addUser(t, boot.key, org, 'vi@acme.test', 'Vi Member');
      memberOperatorKey = (await operatorKey(t, org, 'vi@acme.test', { displayName: 'vi by operator' })).name;
      memberKey = await operatorKey(t, org, 'vi@acme.test', { displayName: 'vi main' });
      await createKey(t, memberKey.key, org, { display_name: 'vi own' });
      await as(t, boot.key).post(`${org}/workspaces`, { title: 'Admin only' }).expect(201);
    });

    it('sees the events they caused and those about themselves or their own keys, nothing else', async () => {
      const all = await allEvents(t, boot.key, org);
      const mine = await allEvents(t, memberKey.key, org);
      const ownKeys = new Set(
        (await as(t, memberKey.key).get(`${org}/apiKeys`)).body.api_keys.map((k: { name: string }) => k.name),
      );
      const expected = all.filter(
        (e) => e.actor.user === memberName || e.targets.some((x) => x.name === memberName || ownKeys.has(x.name)),
      );
      expect(mine).toEqual(expected);
      expect(mine.map((e) => e.action)).toEqual(expect.arrayContaining(['user.added', 'api_key.created']));
      expect(mine.some((e) => e.targets.some((x) => x.name === memberOperatorKey))).toBe(true);
      expect(mine.some((e) => e.action === 'workspace.created')).toBe(false);
    });

    it("keeps seeing a deleted key's events", async () => {
      const ownKey = await createKey(t, memberKey.key, org, { display_name: 'vi temporary' });
      await as(t, memberKey.key).delete(ownKey.name).expect(200);
      const about = await allEvents(t, memberKey.key, org, `target = "${ownKey.name}"`);
      expect(about.map((e) => e.action)).toEqual(['api_key.created', 'api_key.deleted']);
    });

    it('a filter cannot widen what a member sees', async () => {
      expect(
        await allEvents(t, memberKey.key, org, `actor = "${boot.api_key}" AND action = "workspace.created"`),
      ).toEqual([]);
    });
  });
});

describe('audit retention (AUDIT_RETENTION_DAYS)', () => {
  let t: TestApp;
  let boot: Bootstrapped;

  beforeAll(async () => {
    t = await startApp({ env: { AUDIT_RETENTION_DAYS: '30' } });
    boot = await bootstrapOrganization(t);
  });
  afterAll(() => t.close());

  it('the sweep deletes events older than the retention period, in batches, and keeps the rest', async () => {
    for (let i = 0; i < 5; i++) {
      await as(t, boot.key)
        .post(`${boot.organization}/workspaces`, { title: `old ${i}` })
        .expect(201);
    }
    const old = await allEvents(t, boot.key, boot.organization);
    expect(old).toHaveLength(8);
    t.clock.advance(29 * DAY_MS);
    await as(t, boot.key).patch(boot.organization, { title: 'Acme Later' }).expect(200);
    t.clock.advance(2 * DAY_MS);
    expect(await t.get(AuditRetention).purge(3)).toBe(8);
    const kept = await allEvents(t, boot.key, boot.organization);
    expect(kept.map((e) => e.action)).toEqual(['organization.updated']);
    const orphans: { n: number | string }[] = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM audit_event_targets t LEFT JOIN audit_events e ON e.id = t.event_id WHERE e.id IS NULL',
    );
    expect(Number(orphans[0].n)).toBe(0);
    expect(await t.get(AuditRetention).purge()).toBe(0);
  });
});

function baseKey() {
  return {
    expiration: 'EXPIRATION_30_DAYS',
    permission_level: 'PERMISSION_LEVEL_ALL',
    workspace_scope: 'WORKSPACE_SCOPE_ALL',
  };
}
