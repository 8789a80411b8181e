import { expectError, expectInvalidField } from './support/expect-error';
import { as, createKey } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

/**
 * Workspaces (API.md §1 listing rules, §2 errors, §4 workspace scope, §6 endpoints, §7 shape).
 */

const RFC3339_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ID = '[A-Za-z0-9_-]+';
/** A well-formed id that names nothing. */
const MISSING_ID = '0000000000000000000000zzz';
const WORKSPACE_KEYS = [
  'create_time',
  'creator_display_name',
  'creator_email',
  'name',
  'title',
  'update_time',
  'workspace_icon',
  'workspace_icon_color',
];

type Body = Record<string, any>;
type Boot = Awaited<ReturnType<typeof bootstrapOrganization>>;

/** Case-insensitive text order of API.md §1: Unicode lower-casing, then code points. */
function byFoldedTitle(a: string, b: string): number {
  const fa = [...a.normalize('NFC').toLowerCase()].map((c) => c.codePointAt(0) as number);
  const fb = [...b.normalize('NFC').toLowerCase()].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(fa.length, fb.length); i++) if (fa[i] !== fb[i]) return fa[i] - fb[i];
  return fa.length - fb.length;
}

describe('Workspaces (API.md §6, §7)', () => {
  let t: TestApp;
  let acme: Boot;
  let globex: Boot;

  beforeAll(async () => {
    t = await startApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    acme = await bootstrapOrganization(t, {
      title: 'Acme',
      email: 'admin@acme.test',
      displayName: 'Ada Admin',
      workspaceTitle: 'Default',
    });
    globex = await bootstrapOrganization(t, { title: 'Globex', email: 'admin@globex.test', displayName: 'Gus Admin' });
  });
  afterAll(() => t.close());

  async function create(boot: Boot, body: Body): Promise<Body> {
    t.clock.advance(1_000);
    const res = await as(t, boot.key).post(`${boot.organization}/workspaces`, body);
    if (res.status !== 201) throw new Error(`create workspace failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  // ------------------------------------------------------------------------------------------------
  describe('create, get, update, delete', () => {
    it('creates a workspace: 201 with exactly the Workspace fields', async () => {
      t.clock.advance(1_000);
      const res = await as(t, acme.key).post(`${acme.organization}/workspaces`, {
        title: '  Marketing  ',
        workspace_icon: 'rocket',
        workspace_icon_color: '#3366ff',
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body).sort()).toEqual(WORKSPACE_KEYS);
      expect(res.body).toEqual({
        name: expect.stringMatching(new RegExp(`^${acme.organization}/workspaces/${ID}$`)),
        title: 'Marketing',
        workspace_icon: 'rocket',
        workspace_icon_color: '#3366ff',
        create_time: expect.stringMatching(RFC3339_MS),
        update_time: expect.stringMatching(RFC3339_MS),
        creator_display_name: 'Ada Admin',
        creator_email: 'admin@acme.test',
      });
      expect(res.body.update_time).toBe(res.body.create_time);
      const got = await as(t, acme.key).get(res.body.name);
      expect(got.status).toBe(200);
      expect(got.body).toEqual(res.body);
    });

    it('defaults the icon and its colour to empty strings', async () => {
      const body = await create(acme, { title: 'Plain' });
      expect(body.workspace_icon).toBe('');
      expect(body.workspace_icon_color).toBe('');
      expect(Object.keys(body).sort()).toEqual(WORKSPACE_KEYS);
    });

    it('round-trips emoji titles and accepts exactly 100 code points', async () => {
      const emoji = await create(acme, { title: 'Launch 🚀 Ωmega 👩‍💻' });
      expect((await as(t, acme.key).get(emoji.name)).body.title).toBe('Launch 🚀 Ωmega 👩‍💻');
      const long = await create(acme, { title: '🦄'.repeat(100) });
      expect((await as(t, acme.key).get(long.name)).body.title).toBe('🦄'.repeat(100));
    });

    it('gives every workspace a distinct opaque id', async () => {
      const a = await create(acme, { title: 'Id A' });
      const b = await create(acme, { title: 'Id B' });
      expect(a.name).not.toBe(b.name);
    });

    it.each([
      ['a missing title', {}, 'title'],
      ['a blank title', { title: '  ' }, 'title'],
      ['a null title', { title: null }, 'title'],
      ['a numeric title', { title: 5 }, 'title'],
      ['a title of 101 characters', { title: 'x'.repeat(101) }, 'title'],
      ['a title of 101 emoji', { title: '🦄'.repeat(101) }, 'title'],
      ['a null icon', { title: 'Icon Null', workspace_icon: null }, 'workspace_icon'],
      ['a numeric icon colour', { title: 'Icon Num', workspace_icon_color: 3 }, 'workspace_icon_color'],
      ['an unknown field', { title: 'Extra', name: 'organizations/x/workspaces/y' }, 'name'],
    ])('refuses %s with 400 INVALID_ARGUMENT', async (_what, body, field) => {
      expectInvalidField(await as(t, acme.key).post(`${acme.organization}/workspaces`, body), field);
    });

    it('is 404 NOT_FOUND for a missing workspace (get, patch, delete)', async () => {
      const name = `${acme.organization}/workspaces/${MISSING_ID}`;
      expectError(await as(t, acme.key).get(name), 404, 5, 'NOT_FOUND');
      expectError(await as(t, acme.key).patch(name, { title: 'X' }), 404, 5, 'NOT_FOUND');
      expectError(await as(t, acme.key).delete(name), 404, 5, 'NOT_FOUND');
    });

    it('is 404 for another organization’s workspace addressed under the key’s organization', async () => {
      const theirs = globex.workspace.split('/').pop();
      expectError(await as(t, acme.key).get(`${acme.organization}/workspaces/${theirs}`), 404, 5, 'NOT_FOUND');
      expectError(await as(t, acme.key).delete(`${acme.organization}/workspaces/${theirs}`), 404, 5, 'NOT_FOUND');
      expect((await as(t, globex.key).get(globex.workspace)).status).toBe(200);
    });

    it('is 403 ORGANIZATION_MISMATCH for another organization, existing or not', async () => {
      for (const org of [globex.organization, `organizations/${MISSING_ID}`]) {
        expectError(await as(t, acme.key).get(`${org}/workspaces`), 403, 7, 'ORGANIZATION_MISMATCH');
        expectError(
          await as(t, acme.key).post(`${org}/workspaces`, { title: 'Intruder' }),
          403,
          7,
          'ORGANIZATION_MISMATCH',
        );
        expectError(await as(t, acme.key).get(`${org}/workspaces/${MISSING_ID}`), 403, 7, 'ORGANIZATION_MISMATCH');
        expectError(await as(t, acme.key).get(`/me/${org}/workspaces`), 403, 7, 'ORGANIZATION_MISMATCH');
      }
      expectError(await as(t, acme.key).get(globex.workspace), 403, 7, 'ORGANIZATION_MISMATCH');
      expectError(await as(t, acme.key).patch(globex.workspace, { title: 'Hacked' }), 403, 7, 'ORGANIZATION_MISMATCH');
      expectError(await as(t, acme.key).delete(globex.workspace), 403, 7, 'ORGANIZATION_MISMATCH');
      expect((await as(t, globex.key).get(globex.workspace)).body.title).toBe('Default');
    });

    describe('PATCH', () => {
      it('changes only the fields sent, moves update_time, keeps create_time', async () => {
        const ws = await create(acme, { title: 'Patchable', workspace_icon: 'star', workspace_icon_color: '#000000' });
        t.clock.advance(2_000);
        const color = await as(t, acme.key).patch(ws.name, { workspace_icon_color: '#ffffff' });
        expect(color.status).toBe(200);
        expect(color.body).toEqual({
          ...ws,
          workspace_icon_color: '#ffffff',
          update_time: expect.stringMatching(RFC3339_MS),
        });
        expect(Date.parse(color.body.update_time)).toBeGreaterThan(Date.parse(ws.update_time));

        t.clock.advance(2_000);
        const renamed = await as(t, acme.key).patch(ws.name, { title: '  Patched Title ' });
        expect(renamed.status).toBe(200);
        expect(renamed.body).toEqual({
          ...color.body,
          title: 'Patched Title',
          update_time: expect.stringMatching(RFC3339_MS),
        });
        expect(Date.parse(renamed.body.update_time)).toBeGreaterThan(Date.parse(color.body.update_time));

        const icon = await as(t, acme.key).patch(ws.name, { workspace_icon: 'moon' });
        expect(icon.body).toMatchObject({
          title: 'Patched Title',
          workspace_icon: 'moon',
          workspace_icon_color: '#ffffff',
          create_time: ws.create_time,
        });
        expect((await as(t, acme.key).get(ws.name)).body).toEqual(icon.body);
      });

      it('treats {} as a no-op: 200, same body, update_time unchanged', async () => {
        const ws = await create(acme, { title: 'Untouched', workspace_icon: 'leaf' });
        t.clock.advance(3_000);
        const res = await as(t, acme.key).patch(ws.name, {});
        expect(res.status).toBe(200);
        expect(res.body).toEqual(ws);
        expect((await as(t, acme.key).get(ws.name)).body).toEqual(ws);
      });

      it.each([
        ['a null title', { title: null }, 'title'],
        ['a null icon', { workspace_icon: null }, 'workspace_icon'],
        ['a null icon colour', { workspace_icon_color: null }, 'workspace_icon_color'],
        ['a blank title', { title: ' ' }, 'title'],
        ['a title of 101 characters', { title: 'y'.repeat(101) }, 'title'],
        ['an unknown field', { creator_email: 'x@y.test' }, 'creator_email'],
        ['a read-only field', { create_time: '2020-01-01T00:00:00.000Z' }, 'create_time'],
      ])('refuses %s with 400 and changes nothing', async (_what, body, field) => {
        const ws = await create(acme, { title: `Guarded ${field} ${Math.random()}` });
        expectInvalidField(await as(t, acme.key).patch(ws.name, body), field);
        expect((await as(t, acme.key).get(ws.name)).body).toEqual(ws);
      });

      it('is 409 ALREADY_EXISTS when renaming to another workspace’s title (any case)', async () => {
        await create(acme, { title: 'Taken Name' });
        const ws = await create(acme, { title: 'Wants Rename' });
        expectError(await as(t, acme.key).patch(ws.name, { title: 'Taken Name' }), 409, 6, 'ALREADY_EXISTS');
        expectError(await as(t, acme.key).patch(ws.name, { title: 'TAKEN name' }), 409, 6, 'ALREADY_EXISTS');
        expect((await as(t, acme.key).get(ws.name)).body.title).toBe('Wants Rename');
      });

      it('allows changing the case of a workspace’s own title', async () => {
        const ws = await create(acme, { title: 'case change' });
        const res = await as(t, acme.key).patch(ws.name, { title: 'Case Change' });
        expect(res.status).toBe(200);
        expect(res.body.title).toBe('Case Change');
      });
    });

    it('deletes: 200 {}, then 404 on get, patch and delete, and it leaves the list', async () => {
      const ws = await create(acme, { title: 'Doomed' });
      const res = await as(t, acme.key).delete(ws.name);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
      expectError(await as(t, acme.key).get(ws.name), 404, 5, 'NOT_FOUND');
      expectError(await as(t, acme.key).patch(ws.name, { title: 'Back' }), 404, 5, 'NOT_FOUND');
      expectError(await as(t, acme.key).delete(ws.name), 404, 5, 'NOT_FOUND');
      const list = await as(t, acme.key).get(`${acme.organization}/workspaces`).query({ filter: 'title = "Doomed"' });
      expect(list.body.workspaces).toEqual([]);
      // The title is free again.
      expect((await as(t, acme.key).post(`${acme.organization}/workspaces`, { title: 'DOOMED' })).status).toBe(201);
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('titles are unique per organization, case-insensitively (Unicode lower-casing only)', () => {
    let org: Boot;
    beforeAll(async () => {
      org = await bootstrapOrganization(t, { title: 'Unique Co', email: 'u@unique.test', displayName: 'Uma' });
      await create(org, { title: 'Café' });
    });

    it.each([['Café'], ['CAFÉ'], ['café'], ['  cAfÉ  ']])(
      'refuses "%s" next to "Café" with 409 ALREADY_EXISTS',
      async (title) => {
        expectError(await as(t, org.key).post(`${org.organization}/workspaces`, { title }), 409, 6, 'ALREADY_EXISTS');
      },
    );

    it('treats accents as significant: "cafe" is a different title from "Café", and "CAFE" then collides with "cafe"', async () => {
      const res = await as(t, org.key).post(`${org.organization}/workspaces`, { title: 'cafe' });
      expect(res.status).toBe(201);
      expectError(
        await as(t, org.key).post(`${org.organization}/workspaces`, { title: 'CAFE' }),
        409,
        6,
        'ALREADY_EXISTS',
      );
      const titles = (await as(t, org.key).get(`${org.organization}/workspaces`)).body.workspaces.map(
        (w: Body) => w.title,
      );
      expect(titles).toEqual(expect.arrayContaining(['Café', 'cafe']));
    });

    it('folds non-Latin scripts too (Greek and Cyrillic)', async () => {
      await create(org, { title: 'ΣΟΦΙΑ' });
      expectError(
        await as(t, org.key).post(`${org.organization}/workspaces`, { title: 'σοφια' }),
        409,
        6,
        'ALREADY_EXISTS',
      );
      await create(org, { title: 'Москва' });
      expectError(
        await as(t, org.key).post(`${org.organization}/workspaces`, { title: 'МОСКВА' }),
        409,
        6,
        'ALREADY_EXISTS',
      );
    });

    it('allows the same title in another organization', async () => {
      const res = await as(t, globex.key).post(`${globex.organization}/workspaces`, { title: 'Café' });
      expect(res.status).toBe(201);
      expect(res.body.name.startsWith(`${globex.organization}/workspaces/`)).toBe(true);
    });

    it('keeps exactly one workspace when the same title is created concurrently', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          as(t, org.key).post(`${org.organization}/workspaces`, { title: i % 2 ? 'RACE' : 'race' }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 201)) expectError(r, 409, 6, 'ALREADY_EXISTS');
      const list = await as(t, org.key).get(`${org.organization}/workspaces`).query({ filter: 'title : "race"' });
      expect(list.body.workspaces).toHaveLength(1);
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('list: filter and order_by', () => {
    let org: Boot;
    /** Titles in creation order (Default first). */
    const titles = [
      'Default',
      'Alpha Report',
      'alpha notes',
      'Beta Report',
      '100% Done',
      '100 Done',
      'snake_case',
      'snakeXcase',
      'Say "hi"',
      "It's here",
      'Café Ops',
      'cafe ops',
      'Zulu',
      'Élan',
    ];
    const nameOf: Record<string, string> = {};

    beforeAll(async () => {
      org = await bootstrapOrganization(t, {
        title: 'Filters Inc',
        email: 'f@filters.test',
        displayName: 'Fay',
        workspaceTitle: 'Default',
      });
      nameOf.Default = org.workspace;
      for (const title of titles.slice(1)) nameOf[title] = (await create(org, { title })).name;
    });

    const list = (query: Record<string, string>) => as(t, org.key).get(`${org.organization}/workspaces`).query(query);
    const titlesOf = (body: Body): string[] => body.workspaces.map((w: Body) => w.title);

    it('answers {workspaces, next_page_token} with full Workspace items, newest first by default', async () => {
      const res = await list({});
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['next_page_token', 'workspaces']);
      expect(res.body.next_page_token).toBe('');
      expect(titlesOf(res.body)).toEqual([...titles].reverse());
      for (const w of res.body.workspaces) expect(Object.keys(w).sort()).toEqual(WORKSPACE_KEYS);
      expect(res.body.workspaces.find((w: Body) => w.title === 'Zulu')).toEqual(
        (await as(t, org.key).get(nameOf.Zulu)).body,
      );
    });

    it.each([
      ['title = "Alpha Report"', ['Alpha Report']],
      ['title = "alpha report"', []],
      ['title = "ALPHA REPORT"', []],
      ['title = "Alpha"', []],
      ['title = "Alpha Report "', []],
      ['title = " Alpha Report"', []],
      ["title='Alpha Report'", ['Alpha Report']],
      ['title = \'Say "hi"\'', ['Say "hi"']],
      [`title = "It's here"`, ["It's here"]],
      ['title = "Café Ops"', ['Café Ops']],
      ['title = "cafe ops"', ['cafe ops']],
    ])('filter %s is exact and case-sensitive', async (filter, expected) => {
      const res = await list({ filter });
      expect(res.status).toBe(200);
      expect(titlesOf(res.body).sort()).toEqual([...expected].sort());
    });

    it.each([
      ['title : "REPORT"', ['Alpha Report', 'Beta Report']],
      ['title : "alpha"', ['Alpha Report', 'alpha notes']],
      ["title:'ALPHA'", ['Alpha Report', 'alpha notes']],
      ['title : "CAFÉ"', ['Café Ops']],
      ['title : "cafe"', ['cafe ops']],
      ['title : "élan"', ['Élan']],
      ['title : "\\"hi\\""', ['Say "hi"']],
      ['title : "nothing like this"', []],
    ])('filter %s matches contains, case-insensitively (accents matter)', async (filter, expected) => {
      const res = await list({ filter });
      expect(res.status).toBe(200);
      expect(titlesOf(res.body).sort()).toEqual([...expected].sort());
    });

    it('combines terms with AND', async () => {
      expect(titlesOf((await list({ filter: 'title : "alpha" AND title : "report"' })).body)).toEqual(['Alpha Report']);
      expect(titlesOf((await list({ filter: 'title : "report" AND title = "Beta Report"' })).body)).toEqual([
        'Beta Report',
      ]);
      expect(titlesOf((await list({ filter: "title : 'alpha' AND title = 'nope'" })).body)).toEqual([]);
    });

    it('treats LIKE metacharacters % and _ (and the escape character) literally', async () => {
      expect(titlesOf((await list({ filter: 'title : "%"' })).body)).toEqual(['100% Done']);
      expect(titlesOf((await list({ filter: 'title : "0%"' })).body)).toEqual(['100% Done']);
      expect(titlesOf((await list({ filter: 'title : "_"' })).body)).toEqual(['snake_case']);
      expect(titlesOf((await list({ filter: 'title : "e_c"' })).body)).toEqual(['snake_case']);
      expect(titlesOf((await list({ filter: 'title = "100% Done"' })).body)).toEqual(['100% Done']);
      expect(titlesOf((await list({ filter: 'title = "100_Done"' })).body)).toEqual([]);
      expect(titlesOf((await list({ filter: 'title : "!"' })).body)).toEqual([]);
      expect(titlesOf((await list({ filter: 'title : "\\\\"' })).body)).toEqual([]);
    });

    it.each([
      ['name = "x"'],
      ['title ~ "x"'],
      ['title != "x"'],
      ['title = "x" OR title = "y"'],
      ['title = "x" and title = "y"'],
      ['title = "unterminated'],
      ['title = \'mismatched"'],
      ['title'],
      ['title ='],
      ['= "x"'],
      ['title = "x" AND'],
      ['AND title = "x"'],
      ['NOT title = "x"'],
      ['title = "x" title = "y"'],
      ['(title = "x")'],
      ['title = "x"; DROP TABLE workspaces'],
      ['create_time > "2020-01-01"'],
    ])('refuses filter %s with 400 INVALID_ARGUMENT on "filter" (never a 500)', async (filter) => {
      expectInvalidField(await list({ filter }), 'filter');
    });

    it('orders by create_time: default desc, asc, desc', async () => {
      expect(titlesOf((await list({ order_by: 'create_time desc' })).body)).toEqual([...titles].reverse());
      expect(titlesOf((await list({ order_by: 'create_time' })).body)).toEqual(titles);
      expect(titlesOf((await list({ order_by: 'create_time asc' })).body)).toEqual(titles);
    });

    it('orders by title case-insensitively (code points after Unicode lower-casing), asc and desc', async () => {
      const expected = [...titles].sort(byFoldedTitle);
      // "alpha notes" before "Alpha Report" before "Beta Report": case does not split them apart.
      expect(expected.indexOf('alpha notes')).toBeLessThan(expected.indexOf('Alpha Report'));
      expect(expected.indexOf('Alpha Report')).toBeLessThan(expected.indexOf('Beta Report'));
      expect(titlesOf((await list({ order_by: 'title' })).body)).toEqual(expected);
      expect(titlesOf((await list({ order_by: 'title asc' })).body)).toEqual(expected);
      expect(titlesOf((await list({ order_by: 'title desc' })).body)).toEqual([...expected].reverse());
    });

    it('orders a title before its own extensions, whatever character follows (no space padding)', async () => {
      // "Pad" < "Pad\u0001One" < "Pad One" in code-point order; a PAD SPACE collation would compare
      // "Pad" as "Pad " and put "Pad\u0001One" first, so SQLite and MySQL would disagree.
      const pad = await bootstrapOrganization(t, {
        title: 'Pad Order',
        email: 'p@pad.test',
        displayName: 'Pad',
        workspaceTitle: 'Pad',
      });
      await create(pad, { title: 'Pad\u0001One' });
      await create(pad, { title: 'Pad One' });
      const res = await as(t, pad.key).get(`${pad.organization}/workspaces`).query({ order_by: 'title' });
      expect(res.status).toBe(200);
      expect(titlesOf(res.body)).toEqual(['Pad', 'Pad\u0001One', 'Pad One']);
    });

    it('orders by update_time: the most recently edited workspace comes last ascending, first descending', async () => {
      t.clock.advance(1_000);
      expect((await as(t, org.key).patch(nameOf['Beta Report'], { workspace_icon: 'edited' })).status).toBe(200);
      const asc = titlesOf((await list({ order_by: 'update_time asc' })).body);
      const desc = titlesOf((await list({ order_by: 'update_time desc' })).body);
      expect(asc[asc.length - 1]).toBe('Beta Report');
      expect(desc[0]).toBe('Beta Report');
      expect(asc.filter((x) => x !== 'Beta Report')).toEqual(titles.filter((x) => x !== 'Beta Report'));
      expect(desc).toEqual([...asc].reverse());
    });

    it('accepts several sort fields and combines them with filter', async () => {
      const res = await list({ order_by: 'update_time desc, title asc', filter: 'title : "report"' });
      expect(res.status).toBe(200);
      expect(titlesOf(res.body).sort()).toEqual(['Alpha Report', 'Beta Report']);
    });

    it.each([
      ['name'],
      ['created_time'],
      ['display_name'],
      ['workspace_icon'],
      ['title sideways'],
      ['title asc desc'],
      ['title,'],
    ])('refuses order_by %s with 400 INVALID_ARGUMENT on "order_by"', async (order_by) => {
      expectInvalidField(await list({ order_by }), 'order_by');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('list: page_size', () => {
    let org: Boot;
    const COUNT = 60; // including the bootstrap workspace

    beforeAll(async () => {
      org = await bootstrapOrganization(t, { title: 'Sizes Ltd', email: 's@sizes.test', displayName: 'Sid' });
      for (let i = 1; i < COUNT; i++) {
        const res = await as(t, org.key).post(`${org.organization}/workspaces`, {
          title: `Size ${String(i).padStart(3, '0')}`,
        });
        expect(res.status).toBe(201);
      }
    });

    const list = (query: Record<string, string>) => as(t, org.key).get(`${org.organization}/workspaces`).query(query);

    it('defaults to 50 items per page', async () => {
      const res = await list({});
      expect(res.status).toBe(200);
      expect(res.body.workspaces).toHaveLength(50);
      expect(res.body.next_page_token).not.toBe('');
      const rest = await list({ page_token: res.body.next_page_token });
      expect(rest.body.workspaces).toHaveLength(COUNT - 50);
      expect(rest.body.next_page_token).toBe('');
    });

    it('treats page_size=0 as the default (50)', async () => {
      const res = await list({ page_size: '0' });
      expect(res.status).toBe(200);
      expect(res.body.workspaces).toHaveLength(50);
    });

    it('honours a small page_size', async () => {
      const res = await list({ page_size: '7' });
      expect(res.body.workspaces).toHaveLength(7);
      expect(res.body.next_page_token).not.toBe('');
    });

    it('coerces a page_size above 1000 instead of refusing it', async () => {
      for (const page_size of ['1001', '5000', '999999999']) {
        const res = await list({ page_size });
        expect(res.status).toBe(200);
        expect(res.body.workspaces).toHaveLength(COUNT);
        expect(res.body.next_page_token).toBe('');
      }
    });

    it('answers an empty next_page_token when the page exactly fits', async () => {
      const res = await list({ page_size: String(COUNT) });
      expect(res.body.workspaces).toHaveLength(COUNT);
      expect(res.body.next_page_token).toBe('');
    });

    it.each([['-1'], ['-50'], ['abc'], ['1.5'], ['10abc'], ['1e2'], ['"10"']])(
      'refuses page_size=%s with 400 INVALID_ARGUMENT on "page_size"',
      async (page_size) => {
        expectInvalidField(await list({ page_size }), 'page_size');
      },
    );
  });

  // ------------------------------------------------------------------------------------------------
  describe('list: paging is a keyset (items present for the whole walk appear exactly once)', () => {
    let org: Boot;
    let inserted = 0;

    beforeAll(async () => {
      org = await bootstrapOrganization(t, {
        title: 'Paging Co',
        email: 'p@paging.test',
        displayName: 'Pia',
        workspaceTitle: 'Base 000',
      });
      // 25 more; some created in the same millisecond on purpose (ties broken by id).
      for (let i = 1; i <= 25; i++) {
        if (i % 3 === 0) t.clock.advance(1_000);
        const res = await as(t, org.key).post(`${org.organization}/workspaces`, {
          title: `${i % 2 ? 'Odd' : 'even'} ${String(i).padStart(3, '0')}`,
        });
        expect(res.status).toBe(201);
      }
    });

    const list = (query: Record<string, string>) => as(t, org.key).get(`${org.organization}/workspaces`).query(query);

    async function allNames(): Promise<string[]> {
      const res = await list({ page_size: '1000' });
      return res.body.workspaces.map((w: Body) => w.name);
    }

    /** Walks every page with page_size=4, calling `between` after each page. */
    async function walk(query: Record<string, string>, between: (page: number) => Promise<void>): Promise<string[]> {
      const seen: string[] = [];
      let token = '';
      let page = 0;
      do {
        const res = await list({ ...query, page_size: '4', ...(token ? { page_token: token } : {}) });
        expect(res.status).toBe(200);
        expect(res.body.workspaces.length).toBeLessThanOrEqual(4);
        seen.push(...res.body.workspaces.map((w: Body) => w.name));
        token = res.body.next_page_token;
        page++;
        expect(page).toBeLessThan(100);
        if (token) await between(page);
      } while (token);
      return seen;
    }

    async function insert(title: string): Promise<string> {
      inserted++;
      const res = await as(t, org.key).post(`${org.organization}/workspaces`, { title: `${title} #${inserted}` });
      expect(res.status).toBe(201);
      return res.body.name;
    }

    it('without concurrent changes: every workspace once, in list order', async () => {
      const before = await allNames();
      expect(before.length).toBeGreaterThanOrEqual(26);
      const seen = await walk({}, () => Promise.resolve());
      expect(seen).toEqual(before);
    });

    it.each([
      ['the default order (create_time desc)', {}],
      ['create_time asc', { order_by: 'create_time asc' }],
      ['title', { order_by: 'title' }],
      ['title desc', { order_by: 'title desc' }],
      ['update_time desc, title', { order_by: 'update_time desc, title' }],
    ])('with inserts between pages, ordered by %s', async (_what, query: Record<string, string>) => {
      const before = await allNames();
      const added: string[] = [];
      const seen = await walk(query, async (page) => {
        // New items land before, inside and after the cursor in every order (first pages only, so
        // that the walk ends).
        if (page > 5) return;
        if (page % 2) t.clock.advance(500);
        added.push(await insert('AAA new'));
        added.push(await insert('mmm new'));
        added.push(await insert('zzz new'));
      });
      expect(added.length).toBeGreaterThan(0);
      // No duplicates at all.
      expect(new Set(seen).size).toBe(seen.length);
      // Every workspace present for the whole walk: exactly once.
      for (const name of before) expect(seen.filter((n) => n === name)).toHaveLength(1);
      // Anything else: only what exists (at most once, checked above).
      const after = new Set(await allNames());
      for (const name of seen) expect(after.has(name)).toBe(true);
    });

    it('with deletions between pages, every survivor appears exactly once', async () => {
      const before = await allNames();
      const deleted = new Set<string>();
      const seen = await walk({ order_by: 'title' }, async (page) => {
        // Delete one item from the far end of the list (not seen yet) each page.
        const victim = before[before.length - page];
        if (victim && (await as(t, org.key).delete(victim)).status === 200) deleted.add(victim);
      });
      expect(deleted.size).toBeGreaterThan(0);
      expect(new Set(seen).size).toBe(seen.length);
      for (const name of before.filter((n) => !deleted.has(n))) expect(seen.filter((n) => n === name)).toHaveLength(1);
    });

    it('refuses a page_token reused with a different order_by or filter (400 on "page_token")', async () => {
      const first = await list({ page_size: '4', order_by: 'title' });
      const token = first.body.next_page_token;
      expect(token).not.toBe('');
      expect((await list({ page_size: '4', order_by: 'title', page_token: token })).status).toBe(200);
      // A different page_size is fine: only filter and order_by are bound.
      expect((await list({ page_size: '2', order_by: 'title', page_token: token })).status).toBe(200);
      expectInvalidField(await list({ page_size: '4', order_by: 'title desc', page_token: token }), 'page_token');
      expectInvalidField(await list({ page_size: '4', order_by: 'create_time', page_token: token }), 'page_token');
      expectInvalidField(await list({ page_size: '4', page_token: token }), 'page_token');
      expectInvalidField(
        await list({ page_size: '4', order_by: 'title', filter: 'title : "o"', page_token: token }),
        'page_token',
      );
    });

    it('refuses a tampered or made-up page_token with 400 (never a 500)', async () => {
      const token: string = (await list({ page_size: '4' })).body.next_page_token;
      expect(token).not.toBe('');
      const tampered = [
        token.slice(0, 5) + (token[5] === 'x' ? 'y' : 'x') + token.slice(6),
        token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
        token + 'A',
        token.slice(0, token.length - 4),
        'garbage',
        Buffer.from(JSON.stringify({ b: 'x', c: [0, 'a'] })).toString('base64url'),
        `${Buffer.from(JSON.stringify({ b: 'x', c: [0, 'a'] })).toString('base64url')}.AAAAAAAAAAAAAAAAAAAAAA`,
        '.',
      ];
      for (const page_token of tampered) expectInvalidField(await list({ page_size: '4', page_token }), 'page_token');
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('GET /me/organizations/{o}/workspaces', () => {
    it('answers {user_workspaces, next_page_token} with the same items as the organization list', async () => {
      const org = await as(t, acme.key).get(`${acme.organization}/workspaces`).query({ page_size: '1000' });
      const mine = await as(t, acme.key).get(`/me/${acme.organization}/workspaces`).query({ page_size: '1000' });
      expect(mine.status).toBe(200);
      expect(Object.keys(mine.body).sort()).toEqual(['next_page_token', 'user_workspaces']);
      expect(mine.body.user_workspaces).toEqual(org.body.workspaces);
      expect(mine.body.next_page_token).toBe('');
    });

    it('takes the title filter and pages', async () => {
      const filtered = await as(t, acme.key)
        .get(`/me/${acme.organization}/workspaces`)
        .query({ filter: 'title = "Default"' });
      expect(filtered.status).toBe(200);
      expect(filtered.body.user_workspaces.map((w: Body) => w.name)).toEqual([acme.workspace]);
      const page = await as(t, acme.key).get(`/me/${acme.organization}/workspaces`).query({ page_size: '1' });
      expect(page.body.user_workspaces).toHaveLength(1);
      expect(page.body.next_page_token).not.toBe('');
      expectInvalidField(
        await as(t, acme.key).get(`/me/${acme.organization}/workspaces`).query({ filter: 'bogus' }),
        'filter',
      );
    });
  });

  // ------------------------------------------------------------------------------------------------
  describe('a key scoped to specific workspaces (WORKSPACE_SCOPE_SPECIFIC)', () => {
    let org: Boot;
    let inScope: Body[];
    let outOfScope: Body;
    let scoped: string;

    beforeAll(async () => {
      org = await bootstrapOrganization(t, {
        title: 'Scoped Co',
        email: 'sc@scoped.test',
        displayName: 'Scott',
        workspaceTitle: 'Default',
      });
      inScope = [await create(org, { title: 'Scope Alpha' }), await create(org, { title: 'Scope Beta' })];
      outOfScope = await create(org, { title: 'Scope Gamma' });
      const key = await createKey(t, org.key, org.organization, {
        display_name: 'scoped',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: inScope.map((w) => w.name),
      });
      scoped = key.key;
    });

    it('lists only its workspaces, on both list routes', async () => {
      const res = await as(t, scoped).get(`${org.organization}/workspaces`);
      expect(res.status).toBe(200);
      expect(res.body.workspaces.map((w: Body) => w.title).sort()).toEqual(['Scope Alpha', 'Scope Beta']);
      expect(res.body.next_page_token).toBe('');
      const mine = await as(t, scoped).get(`/me/${org.organization}/workspaces`);
      expect(mine.body.user_workspaces.map((w: Body) => w.title).sort()).toEqual(['Scope Alpha', 'Scope Beta']);
    });

    it('applies filters and paging within its scope', async () => {
      const filtered = await as(t, scoped).get(`${org.organization}/workspaces`).query({ filter: 'title : "scope"' });
      expect(filtered.body.workspaces.map((w: Body) => w.title).sort()).toEqual(['Scope Alpha', 'Scope Beta']);
      const gamma = await as(t, scoped)
        .get(`${org.organization}/workspaces`)
        .query({ filter: 'title = "Scope Gamma"' });
      expect(gamma.body.workspaces).toEqual([]);
      const first = await as(t, scoped)
        .get(`${org.organization}/workspaces`)
        .query({ page_size: '1', order_by: 'title' });
      expect(first.body.workspaces.map((w: Body) => w.title)).toEqual(['Scope Alpha']);
      const second = await as(t, scoped)
        .get(`${org.organization}/workspaces`)
        .query({ page_size: '1', order_by: 'title', page_token: first.body.next_page_token });
      expect(second.body.workspaces.map((w: Body) => w.title)).toEqual(['Scope Beta']);
      expect(second.body.next_page_token).toBe('');
    });

    it('reads and edits a workspace in its scope', async () => {
      expect((await as(t, scoped).get(inScope[0].name)).body).toEqual(inScope[0]);
      const res = await as(t, scoped).patch(inScope[0].name, { workspace_icon: 'scoped-edit' });
      expect(res.status).toBe(200);
    });

    it('is 403 WORKSPACE_OUT_OF_SCOPE on another existing workspace (get, patch, delete)', async () => {
      expectError(await as(t, scoped).get(outOfScope.name), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, scoped).patch(outOfScope.name, { title: 'Mine Now' }), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, scoped).delete(outOfScope.name), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, scoped).get(org.workspace), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expect((await as(t, org.key).get(outOfScope.name)).body).toEqual(outOfScope);
    });

    it('is 403 WORKSPACE_OUT_OF_SCOPE (not 404) on a workspace that does not exist', async () => {
      const missing = `${org.organization}/workspaces/${MISSING_ID}`;
      expectError(await as(t, scoped).get(missing), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, scoped).patch(missing, { title: 'X' }), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
      expectError(await as(t, scoped).delete(missing), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
    });

    it('checks scope before validating the body (403, not 400)', async () => {
      expectError(await as(t, scoped).patch(outOfScope.name, { title: null }), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
    });

    it('is 403 WORKSPACE_OUT_OF_SCOPE on POST workspaces (creating needs all-workspaces scope)', async () => {
      expectError(
        await as(t, scoped).post(`${org.organization}/workspaces`, { title: 'Scoped Create' }),
        403,
        7,
        'WORKSPACE_OUT_OF_SCOPE',
      );
      expectError(
        await as(t, scoped).post(`${org.organization}/workspaces`, { title: null }),
        403,
        7,
        'WORKSPACE_OUT_OF_SCOPE',
      );
      const list = await as(t, org.key)
        .get(`${org.organization}/workspaces`)
        .query({ filter: 'title = "Scoped Create"' });
      expect(list.body.workspaces).toEqual([]);
    });

    it('is still governed by permissions alone on organization-level routes', async () => {
      expect((await as(t, scoped).get(org.organization)).status).toBe(200);
      expect((await as(t, scoped).get(`${org.organization}/users`)).status).toBe(200);
    });

    it('reaches no workspace at all once its only workspaces are deleted (never widens to all)', async () => {
      const a = await create(org, { title: 'Solo Scope' });
      const solo = await createKey(t, org.key, org.organization, {
        display_name: 'solo scoped',
        workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC',
        workspaces: [a.name],
      });
      expect(
        (await as(t, solo.key).get(`${org.organization}/workspaces`)).body.workspaces.map((w: Body) => w.name),
      ).toEqual([a.name]);
      expect((await as(t, org.key).delete(a.name)).status).toBe(200);
      const after = await as(t, solo.key).get(`${org.organization}/workspaces`);
      expect(after.status).toBe(200);
      expect(after.body.workspaces).toEqual([]);
      expectError(await as(t, solo.key).get(outOfScope.name), 403, 7, 'WORKSPACE_OUT_OF_SCOPE');
    });
  });
});
