import { OPERATOR } from '../src/audit/actor';
import { generateInviteToken } from '../src/api-keys/key-format';
import { InvitationsService } from '../src/invitations/invitations.service';
import { as, createBody, createKey, IssuedKey } from './support/api-client';
import { addUser, addWorkspace, DAY_MS, KEY_SHAPE, operatorKey } from './support/api-key-fixtures';
import { allEvents } from './support/audit-client';
import { expectError, expectInvalidField } from './support/expect-error';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

const TOKEN_SHAPE = /^tsi_[0-9A-Za-z]{49}$/;
const ACCEPT = '/api/v1/invitations:accept';

/**
 * API.md §14: invite → accept → the new member's first key works with the invited role's powers
 * and nothing more; every bad token is the same 401; single use under concurrency; the key limit
 * at acceptance leaves nothing half-made; no token is ever stored or shown again.
 */
describe('onboarding by invitation (API.md §14)', () => {
  let t: TestApp;
  let boot: Bootstrapped;
  let org: string;

  const invite = (key: string, body: Record<string, unknown>) => as(t, key).post(`${org}/invites`, body);
  const accept = (body: Record<string, unknown>, ip?: string) => {
    const req = t.http().post(ACCEPT);
    return (ip ? req.set('X-Forwarded-For', ip) : req).send(body);
  };
  const acceptBody = (token: string, overrides: Record<string, unknown> = {}) => ({
    invite_token: token,
    display_name: 'New Person',
    key: createBody({ display_name: 'first key' }),
    ...overrides,
  });

  beforeAll(async () => {
    t = await startApp({
      env: { TRUST_PROXY: '1', AUTH_FAILURES_PER_MINUTE: '5', MAX_API_KEYS_PER_ORGANIZATION: '20' },
    });
    boot = await bootstrapOrganization(t);
    org = boot.organization;
  });
  afterAll(() => t.close());

  describe('the whole flow', () => {
    let token: string;
    let invitation: string;
    let accepted: {
      user: { user: { name: string; email: string; display_name: string } };
      api_key: IssuedKey;
      key: string;
    };

    it('an admin invites by email and role; the token is shown once, in the key format', async () => {
      const res = await invite(boot.key, { email: 'Nia@Acme.test', role: 'org-member', workspace: boot.workspace });
      expect(res.status).toBe(201);
      token = res.body.invite_token;
      expect(token).toMatch(TOKEN_SHAPE);
      invitation = res.body.invitation.name;
      expect(res.body.invitation).toEqual({
        name: expect.stringMatching(new RegExp(`^${org}/invitations/[0-9a-z]+$`)),
        organization_display_name: 'Acme',
        workspace_id: boot.workspace.split('/').pop(),
        workspace_display_name: 'Default',
        roles: [`${org}/roles/org-member`],
        is_accepted: false,
      });
    });

    it('is listed as pending and readable, never with its token', async () => {
      const list = await as(t, boot.key).get(`${org}/invites`);
      expect(list.status).toBe(200);
      expect(list.body).toEqual({
        invitations: [{ email: 'Nia@Acme.test', invitation_id: invitation.split('/').pop() }],
        next_page_token: '',
      });
      const one = await as(t, boot.key).get(invitation);
      expect(one.status).toBe(200);
      expect(JSON.stringify([list.body, one.body])).not.toContain(token);
    });

    it('the invitee accepts without a key: member with the invited role, and a first key', async () => {
      const res = await accept(acceptBody(token, { display_name: 'Nia Newcomer' }));
      expect(res.status).toBe(201);
      accepted = res.body;
      expect(res.body.user).toEqual({
        user: {
          name: expect.stringMatching(new RegExp(`^${org}/users/[0-9a-z]+$`)),
          display_name: 'Nia Newcomer',
          email: 'Nia@Acme.test',
        },
        roles: [{ name: 'org-member', role_scope: 'ROLE_SCOPE_ORGANIZATION' }],
      });
      expect(res.body.key).toMatch(KEY_SHAPE);
      expect(res.body.api_key).toMatchObject({
        display_name: 'first key',
        owner: res.body.user.user.name,
        permission_level: 'PERMISSION_LEVEL_ALL',
        creator_key: '',
      });
      expect(res.body.api_key).not.toHaveProperty('key');
    });

    it("the new key works with the member role's powers and nothing more", async () => {
      const me = await as(t, accepted.key).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.role).toBe('org-member');
      expect((await as(t, accepted.key).get(`${org}/workspaces`)).status).toBe(200);
      expectError(await as(t, accepted.key).post(`${org}/workspaces`, { title: 'nope' }), 403, 7, 'PERMISSION_MISSING');
      expectError(
        await invite(accepted.key, { email: 'x@acme.test', role: 'org-member' }),
        403,
        7,
        'PERMISSION_MISSING',
      );
    });

    it('the invitation is accepted, no longer pending, and its token is spent', async () => {
      expect((await as(t, boot.key).get(invitation)).body.is_accepted).toBe(true);
      expect((await as(t, boot.key).get(`${org}/invites`)).body.invitations).toEqual([]);
      expectError(await accept(acceptBody(token)), 401, 16, 'INVITATION_INVALID');
      expect((await as(t, boot.key).delete(invitation)).status).toBe(400);
    });

    it('is audited: user.invited by the admin, user.added and api_key.created by the invitation', async () => {
      const events = await allEvents(t, boot.key, org);
      const invited = events.filter((e) => e.action === 'user.invited');
      expect(invited).toHaveLength(1);
      expect(invited[0].actor).toMatchObject({ type: 'API_KEY', api_key: boot.api_key });
      expect(invited[0].targets).toEqual([{ type: 'Invitation', name: invitation, display_name: 'Nia@Acme.test' }]);
      const byInvitation = events.filter((e) => e.actor.type === 'INVITATION');
      expect(byInvitation.map((e) => e.action)).toEqual(['user.added', 'api_key.created']);
      // The acceptance is found from the invitation too.
      const viaInvitation = await allEvents(t, boot.key, org, `target = "${invitation}"`);
      expect(viaInvitation.map((e) => e.action)).toEqual(['user.invited', 'user.added', 'api_key.created']);
      expect((await allEvents(t, boot.key, org, 'actor = INVITATION')).map((e) => e.action)).toEqual([
        'user.added',
        'api_key.created',
      ]);
      for (const e of byInvitation) {
        expect(e.actor).toEqual({
          type: 'INVITATION',
          api_key: '',
          user: accepted.user.user.name,
          display_name: 'Nia Newcomer',
        });
      }
      // The new member sees their own arrival.
      const theirs = await allEvents(t, accepted.key, org);
      expect(theirs.map((e) => e.action)).toEqual(expect.arrayContaining(['user.added', 'api_key.created']));
    });
  });

  describe('every bad token is the same 401', () => {
    it.each([
      ['garbage', 'nope'],
      ['a key instead of a token', 'KEY'],
      ['a wrong checksum', 'tsi_' + 'a'.repeat(49)],
      ['an unknown well-formed token', 'UNKNOWN'],
    ])('%s', async (_label, value) => {
      const tokenValue = value === 'KEY' ? boot.key : value === 'UNKNOWN' ? generateInviteToken() : value;
      const res = await accept(acceptBody(tokenValue), `198.51.100.${Math.floor(Math.random() * 200)}`);
      expectError(res, 401, 16, 'INVITATION_INVALID');
      expect(res.body.message).toBe(
        'The invitation token is not valid: it may be mistyped, already used, revoked or expired.',
      );
      expect(JSON.stringify(res.body)).not.toContain(tokenValue);
    });

    it('expired (test clock), revoked and replaced tokens too', async () => {
      const expired = (await invite(boot.key, { email: 'late@acme.test', role: 'org-member' })).body.invite_token;
      t.clock.advance(7 * DAY_MS + 1);
      expectError(await accept(acceptBody(expired), '198.51.100.1'), 401, 16, 'INVITATION_INVALID');

      const revokedRes = await invite(boot.key, { email: 'rev@acme.test', role: 'org-member' });
      expect((await as(t, boot.key).delete(revokedRes.body.invitation.name)).status).toBe(200);
      expectError(
        await accept(acceptBody(revokedRes.body.invite_token), '198.51.100.2'),
        401,
        16,
        'INVITATION_INVALID',
      );

      const first = await invite(boot.key, { email: 'twice@acme.test', role: 'org-member' });
      const second = await invite(boot.key, { email: 'TWICE@acme.test', role: 'org-admin' });
      expect(second.status).toBe(201);
      expectError(await accept(acceptBody(first.body.invite_token), '198.51.100.3'), 401, 16, 'INVITATION_INVALID');
      const pending = (await as(t, boot.key).get(`${org}/invites`)).body.invitations;
      expect(pending.filter((i: { email: string }) => i.email.toLowerCase() === 'twice@acme.test')).toHaveLength(1);
      const ok = await accept(acceptBody(second.body.invite_token), '198.51.100.3');
      expect(ok.status).toBe(201);
      expect(ok.body.user.roles[0].name).toBe('org-admin');
    });

    it('failed acceptances count toward the per-address limit (then 429, even for a good token)', async () => {
      const good = (await invite(boot.key, { email: 'limit@acme.test', role: 'org-member' })).body.invite_token;
      for (let i = 0; i < 5; i++) {
        expectError(await accept(acceptBody('tsi_junk'), '203.0.113.9'), 401, 16, 'INVITATION_INVALID');
      }
      expectError(await accept(acceptBody(good), '203.0.113.9'), 429, 8, 'RATE_LIMITED');
      expect((await accept(acceptBody(good), '203.0.113.10')).status).toBe(201);
    });
  });

  describe('rules', () => {
    it('an email that is already a member is 409', async () => {
      expectError(await invite(boot.key, { email: 'ADMIN@acme.test', role: 'org-member' }), 409, 6, 'ALREADY_EXISTS');
    });

    it('an org-member may not invite an org-admin: 403 over HTTP, ESCALATION_DENIED by rule', async () => {
      await addUser(t, boot.key, org, 'plain@acme.test', 'Plain Member');
      const member = await operatorKey(t, org, 'plain@acme.test', { displayName: 'plain' });
      // Members hold no create:User today, so their request stops at the permission check ...
      expectError(
        await invite(member.key, { email: 'boss@acme.test', role: 'org-admin' }),
        403,
        7,
        'PERMISSION_MISSING',
      );
      // ... and the rule itself refuses any inviter that is not an admin (a future role with create:User).
      const notAdmin = {
        organizationId: boot.organizationId,
        mayInviteAdmins: false,
        reachesWorkspace: () => true,
        ceiling: null,
      };
      await expect(
        t.get(InvitationsService).create(notAdmin, OPERATOR, { email: 'boss@acme.test', role: 'org-admin' }),
      ).rejects.toMatchObject({ reason: 'ESCALATION_DENIED' });
      expect(
        (await t.get(InvitationsService).create(notAdmin, OPERATOR, { email: 'peer@acme.test', role: 'org-member' }))
          .invite_token,
      ).toMatch(TOKEN_SHAPE);
    });

    it('validates the body (400) without spending the token', async () => {
      expectInvalidField(await invite(boot.key, { email: 'not-an-email', role: 'org-member' }), 'email');
      expectInvalidField(await invite(boot.key, { email: 'a@acme.test', role: 'owner' }), 'role');
      expectInvalidField(
        await invite(boot.key, { email: 'a@acme.test', role: 'org-member', workspace: 'x' }),
        'workspace',
      );
      expectInvalidField(
        await invite(boot.key, { email: 'a@acme.test', role: 'org-member', workspace: `${org}/workspaces/nosuch` }),
        'workspace',
      );
      const token = (await invite(boot.key, { email: 'valid@acme.test', role: 'org-member' })).body.invite_token;
      expectInvalidField(
        await accept(acceptBody(token, { key: createBody({ expiration: 'FOREVER' }) })),
        'key.expiration',
      );
      expectInvalidField(await accept(acceptBody(token, { display_name: ' ' })), 'display_name');
      expect((await accept(acceptBody(token))).status).toBe(201);
    });

    it('a workspace-scoped key cannot invite into a workspace outside its scope', async () => {
      const other = await addWorkspace(t, boot.key, org, 'Elsewhere');
      const scoped = await createKey(t, boot.key, org, {
        display_name: 'scoped',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [boot.workspace],
      });
      expectError(
        await invite(scoped.key, { email: 'ws@acme.test', role: 'org-member', workspace: other }),
        403,
        7,
        'WORKSPACE_OUT_OF_SCOPE',
      );
    });

    it('the key limit reached at acceptance leaves no member and keeps the token usable', async () => {
      const token = (await invite(boot.key, { email: 'full@acme.test', role: 'org-member' })).body.invite_token;
      const made: IssuedKey[] = [];
      for (;;) {
        const res = await as(t, boot.key).post(`${org}/apiKeys`, createBody({ display_name: `filler ${made.length}` }));
        if (res.status !== 201) break;
        made.push(res.body);
      }
      expectError(await accept(acceptBody(token), '198.51.100.50'), 429, 8, 'API_KEY_LIMIT_REACHED');
      const users = await as(t, boot.key).get(`${org}/users`).query({ filter: 'search : "full@acme"' });
      expect(users.body.users).toEqual([]);
      await as(t, boot.key).delete(made[0].name).expect(200);
      expect((await accept(acceptBody(token), '198.51.100.50')).status).toBe(201);
      for (const k of made.slice(1)) await as(t, boot.key).delete(k.name).expect(200);
    });

    it('two concurrent acceptances of one token: exactly one 201, the other 401, one member', async () => {
      for (let round = 0; round < 3; round++) {
        const email = `race${round}@acme.test`;
        const token = (await invite(boot.key, { email, role: 'org-member' })).body.invite_token;
        const results = await Promise.all([
          accept(acceptBody(token, { display_name: 'A' }), '198.51.100.60'),
          accept(acceptBody(token, { display_name: 'B' }), '198.51.100.61'),
          accept(acceptBody(token, { display_name: 'C' }), '198.51.100.62'),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([201, 401, 401]);
        const users = await as(t, boot.key)
          .get(`${org}/users`)
          .query({ filter: `search : "${email}"` });
        expect(users.body.users).toHaveLength(1);
        const keys = await as(t, boot.key)
          .get(`${org}/apiKeys`)
          .query({ filter: `owner = "${users.body.users[0].user.name}"` });
        expect(keys.body.api_keys).toHaveLength(1);
        await as(t, boot.key).delete(keys.body.api_keys[0].name).expect(200);
      }
    });

    describe('the first key stays within what the inviting key could mint (no escalation)', () => {
      // Shorter than the inviter's 30 days: a key may not outlive the one that (indirectly) made it.
      const restrictedBody = createBody({
        display_name: 'first',
        expiration: 'EXPIRATION_7_DAYS',
        permission_level: 'PERMISSION_LEVEL_RESTRICTED',
        permissions: ['read:Workspace'],
      });

      it('grants: a RESTRICTED inviter cannot hand out an ALL key', async () => {
        const inviter = await createKey(t, boot.key, org, {
          display_name: 'restricted inviter',
          permission_level: 'PERMISSION_LEVEL_RESTRICTED',
          permissions: ['create:User', 'read:Workspace'],
        });
        const token = (await invite(inviter.key, { email: 'capped@acme.test', role: 'org-member' })).body.invite_token;
        const all = createBody({ display_name: 'first', expiration: 'EXPIRATION_7_DAYS' });
        expectError(await accept(acceptBody(token, { key: all }), '198.51.100.80'), 403, 7, 'ESCALATION_DENIED');
        const ok = await accept(acceptBody(token, { key: restrictedBody }), '198.51.100.80');
        expect(ok.status).toBe(201);
        expect(ok.body.api_key.permissions).toEqual(['read:Workspace']);
        await as(t, boot.key).delete(inviter.name).expect(200);
        await as(t, boot.key).delete(ok.body.api_key.name).expect(200);
      });

      it('scope, allowlist and lifetime', async () => {
        const inviter = await createKey(t, boot.key, org, {
          display_name: 'narrow inviter',
          expiration: 'EXPIRATION_30_DAYS',
          workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
          workspaces: [boot.workspace],
          allowed_ips: ['10.9.0.0/16'],
        });
        const res = await as(t, inviter.key)
          .post(`${org}/invites`, { email: 'narrow@acme.test', role: 'org-member' })
          .set('X-Forwarded-For', '10.9.1.1');
        expect(res.status).toBe(201);
        const token = res.body.invite_token as string;
        const within = {
          display_name: 'first',
          expiration: 'EXPIRATION_7_DAYS',
          permission_level: 'PERMISSION_LEVEL_ALL',
          workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
          workspaces: [boot.workspace],
          allowed_ips: ['10.9.2.0/24'],
        };
        for (const wider of [
          { ...within, workspace_scope: 'WORKSPACE_SCOPE_ALL', workspaces: undefined },
          { ...within, allowed_ips: undefined },
          { ...within, allowed_ips: ['192.0.2.0/24'] },
          { ...within, expiration: 'EXPIRATION_60_DAYS' },
        ]) {
          expectError(await accept(acceptBody(token, { key: wider }), '198.51.100.81'), 403, 7, 'ESCALATION_DENIED');
        }
        const ok = await accept(acceptBody(token, { key: within }), '198.51.100.81');
        expect(ok.status).toBe(201);
        await as(t, boot.key).delete(inviter.name).expect(200);
        await as(t, boot.key).delete(ok.body.api_key.name).expect(200);
      });

      it("a key's rotated-out secret cannot invite or revoke", async () => {
        const key = await createKey(t, boot.key, org, { display_name: 'soon rotated' });
        await as(t, key.key).post(`${key.name}:rotate`, { grace_period_seconds: 3600 }).expect(200);
        expectError(await invite(key.key, { email: 'old@acme.test', role: 'org-member' }), 403, 7, 'ESCALATION_DENIED');
        const pending = await invite(boot.key, { email: 'old@acme.test', role: 'org-member' });
        expectError(await as(t, key.key).delete(pending.body.invitation.name), 403, 7, 'ESCALATION_DENIED');
        await as(t, boot.key).delete(key.name).expect(200);
      });
    });

    it('an array where the key object belongs is 400, not a crash', async () => {
      const token = (await invite(boot.key, { email: 'array@acme.test', role: 'org-member' })).body.invite_token;
      for (const key of [[], [createBody()], 'x', null]) {
        expectInvalidField(await accept(acceptBody(token, { key }), '198.51.100.90'), 'key');
      }
      expect((await accept(acceptBody(token), '198.51.100.90')).status).toBe(201);
    });

    it('a 254-character email is invited and audited (no column too short)', async () => {
      const email = `${'l'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'x'.repeat(56)}.test`;
      expect(email.length).toBe(254);
      const res = await invite(boot.key, { email, role: 'org-member' });
      expect(res.status).toBe(201);
      const events = await allEvents(t, boot.key, org, `target = "${res.body.invitation.name}"`);
      expect(events[0].targets[0].display_name).toBe(email);
    });

    it('tokens are stored only as HMACs', async () => {
      const token = (await invite(boot.key, { email: 'hash@acme.test', role: 'org-member' })).body.invite_token;
      const rows = JSON.stringify(await t.dataSource.query('SELECT * FROM invitations'));
      expect(rows).not.toContain(token);
      expect(rows).not.toMatch(/tsi_/);
      expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_events'))).not.toMatch(/tsi_/);
      expect(t.logger.lines.join('\n')).not.toMatch(/tsi_[0-9A-Za-z]{49}/);
    });
  });

  describe('roles of a second admin', () => {
    it('an invited admin can manage members', async () => {
      const token = (await invite(boot.key, { email: 'admin2@acme.test', role: 'org-admin' })).body.invite_token;
      const res = await accept(acceptBody(token), '198.51.100.70');
      expect(res.status).toBe(201);
      const admin2 = res.body.key as string;
      expect((await as(t, admin2).get('/me')).body.role).toBe('org-admin');
      await addUser(t, admin2, org, 'by-admin2@acme.test', 'By Admin Two');
    });
  });
});
