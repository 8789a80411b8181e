import { expectError, expectInvalidField } from './support/expect-error';
import { as, reasonOf } from './support/api-client';
import { operatorKey } from './support/api-key-fixtures';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

/**
 * Organizations, users and roles (API.md §1, §2, §4 roles, §6, §7).
 */

const RFC3339_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** An opaque id: URL-safe, never empty. */
const ID = '[A-Za-z0-9_-]+';
/** A well-formed id that names nothing. */
const MISSING_ID = '0000000000000000000000zzz';

type Body = Record<string, any>;
type Boot = Awaited<ReturnType<typeof bootstrapOrganization>>;

function errorInfo(body: Body): Body | undefined {
  return (body.details ?? []).find((d: Body) => d['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo');
}

function idOf(name: string): string {
  return name.split('/').pop() as string;
}

describe('Organizations, users and roles (API.md §6, §7)', () => {
  let t: TestApp;
  let acme: Boot;
  let globex: Boot;

  beforeAll(async () => {
    t = await startApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    acme = await bootstrapOrganization(t, { title: 'Acme', email: 'admin@acme.test', displayName: 'Ada Admin' });
    globex = await bootstrapOrganization(t, { title: 'Globex', email: 'admin@globex.test', displayName: 'Gus Admin' });
  });
  afterAll(() => t.close());

  /** Adds a member through the API and returns the UserWithRoles body. */
  async function addUser(boot: Boot, email: string, displayName: string, role = 'org-member'): Promise<Body> {
    const res = await as(t, boot.key).post(`${boot.organization}/users`, { email, display_name: displayName, role });
    if (res.status !== 201) throw new Error(`addUser failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Mints a key for an existing member with the operator (CLI) service, bypassing no-escalation. */
  async function operatorKeyFor(organization: string, email: string): Promise<string> {
    return (
      await operatorKey(t, organization, email, { displayName: `key of ${email}`, expiration: 'EXPIRATION_30_DAYS' })
    ).key;
  }

  // ------------------------------------------------------------------------------------------------
  describe('GET /organizations/{o}', () => {
    it('answers the Organization shape: name, title, RFC 3339 ms times, owner display name and email', async () => {
      const res = await as(t, acme.key).get(acme.organization);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        name: acme.organization,
        title: 'Acme',
        create_time: expect.stringMatching(RFC3339_MS),
        update_time: expect.stringMatching(RFC3339_MS),
        owner_display_name: 'Ada Admin',
        owner_email: 'admin@acme.test',
      });
      expect(acme.organization).toMatch(new RegExp(`^organizations/${ID}$`));
      expect(res.body.update_time).toBe(res.body.create_time);
      expect(Math.abs(Date.parse(res.body.create_time) - t.clock.now())).toBeLessThan(5 * 60_000);
    });

    it('uses random, non-sequential ids for organizations', () => {
      expect(acme.organizationId).not.toBe(globex.organizationId);
      expect(acme.organizationId).toMatch(new RegExp(`^${ID}$`));
      expect(acme.organizationId.length).toBeGreaterThanOrEqual(16);
    });

    it('is 403 ORGANIZATION_MISMATCH for another existing organization', async () => {
      const res = await as(t, acme.key).get(globex.organization);
      expectError(res, 403, 7, 'ORGANIZATION_MISMATCH');
    });

    it('is 403 ORGANIZATION_MISMATCH for an organization that does not exist (never 404)', async () => {
      const res = await as(t, acme.key).get(`organizations/${MISSING_ID}`);
      expectError(res, 403, 7, 'ORGANIZATION_MISMATCH');
    });

    it('is 403 ORGANIZATION_MISMATCH on every sub-collection of another organization', async () => {
      for (const path of ['users', 'roles', 'workspaces', 'apiKeys', `users/${idOf(globex.user)}`]) {
        const res = await as(t, acme.key).get(`${globex.organization}/${path}`);
        expectError(res, 403, 7, 'ORGANIZATION_MISMATCH');
      }
    });

    it('is 401 without a key', async () => {
      const res = await t.http().get(`/api/v1/${acme.organization}`);
      expectError(res, 401, 16, 'API_KEY_INVALID');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('PATCH /organizations/{o}', () => {
    let org: Boot;
    beforeAll(async () => {
      org = await bootstrapOrganization(t, {
        title: 'Renamable',
        email: 'owner@renamable.test',
        displayName: 'Rita Owner',
      });
    });

    it('renames with a trimmed title, moves update_time and keeps create_time', async () => {
      const before = (await as(t, org.key).get(org.organization)).body;
      t.clock.advance(5_000);
      const res = await as(t, org.key).patch(org.organization, { title: '   Renamed Org \t ' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ...before, title: 'Renamed Org', update_time: expect.stringMatching(RFC3339_MS) });
      expect(Date.parse(res.body.update_time)).toBeGreaterThan(Date.parse(before.update_time));
      expect(res.body.create_time).toBe(before.create_time);
      const again = await as(t, org.key).get(org.organization);
      expect(again.body).toEqual(res.body);
    });

    it('round-trips emoji and other astral characters', async () => {
      const title = 'Acme 🚀👩‍💻 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 組織 Ünïcødé';
      const res = await as(t, org.key).patch(org.organization, { title });
      expect(res.status).toBe(200);
      expect(res.body.title).toBe(title);
      expect((await as(t, org.key).get(org.organization)).body.title).toBe(title);
    });

    it('accepts exactly 100 code points even when they are 200 UTF-16 units (emoji)', async () => {
      const title = '😀'.repeat(100);
      expect(title.length).toBe(200);
      const res = await as(t, org.key).patch(org.organization, { title });
      expect(res.status).toBe(200);
      expect((await as(t, org.key).get(org.organization)).body.title).toBe(title);
    });

    it('accepts 100 code points of plain text after trimming the surrounding spaces', async () => {
      const res = await as(t, org.key).patch(org.organization, { title: `  ${'a'.repeat(100)}  ` });
      expect(res.status).toBe(200);
      expect(res.body.title).toBe('a'.repeat(100));
    });

    it.each([
      ['101 characters', 'b'.repeat(101)],
      ['101 emoji', '😀'.repeat(101)],
      ['an empty string', ''],
      ['only whitespace', ' \t\n '],
      ['a number', 42],
      ['an object', { text: 'x' }],
      ['null', null],
    ])('refuses a title that is %s with 400 INVALID_ARGUMENT on "title"', async (_what, title) => {
      const before = (await as(t, org.key).get(org.organization)).body;
      const res = await as(t, org.key).patch(org.organization, { title });
      expectInvalidField(res, 'title');
      expect((await as(t, org.key).get(org.organization)).body).toEqual(before);
    });

    it('refuses an unknown field with 400 naming it', async () => {
      const res = await as(t, org.key).patch(org.organization, { title: 'Fine', owner_email: 'x@y.test' });
      expectInvalidField(res, 'owner_email');
    });

    it('treats {} as a no-op: 200, same body, update_time unchanged', async () => {
      const before = (await as(t, org.key).get(org.organization)).body;
      t.clock.advance(5_000);
      const res = await as(t, org.key).patch(org.organization, {});
      expect(res.status).toBe(200);
      expect(res.body).toEqual(before);
      expect((await as(t, org.key).get(org.organization)).body).toEqual(before);
    });

    it('is 403 ORGANIZATION_MISMATCH for another organization, existing or not, before validating the body', async () => {
      for (const target of [globex.organization, `organizations/${MISSING_ID}`]) {
        expectError(await as(t, org.key).patch(target, { title: 'Hijacked' }), 403, 7, 'ORGANIZATION_MISMATCH');
        expectError(await as(t, org.key).patch(target, { title: null }), 403, 7, 'ORGANIZATION_MISMATCH');
      }
      expect((await as(t, globex.key).get(globex.organization)).body.title).toBe('Globex');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('GET /me/organizations', () => {
    it('lists exactly the key’s organization, in one page', async () => {
      const org = await as(t, acme.key).get(acme.organization);
      const res = await as(t, acme.key).get('/me/organizations');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ user_organizations: [org.body], next_page_token: '' });
    });

    it('is per key: another organization’s key sees only its own organization', async () => {
      const res = await as(t, globex.key).get('/me/organizations');
      expect(res.status).toBe(200);
      expect(res.body.user_organizations.map((o: Body) => o.name)).toEqual([globex.organization]);
      expect(res.body.next_page_token).toBe('');
    });

    it('honours filter on title (= exact, : contains case-insensitively) like any list', async () => {
      const org = (await as(t, acme.key).get(acme.organization)).body;
      const title = org.title as string;
      for (const filter of [
        `title = ${JSON.stringify(title)}`,
        `title : ${JSON.stringify(title.slice(1, 4).toUpperCase())}`,
      ]) {
        const res = await as(t, acme.key).get('/me/organizations').query({ filter });
        expect(res.status).toBe(200);
        expect(res.body.user_organizations).toEqual([org]);
      }
      const none = await as(t, acme.key).get('/me/organizations').query({ filter: 'title = "Not This One"' });
      expect(none.status).toBe(200);
      expect(none.body).toEqual({ user_organizations: [], next_page_token: '' });
      expectInvalidField(await as(t, acme.key).get('/me/organizations').query({ filter: 'owner = "x"' }), 'filter');
      expectInvalidField(await as(t, acme.key).get('/me/organizations').query({ order_by: 'title' }), 'order_by');
    });

    it('honours page_size and page_token', async () => {
      const first = await as(t, acme.key).get('/me/organizations').query({ page_size: 1 });
      expect(first.status).toBe(200);
      expect(first.body.user_organizations).toHaveLength(1);
      expect(first.body.next_page_token).toBe('');
      expectInvalidField(await as(t, acme.key).get('/me/organizations').query({ page_token: 'forged' }), 'page_token');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('GET /organizations/{o}/users (filter, order_by, paging)', () => {
    let org: Boot;
    /** display_name -> UserWithRoles, in creation order (the admin first). */
    const created: Body[] = [];

    beforeAll(async () => {
      org = await bootstrapOrganization(t, {
        title: 'Listing Co',
        email: 'zed@listing.test',
        displayName: 'Zed Admin',
      });
      created.push((await as(t, org.key).get(`${org.organization}/users`)).body.users[0]);
      const people: [string, string, string][] = [
        ['e.durand@example.test', 'Élodie Durand', 'org-member'],
        ['BOB@Example.test', 'bob Builder', 'org-member'],
        ['alice@corp.test', 'Alice Smith', 'org-admin'],
        ['charlie_b@example.test', 'Charlie Brown', 'org-member'],
        ['dana@corp.test', 'Dana Élan', 'org-member'],
        ['percent@other.test', '100% Human', 'org-member'],
      ];
      for (const [email, name, role] of people) {
        t.clock.advance(1_000);
        created.push(await addUser(org, email, name, role));
      }
    });

    const list = (query: Record<string, string>) => as(t, org.key).get(`${org.organization}/users`).query(query);
    const namesOf = (body: Body) => body.users.map((u: Body) => u.user.display_name);

    it('lists UserWithRoles items, newest first by default, in one page with an empty next_page_token', async () => {
      const res = await list({});
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['next_page_token', 'users']);
      expect(res.body.next_page_token).toBe('');
      expect(namesOf(res.body)).toEqual(created.map((u) => u.user.display_name).reverse());
      for (const item of res.body.users) {
        expect(item).toEqual({
          user: {
            name: expect.stringMatching(new RegExp(`^${org.organization}/users/${ID}$`)),
            display_name: expect.any(String),
            email: expect.any(String),
          },
          roles: [{ name: expect.stringMatching(/^org-(admin|member)$/), role_scope: 'ROLE_SCOPE_ORGANIZATION' }],
        });
      }
      expect(res.body.users.find((u: Body) => u.user.display_name === 'bob Builder').user.email).toBe(
        'BOB@Example.test',
      );
    });

    it.each([
      ['ÉLODIE', ['Élodie Durand']],
      ['élodie', ['Élodie Durand']],
      ['elodie', []],
      ['SMITH', ['Alice Smith']],
      ['CoRp', ['Alice Smith', 'Dana Élan']],
      ['example', ['Élodie Durand', 'bob Builder', 'Charlie Brown']],
      ['bob@example', ['bob Builder']],
      ['élan', ['Dana Élan']],
      ['nobody-matches', []],
    ])('search : "%s" matches display name or email, case-insensitively (accents matter)', async (needle, expected) => {
      const res = await list({ filter: `search : "${needle}"` });
      expect(res.status).toBe(200);
      expect(namesOf(res.body).sort()).toEqual([...expected].sort());
    });

    it('treats LIKE metacharacters in search literally', async () => {
      expect(namesOf((await list({ filter: 'search : "%"' })).body)).toEqual(['100% Human']);
      expect(namesOf((await list({ filter: 'search : "_"' })).body)).toEqual(['Charlie Brown']);
      expect(namesOf((await list({ filter: 'search : "e_d"' })).body)).toEqual([]);
    });

    it('filters role = "org-admin" and role = "org-member"', async () => {
      const admins = await list({ filter: 'role = "org-admin"' });
      expect(admins.status).toBe(200);
      expect(namesOf(admins.body).sort()).toEqual(['Alice Smith', 'Zed Admin']);
      for (const u of admins.body.users)
        expect(u.roles).toEqual([{ name: 'org-admin', role_scope: 'ROLE_SCOPE_ORGANIZATION' }]);
      const members = await list({ filter: "role = 'org-member'" });
      expect(namesOf(members.body).sort()).toEqual(
        ['100% Human', 'Charlie Brown', 'Dana Élan', 'bob Builder', 'Élodie Durand'].sort(),
      );
    });

    it('filters role by title too, case-insensitively (Kognitos: role="Organization Admin")', async () => {
      const byId = namesOf((await list({ filter: 'role = "org-admin"' })).body).sort();
      for (const filter of ['role="Organization Admin"', "role = 'organization admin'", 'role = "ORG-ADMIN"']) {
        const res = await list({ filter });
        expect(res.status).toBe(200);
        expect(namesOf(res.body).sort()).toEqual(byId);
      }
      expect(namesOf((await list({ filter: 'role = "Organization Member"' })).body)).toHaveLength(5);
    });

    it('filters role_scope (every role is organization-scoped)', async () => {
      const all = namesOf((await list({})).body).sort();
      for (const filter of [
        'role_scope=organization',
        'role_scope = "ROLE_SCOPE_ORGANIZATION"',
        'role_scope = Organization',
      ]) {
        expect(namesOf((await list({ filter })).body).sort()).toEqual(all);
      }
      const none = await list({ filter: 'role_scope = workspace' });
      expect(none.status).toBe(200);
      expect(none.body.users).toEqual([]);
      expectInvalidField(await list({ filter: 'role_scope = galaxy' }), 'filter');
    });

    it('combines search and role with AND', async () => {
      const res = await list({ filter: 'search : "corp" AND role = "org-member"' });
      expect(res.status).toBe(200);
      expect(namesOf(res.body)).toEqual(['Dana Élan']);
    });

    it.each([
      ['role = "org-owner"'],
      ['role : "admin"'],
      ['search = "alice"'],
      ['title = "x"'],
      ['email = "alice@corp.test"'],
      ['search : "x" OR role = "org-admin"'],
      ['search : "unterminated'],
      ['search :'],
      ['= "x"'],
      ['search : "x" AND'],
      ['(search : "x")'],
      ['search ~ "x"'],
    ])('refuses filter %s with 400 INVALID_ARGUMENT on "filter"', async (filter) => {
      expectInvalidField(await list({ filter }), 'filter');
    });

    it('orders by display_name case-insensitively, asc and desc', async () => {
      const folded = (s: string) => s.normalize('NFC').toLowerCase();
      const byName = created.map((u) => u.user.display_name).sort((a, b) => (folded(a) < folded(b) ? -1 : 1));
      // Case-insensitive: "bob Builder" sits between Alice and Charlie, not after "Zed".
      expect(byName.slice(0, 4)).toEqual(['100% Human', 'Alice Smith', 'bob Builder', 'Charlie Brown']);
      for (const order_by of ['display_name', 'display_name asc', 'display_name ASC']) {
        const res = await list({ order_by });
        expect(res.status).toBe(200);
        expect(namesOf(res.body)).toEqual(byName);
      }
      expect(namesOf((await list({ order_by: 'display_name desc' })).body)).toEqual([...byName].reverse());
    });

    it('orders by email case-insensitively, asc and desc', async () => {
      const emails = (body: Body) => body.users.map((u: Body) => u.user.email);
      const expected = [
        'alice@corp.test',
        'BOB@Example.test',
        'charlie_b@example.test',
        'dana@corp.test',
        'e.durand@example.test',
        'percent@other.test',
        'zed@listing.test',
      ];
      expect(emails((await list({ order_by: 'email' })).body)).toEqual(expected);
      expect(emails((await list({ order_by: 'email desc' })).body)).toEqual([...expected].reverse());
    });

    it('orders by created_time asc and desc', async () => {
      const inOrder = created.map((u) => u.user.display_name);
      expect(namesOf((await list({ order_by: 'created_time asc' })).body)).toEqual(inOrder);
      expect(namesOf((await list({ order_by: 'created_time' })).body)).toEqual(inOrder);
      expect(namesOf((await list({ order_by: 'created_time desc' })).body)).toEqual([...inOrder].reverse());
    });

    it('orders by updated_time: a member whose role just changed comes last ascending, first descending', async () => {
      t.clock.advance(1_000);
      const charlie = created.find((u) => u.user.display_name === 'Charlie Brown') as Body;
      const patched = await as(t, org.key).patch(charlie.user.name, {
        role: 'org-member' === charlie.roles[0].name ? 'org-admin' : 'org-member',
      });
      expect(patched.status).toBe(200);
      const asc = namesOf((await list({ order_by: 'updated_time asc' })).body);
      const desc = namesOf((await list({ order_by: 'updated_time desc' })).body);
      expect(asc[asc.length - 1]).toBe('Charlie Brown');
      expect(desc[0]).toBe('Charlie Brown');
      expect(desc).toEqual([...asc].reverse());
      // Put Charlie back so the other tests see the original roles.
      expect((await as(t, org.key).patch(charlie.user.name, { role: charlie.roles[0].name })).status).toBe(200);
    });

    it.each([
      ['create_time'],
      ['update_time'],
      ['title'],
      ['role'],
      ['display_name sideways'],
      ['display_name asc desc'],
      ['display_name,'],
      ['email; DROP TABLE users'],
    ])('refuses order_by %s with 400 INVALID_ARGUMENT on "order_by"', async (order_by) => {
      expectInvalidField(await list({ order_by }), 'order_by');
    });

    it.each([['-1'], ['abc'], ['1.5'], ['2e1'], ['0x10']])(
      'refuses page_size=%s with 400 on "page_size"',
      async (page_size) => {
        expectInvalidField(await list({ page_size }), 'page_size');
      },
    );

    it.each([
      ['the default order', {}],
      ['display_name order', { order_by: 'display_name' }],
      ['email desc with a filter', { order_by: 'email desc', filter: 'search : "e"' }],
    ])('pages with page_size=2 through every user exactly once (%s)', async (_what, query: Record<string, string>) => {
      const full = namesOf((await list({ ...query, page_size: '1000' })).body);
      const seen: string[] = [];
      let token = '';
      let pages = 0;
      do {
        const res = await list({ ...query, page_size: '2', ...(token ? { page_token: token } : {}) });
        expect(res.status).toBe(200);
        expect(res.body.users.length).toBeLessThanOrEqual(2);
        seen.push(...namesOf(res.body));
        token = res.body.next_page_token;
        expect(typeof token).toBe('string');
        pages++;
        expect(pages).toBeLessThan(20);
      } while (token);
      expect(seen).toEqual(full);
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBe(Math.max(1, Math.ceil(full.length / 2)));
    });

    it('treats page_size=0 as the default and coerces page_size above 1000', async () => {
      expect(namesOf((await list({ page_size: '0' })).body)).toHaveLength(created.length);
      const huge = await list({ page_size: '5000' });
      expect(huge.status).toBe(200);
      expect(namesOf(huge.body)).toHaveLength(created.length);
      expect(huge.body.next_page_token).toBe('');
    });

    it('refuses a page_token reused with a different filter or order_by (400 on "page_token")', async () => {
      const first = await list({ page_size: '2', filter: 'search : "e"' });
      expect(first.status).toBe(200);
      const token = first.body.next_page_token;
      expect(token).not.toBe('');
      expect((await list({ page_size: '2', filter: 'search : "e"', page_token: token })).status).toBe(200);
      expectInvalidField(await list({ page_size: '2', filter: 'search : "a"', page_token: token }), 'page_token');
      expectInvalidField(await list({ page_size: '2', page_token: token }), 'page_token');
      expectInvalidField(
        await list({ page_size: '2', filter: 'search : "e"', order_by: 'email', page_token: token }),
        'page_token',
      );
    });

    it('refuses a tampered or foreign page_token with 400', async () => {
      const token = (await list({ page_size: '2' })).body.next_page_token as string;
      const flipped = token.slice(0, 3) + (token[3] === 'A' ? 'B' : 'A') + token.slice(4);
      expectInvalidField(await list({ page_size: '2', page_token: flipped }), 'page_token');
      expectInvalidField(await list({ page_size: '2', page_token: 'not-a-token' }), 'page_token');
      // A token of another list (workspaces) is not a users token.
      expect((await as(t, org.key).post(`${org.organization}/workspaces`, { title: 'Second' })).status).toBe(201);
      const workspaces = await as(t, org.key).get(`${org.organization}/workspaces`).query({ page_size: '1' });
      expect(workspaces.body.next_page_token).not.toBe('');
      expectInvalidField(await list({ page_size: '1', page_token: workspaces.body.next_page_token }), 'page_token');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('GET /organizations/{o}/users/{u}', () => {
    it('answers UserBasicInfo: exactly name, display_name, email', async () => {
      const res = await as(t, acme.key).get(acme.user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ name: acme.user, display_name: 'Ada Admin', email: 'admin@acme.test' });
      expect(acme.user).toMatch(new RegExp(`^${acme.organization}/users/${ID}$`));
    });

    it('is 404 NOT_FOUND for a missing user', async () => {
      const res = await as(t, acme.key).get(`${acme.organization}/users/${MISSING_ID}`);
      expectError(res, 404, 5, 'NOT_FOUND');
    });

    it('is 404 for a user of another organization addressed under the key’s organization', async () => {
      const res = await as(t, acme.key).get(`${acme.organization}/users/${idOf(globex.user)}`);
      expectError(res, 404, 5, 'NOT_FOUND');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('POST /organizations/{o}/users', () => {
    it('adds a member: 201 UserWithRoles, trimmed display name, and the user can be read back', async () => {
      const res = await as(t, acme.key).post(`${acme.organization}/users`, {
        email: 'new.member@acme.test',
        display_name: '  Nina Member  ',
        role: 'org-member',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        user: {
          name: expect.stringMatching(new RegExp(`^${acme.organization}/users/${ID}$`)),
          display_name: 'Nina Member',
          email: 'new.member@acme.test',
        },
        roles: [{ name: 'org-member', role_scope: 'ROLE_SCOPE_ORGANIZATION' }],
      });
      const read = await as(t, acme.key).get(res.body.user.name);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(res.body.user);
    });

    it('adds an admin with role org-admin', async () => {
      const res = await as(t, acme.key).post(`${acme.organization}/users`, {
        email: 'second.admin@acme.test',
        display_name: 'Sam Second',
        role: 'org-admin',
      });
      expect(res.status).toBe(201);
      expect(res.body.roles).toEqual([{ name: 'org-admin', role_scope: 'ROLE_SCOPE_ORGANIZATION' }]);
    });

    it('keeps an emoji display name intact', async () => {
      const body = await addUser(acme, 'emoji@acme.test', 'Émoji 🎉 Person 👩🏽‍🚀');
      expect(body.user.display_name).toBe('Émoji 🎉 Person 👩🏽‍🚀');
      expect((await as(t, acme.key).get(body.user.name)).body.display_name).toBe('Émoji 🎉 Person 👩🏽‍🚀');
    });

    it('gives every user a distinct opaque id', async () => {
      const a = await addUser(acme, 'id.one@acme.test', 'Id One');
      const b = await addUser(acme, 'id.two@acme.test', 'Id Two');
      expect(idOf(a.user.name)).not.toBe(idOf(b.user.name));
    });

    describe('duplicates', () => {
      beforeAll(async () => {
        await addUser(acme, 'dup@acme.test', 'First Dup');
      });

      it.each([
        ['the same email', 'dup@acme.test'],
        ['the email in upper case', 'DUP@ACME.TEST'],
        ['the email in mixed case with spaces around', '  Dup@Acme.Test '],
      ])('refuses %s twice in one organization with 409 ALREADY_EXISTS', async (_what, email) => {
        const res = await as(t, acme.key).post(`${acme.organization}/users`, {
          email,
          display_name: 'Second Dup',
          role: 'org-member',
        });
        expectError(res, 409, 6, 'ALREADY_EXISTS');
        const found = await as(t, acme.key).get(`${acme.organization}/users`).query({ filter: 'search : "dup@acme"' });
        expect(found.body.users.map((u: Body) => u.user.display_name)).toEqual(['First Dup']);
      });
    });

    it('folds non-ASCII email case too (Ünal vs ünal is a duplicate)', async () => {
      const first = await as(t, acme.key).post(`${acme.organization}/users`, {
        email: 'Ünal@acme.test',
        display_name: 'Ünal',
        role: 'org-member',
      });
      expect(first.status).toBe(201);
      const second = await as(t, acme.key).post(`${acme.organization}/users`, {
        email: 'ünal@acme.test',
        display_name: 'ünal',
        role: 'org-member',
      });
      expectError(second, 409, 6, 'ALREADY_EXISTS');
    });

    it('allows the same email in another organization (a different user)', async () => {
      const here = await addUser(acme, 'shared@both.test', 'Shared Here');
      const there = await addUser(globex, 'SHARED@both.test', 'Shared There');
      expect(there.user.name.startsWith(`${globex.organization}/users/`)).toBe(true);
      expect(idOf(there.user.name)).not.toBe(idOf(here.user.name));
      expect(
        (await as(t, globex.key).get(`${globex.organization}/users`).query({ filter: 'search : "shared"' })).body.users,
      ).toHaveLength(1);
    });

    it.each([
      ['a malformed email', { email: 'not-an-email', display_name: 'X', role: 'org-member' }, 'email'],
      ['a missing email', { display_name: 'X', role: 'org-member' }, 'email'],
      ['a numeric email', { email: 7, display_name: 'X', role: 'org-member' }, 'email'],
      ['an unknown role', { email: 'r@acme.test', display_name: 'X', role: 'org-owner' }, 'role'],
      ['a missing role', { email: 'r@acme.test', display_name: 'X' }, 'role'],
      ['a role in the wrong case', { email: 'r@acme.test', display_name: 'X', role: 'ORG-ADMIN' }, 'role'],
      ['a blank display name', { email: 'r@acme.test', display_name: '   ', role: 'org-member' }, 'display_name'],
      [
        'a display name of 101 characters',
        { email: 'r@acme.test', display_name: 'd'.repeat(101), role: 'org-member' },
        'display_name',
      ],
      ['a null display name', { email: 'r@acme.test', display_name: null, role: 'org-member' }, 'display_name'],
      ['an unknown field', { email: 'r@acme.test', display_name: 'X', role: 'org-member', roles: [] }, 'roles'],
    ])('refuses %s with 400 INVALID_ARGUMENT', async (_what, body, field) => {
      const res = await as(t, acme.key).post(`${acme.organization}/users`, body);
      expectInvalidField(res, field);
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('PATCH and DELETE /organizations/{o}/users/{u}', () => {
    let org: Boot;
    beforeAll(async () => {
      org = await bootstrapOrganization(t, { title: 'Roles Co', email: 'root@roles.test', displayName: 'Root Admin' });
    });

    it('changes a member’s role and back, answering UserWithRoles', async () => {
      const user = await addUser(org, 'promote@roles.test', 'Pat Promote');
      const up = await as(t, org.key).patch(user.user.name, { role: 'org-admin' });
      expect(up.status).toBe(200);
      expect(up.body).toEqual({
        user: user.user,
        roles: [{ name: 'org-admin', role_scope: 'ROLE_SCOPE_ORGANIZATION' }],
      });
      const admins = await as(t, org.key).get(`${org.organization}/users`).query({ filter: 'role = "org-admin"' });
      expect(admins.body.users.map((u: Body) => u.user.name)).toContain(user.user.name);
      const down = await as(t, org.key).patch(user.user.name, { role: 'org-member' });
      expect(down.status).toBe(200);
      expect(down.body.roles).toEqual([{ name: 'org-member', role_scope: 'ROLE_SCOPE_ORGANIZATION' }]);
    });

    it('refuses a bad role, a null role and unknown fields with 400', async () => {
      const user = await addUser(org, 'badrole@roles.test', 'Bad Role');
      expectInvalidField(await as(t, org.key).patch(user.user.name, { role: 'superuser' }), 'role');
      expectInvalidField(await as(t, org.key).patch(user.user.name, { role: null }), 'role');
      expectInvalidField(await as(t, org.key).patch(user.user.name, { role: 'org-admin', email: 'x@y.test' }), 'email');
    });

    it('is 404 when changing the role of a missing user', async () => {
      const res = await as(t, org.key).patch(`${org.organization}/users/${MISSING_ID}`, { role: 'org-admin' });
      expectError(res, 404, 5, 'NOT_FOUND');
    });

    it('removes a member: 200 {}, then 404 on get, patch and delete', async () => {
      const user = await addUser(org, 'leaver@roles.test', 'Lee Leaver');
      const res = await as(t, org.key).delete(user.user.name);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
      expectError(await as(t, org.key).get(user.user.name), 404, 5, 'NOT_FOUND');
      expectError(await as(t, org.key).patch(user.user.name, { role: 'org-admin' }), 404, 5, 'NOT_FOUND');
      expectError(await as(t, org.key).delete(user.user.name), 404, 5, 'NOT_FOUND');
      const remaining = await as(t, org.key).get(`${org.organization}/users`).query({ filter: 'search : "leaver"' });
      expect(remaining.body.users).toEqual([]);
    });

    it('lets the email of a removed member be added again', async () => {
      const user = await addUser(org, 'again@roles.test', 'Again One');
      expect((await as(t, org.key).delete(user.user.name)).status).toBe(200);
      const back = await addUser(org, 'AGAIN@roles.test', 'Again Two');
      expect(back.user.name).not.toBe(user.user.name);
    });

    it('removes a member’s keys with them: their key is 401 afterwards', async () => {
      const user = await addUser(org, 'keyholder@roles.test', 'Kay Holder');
      const key = await operatorKeyFor(org.organization, 'keyholder@roles.test');
      expect((await as(t, key).get('/me')).status).toBe(200);
      expect((await as(t, org.key).delete(user.user.name)).status).toBe(200);
      expectError(await as(t, key).get('/me'), 401, 16, 'API_KEY_INVALID');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('the last admin can be neither demoted nor removed', () => {
    it('refuses to demote or remove the only admin with 400 FAILED_PRECONDITION (code 9)', async () => {
      const solo = await bootstrapOrganization(t, {
        title: 'Solo',
        email: 'solo@solo.test',
        displayName: 'Solo Admin',
      });
      await addUser(solo, 'member@solo.test', 'Solo Member');
      const demote = await as(t, solo.key).patch(solo.user, { role: 'org-member' });
      expectError(demote, 400, 9, 'FAILED_PRECONDITION');
      const remove = await as(t, solo.key).delete(solo.user);
      expectError(remove, 400, 9, 'FAILED_PRECONDITION');
      const admins = await as(t, solo.key).get(`${solo.organization}/users`).query({ filter: 'role = "org-admin"' });
      expect(admins.body.users.map((u: Body) => u.user.name)).toEqual([solo.user]);
      // Re-asserting the current role is not a demotion.
      expect((await as(t, solo.key).patch(solo.user, { role: 'org-admin' })).status).toBe(200);
    });

    it('allows demoting one of two admins, then refuses the remaining one', async () => {
      const duo = await bootstrapOrganization(t, { title: 'Duo', email: 'one@duo.test', displayName: 'Admin One' });
      const two = await addUser(duo, 'two@duo.test', 'Admin Two', 'org-admin');
      const demoted = await as(t, duo.key).patch(two.user.name, { role: 'org-member' });
      expect(demoted.status).toBe(200);
      expectError(await as(t, duo.key).patch(duo.user, { role: 'org-member' }), 400, 9, 'FAILED_PRECONDITION');
      expectError(await as(t, duo.key).delete(duo.user), 400, 9, 'FAILED_PRECONDITION');
      // Promote again, then removing one admin is fine and the other is protected.
      expect((await as(t, duo.key).patch(two.user.name, { role: 'org-admin' })).status).toBe(200);
      expect((await as(t, duo.key).delete(two.user.name)).status).toBe(200);
      expectError(await as(t, duo.key).delete(duo.user), 400, 9, 'FAILED_PRECONDITION');
    });

    it.each([1, 2, 3])(
      'keeps at least one admin under 10 concurrent demote/delete requests against two admins (round %i)',
      async (round) => {
        const org = await bootstrapOrganization(t, {
          title: `Race ${round}`,
          email: `a@race${round}.test`,
          displayName: 'Admin A',
        });
        const b = await addUser(org, `b@race${round}.test`, 'Admin B', 'org-admin');
        await addUser(org, `watcher@race${round}.test`, 'Watcher');
        const keyA = org.key;
        const keyB = await operatorKeyFor(org.organization, `b@race${round}.test`);
        const watcherKey = await operatorKeyFor(org.organization, `watcher@race${round}.test`);
        const a = org.user;

        // Each admin acts on the other (and on themselves), so the requests pass authorization together.
        const actions = [
          () => as(t, keyB).patch(a, { role: 'org-member' }),
          () => as(t, keyA).patch(b.user.name, { role: 'org-member' }),
          () => as(t, keyB).delete(a),
          () => as(t, keyA).delete(b.user.name),
        ];
        const responses = await Promise.all(
          Array.from({ length: 10 }, (_, i) => actions[(i + round) % actions.length]()),
        );

        for (const res of responses) {
          // Success, last-admin refusal, already gone, or the caller lost its rights meanwhile. Never a 500.
          expect([200, 400, 401, 403, 404]).toContain(res.status);
          if (res.status === 400) expect(res.body).toMatchObject({ code: 9 });
          if (res.status === 400) expect(reasonOf(res.body)).toBe('FAILED_PRECONDITION');
        }
        expect(responses.some((r) => r.status === 200)).toBe(true);

        const admins = await as(t, watcherKey).get(`${org.organization}/users`).query({ filter: 'role = "org-admin"' });
        expect(admins.status).toBe(200);
        expect(admins.body.users.length).toBeGreaterThanOrEqual(1);
        const [{ count }] = await t.dataSource.query(
          `SELECT COUNT(*) AS count FROM users WHERE organization_id = ? AND role = 'org-admin'`,
          [org.organizationId],
        );
        expect(Number(count)).toBeGreaterThanOrEqual(1);
      },
    );
  });

  // ------------------------------------------------------------------------------------------------
  describe('GET /organizations/{o}/roles', () => {
    let catalog: { all: string[]; readOnly: string[] };

    beforeAll(async () => {
      const res = await as(t, acme.key).get('/permissions');
      expect(res.status).toBe(200);
      const perms: { name: string; read_only: boolean }[] = res.body.permission_groups.flatMap(
        (g: Body) => g.permissions,
      );
      catalog = { all: perms.map((p) => p.name), readOnly: perms.filter((p) => p.read_only).map((p) => p.name) };
    });

    it('pages with page_size and page_token in name order (Kognitos)', async () => {
      const first = await as(t, acme.key).get(`${acme.organization}/roles`).query({ page_size: 1 });
      expect(first.status).toBe(200);
      expect(first.body.roles.map((r: Body) => r.name)).toEqual([`${acme.organization}/roles/org-admin`]);
      expect(first.body.next_page_token).not.toBe('');
      const second = await as(t, acme.key)
        .get(`${acme.organization}/roles`)
        .query({ page_size: 1, page_token: first.body.next_page_token });
      expect(second.status).toBe(200);
      expect(second.body.roles.map((r: Body) => r.name)).toEqual([`${acme.organization}/roles/org-member`]);
      expect(second.body.next_page_token).toBe('');
      // A token is bound to its list: another organization's roles refuse it.
      expectInvalidField(
        await as(t, globex.key).get(`${globex.organization}/roles`).query({ page_token: first.body.next_page_token }),
        'page_token',
      );
    });

    it('lists exactly org-admin and org-member, in one page', async () => {
      const res = await as(t, acme.key).get(`${acme.organization}/roles`);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['next_page_token', 'roles']);
      expect(res.body.next_page_token).toBe('');
      expect(res.body.roles).toHaveLength(2);
      const byName = Object.fromEntries(res.body.roles.map((r: Body) => [r.name, r]));
      expect(byName[`${acme.organization}/roles/org-admin`]).toEqual({
        name: `${acme.organization}/roles/org-admin`,
        title: 'Organization Admin',
        description: expect.any(String),
        permissions: expect.any(Array),
      });
      expect(byName[`${acme.organization}/roles/org-member`]).toEqual({
        name: `${acme.organization}/roles/org-member`,
        title: 'Organization Member',
        description: expect.any(String),
        permissions: expect.any(Array),
      });
    });

    it('gives org-admin every permission of the catalog, as plain action:Resource strings', async () => {
      const res = await as(t, acme.key).get(`${acme.organization}/roles`);
      const admin = res.body.roles.find((r: Body) => r.name.endsWith('/roles/org-admin'));
      expect([...admin.permissions].sort()).toEqual([...catalog.all].sort());
      for (const p of admin.permissions) expect(p).toMatch(/^[a-z][A-Za-z]*:[A-Z][A-Za-z0-9]*$/);
      expect(admin.permissions).toEqual(
        expect.arrayContaining([
          'read:Organization',
          'update:Organization',
          'create:User',
          'delete:User',
          'read:Role',
          'create:Workspace',
          'delete:ApiKey',
        ]),
      );
    });

    it('gives org-member every read:* permission plus create/update/delete:ApiKey, and nothing else', async () => {
      const res = await as(t, acme.key).get(`${acme.organization}/roles`);
      const member = res.body.roles.find((r: Body) => r.name.endsWith('/roles/org-member'));
      const expected = [...catalog.readOnly, 'create:ApiKey', 'update:ApiKey', 'delete:ApiKey'];
      expect([...member.permissions].sort()).toEqual([...new Set(expected)].sort());
      expect(catalog.readOnly.every((p) => p.startsWith('read:'))).toBe(true);
      expect(member.permissions).not.toContain('create:User');
      expect(member.permissions).not.toContain('update:Organization');
      expect(member.permissions).not.toContain('create:Workspace');
    });

    it('names the roles under the caller’s organization', async () => {
      const res = await as(t, globex.key).get(`${globex.organization}/roles`);
      expect(res.body.roles.map((r: Body) => r.name).sort()).toEqual([
        `${globex.organization}/roles/org-admin`,
        `${globex.organization}/roles/org-member`,
      ]);
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('a member’s key (role org-member)', () => {
    let org: Boot;
    let memberKey: string;
    let member: Body;

    beforeAll(async () => {
      org = await bootstrapOrganization(t, { title: 'Members Inc', email: 'boss@members.test', displayName: 'Boss' });
      member = await addUser(org, 'mia@members.test', 'Mia Member');
      memberKey = await operatorKeyFor(org.organization, 'mia@members.test');
    });

    it('reads users, one user, roles and the organization (200)', async () => {
      const users = await as(t, memberKey).get(`${org.organization}/users`);
      expect(users.status).toBe(200);
      expect(users.body.users.map((u: Body) => u.user.email).sort()).toEqual(['boss@members.test', 'mia@members.test']);
      expect((await as(t, memberKey).get(org.user)).status).toBe(200);
      expect((await as(t, memberKey).get(`${org.organization}/roles`)).status).toBe(200);
      expect((await as(t, memberKey).get(org.organization)).status).toBe(200);
    });

    it('is 403 PERMISSION_MISSING (create:User) when adding a user', async () => {
      const res = await as(t, memberKey).post(`${org.organization}/users`, {
        email: 'sneaky@members.test',
        display_name: 'Sneaky',
        role: 'org-admin',
      });
      expectError(res, 403, 7, 'PERMISSION_MISSING');
      expect(errorInfo(res.body)?.metadata).toEqual({ permission: 'create:User' });
      const users = await as(t, org.key).get(`${org.organization}/users`).query({ filter: 'search : "sneaky"' });
      expect(users.body.users).toEqual([]);
    });

    it('checks permissions before validating the body (403, not 400, for an invalid body)', async () => {
      const res = await as(t, memberKey).post(`${org.organization}/users`, { email: 'nope', role: 'x' });
      expectError(res, 403, 7, 'PERMISSION_MISSING');
      expect(errorInfo(res.body)?.metadata.permission).toBe('create:User');
    });

    it.each([
      ['promote themselves', 'patch', 'update:User'],
      ['remove the admin', 'delete', 'delete:User'],
    ])('is 403 PERMISSION_MISSING when trying to %s', async (_what, method, permission) => {
      const res =
        method === 'patch'
          ? await as(t, memberKey).patch(member.user.name, { role: 'org-admin' })
          : await as(t, memberKey).delete(org.user);
      expectError(res, 403, 7, 'PERMISSION_MISSING');
      expect(errorInfo(res.body)?.metadata.permission).toBe(permission);
    });

    it('is 403 PERMISSION_MISSING (update:Organization) when renaming the organization', async () => {
      const res = await as(t, memberKey).patch(org.organization, { title: 'Taken Over' });
      expectError(res, 403, 7, 'PERMISSION_MISSING');
      expect(errorInfo(res.body)?.metadata.permission).toBe('update:Organization');
      expect((await as(t, org.key).get(org.organization)).body.title).toBe('Members Inc');
    });

    it('gains the admin’s rights at once when promoted, and loses them when demoted', async () => {
      expect((await as(t, org.key).patch(member.user.name, { role: 'org-admin' })).status).toBe(200);
      const added = await as(t, memberKey).post(`${org.organization}/users`, {
        email: 'hired@members.test',
        display_name: 'Hired',
        role: 'org-member',
      });
      expect(added.status).toBe(201);
      expect((await as(t, org.key).patch(member.user.name, { role: 'org-member' })).status).toBe(200);
      const refused = await as(t, memberKey).post(`${org.organization}/users`, {
        email: 'hired2@members.test',
        display_name: 'Hired Two',
        role: 'org-member',
      });
      expectError(refused, 403, 7, 'PERMISSION_MISSING');
    });
  });
});
