import { AddressInfo, connect } from 'node:net';
import { as, createKey, reasonOf } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

/** Inputs that once slipped past validation into 500s or wrong answers: each stays a clean 4xx/2xx. */
describe('Input hardening', () => {
  let t: TestApp;
  let key: string;
  let org: string;

  beforeAll(async () => {
    t = await startApp({ env: { AUTH_FAILURES_PER_MINUTE: '0' } });
    const boot = await bootstrapOrganization(t);
    key = boot.key;
    org = boot.organization;
  });
  afterAll(() => t.close());

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'filter on the inherited property name "%s" is INVALID_ARGUMENT, not a 500',
    async (field) => {
      for (const list of ['workspaces', 'users', 'apiKeys']) {
        const res = await as(t, key)
          .get(`${org}/${list}`)
          .query({ filter: `${field} = "x"` });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe(3);
      }
    },
  );

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'an unknown query parameter named "%s" is INVALID_ARGUMENT, like any other unknown parameter',
    async (name) => {
      for (const path of [`${org}/workspaces`, `${org}/apiKeys`, `${org}/users`]) {
        const res = await as(t, key).get(`${path}?${name}=1`);
        expect([path, res.status, reasonOf(res.body)]).toEqual([path, 400, 'INVALID_ARGUMENT']);
        expect(res.body.details[0].field_violations).toEqual([{ field: name, description: `unknown field "${name}"` }]);
      }
    },
  );

  it.each(['constructor', 'toString', 'hasOwnProperty'])(
    'a body field named "%s" is INVALID_ARGUMENT and changes nothing',
    async (name) => {
      const res = await as(t, key).patch(org, { [name]: 'x', title: 'Changed by a smuggled field' });
      expect([res.status, reasonOf(res.body)]).toEqual([400, 'INVALID_ARGUMENT']);
      expect((await as(t, key).get(org)).body.title).not.toBe('Changed by a smuggled field');
    },
  );

  it('a JSON body of null is INVALID_ARGUMENT on every PATCH (only a missing body means "no fields")', async () => {
    const workspace = (await as(t, key).post(`${org}/workspaces`, { title: 'Null body' })).body.name;
    const apiKey = (await createKey(t, key, org, { display_name: 'null body' })).name;
    for (const path of [org, workspace, apiKey]) {
      const res = await t
        .http()
        .patch(`/api/v1/${path}`)
        .set('Authorization', `Bearer ${key}`)
        .set('Content-Type', 'application/json')
        .send('null');
      expect([path, res.status, reasonOf(res.body)]).toEqual([path, 400, 'INVALID_ARGUMENT']);
    }
  });

  it('order_by on an inherited property name is INVALID_ARGUMENT', async () => {
    const res = await as(t, key).get(`${org}/workspaces`).query({ order_by: 'constructor' });
    expect(res.status).toBe(400);
  });

  it('accepts a 100-character title whose folded form is three times longer, on both databases', async () => {
    const title = '\uFB2C'.repeat(100); // NFC decomposes each into three code points
    const created = await as(t, key).post(`${org}/workspaces`, { title });
    expect(created.status).toBe(201);
    expect(created.body.title).toBe(title);
    const duplicate = await as(t, key).post(`${org}/workspaces`, { title });
    expect(duplicate.status).toBe(409);
    const found = await as(t, key)
      .get(`${org}/workspaces`)
      .query({ filter: `title : "${'\uFB2C'.repeat(3)}"` });
    expect(found.body.workspaces.map((w: { title: string }) => w.title)).toEqual([title]);
  });

  it('refuses text with a lone surrogate (MySQL would store U+FFFD) with 400', async () => {
    const res = await as(t, key)
      .post(`${org}/workspaces`)
      .set('Content-Type', 'application/json')
      .send('{"title":"a\\ud800b"}');
    expect(res.status).toBe(400);
    const user = await as(t, key)
      .post(`${org}/users`)
      .set('Content-Type', 'application/json')
      .send('{"email":"\\ud800@x.test","display_name":"X","role":"org-member"}');
    expect(user.status).toBe(400);
  });

  it('refuses an email whose folded form could not be stored', async () => {
    const email = `${'\u0130'.repeat(200)}@x.test`; // "İ" folds to two code points
    const res = await as(t, key).post(`${org}/users`, { email, display_name: 'Long', role: 'org-member' });
    expect(res.status).toBe(400);
  });

  it('refuses JSON nested deeper than 64 levels with 400 before parsing', async () => {
    const body = `{"title":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const res = await as(t, key).post(`${org}/workspaces`).set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/nests deeper/);
  });

  it('treats an empty JSON body as no body: :rotate with grace 0', async () => {
    const created = await createKey(t, key, org, { display_name: 'empty body rotate' });
    const res = await as(t, key).post(`${created.name}:rotate`).set('Content-Type', 'application/json').send('');
    expect(res.status).toBe(200);
    expect(res.body.previous_secret_expire_time).toBeNull();
    expect((await as(t, created.key).get('/me')).status).toBe(401);
  });

  it('ignores an access_token in the query string of a list (neither authenticates nor fails)', async () => {
    const withHeader = await as(t, key).get(`${org}/workspaces`).query({ access_token: key });
    expect(withHeader.status).toBe(200);
    const withoutHeader = await t.http().get(`/api/v1/${org}/workspaces`).query({ access_token: key });
    expect(withoutHeader.status).toBe(401);
    expect(reasonOf(withoutHeader.body)).toBe('API_KEY_INVALID');
  });

  it('counts free-text lengths in code points, as MySQL does (variation selectors included)', async () => {
    const res = await as(t, key).post(`${org}/workspaces`, { title: 'Icons', workspace_icon: 'a\uFE0F'.repeat(200) });
    expect(res.status).toBe(400);
    const ok = await as(t, key).post(`${org}/workspaces`, { title: 'Icons', workspace_icon: 'a\uFE0F'.repeat(128) });
    expect(ok.status).toBe(201);
  });

  it('treats a body of Unicode spaces as malformed JSON, not as no body', async () => {
    const res = await as(t, key).patch(org, {}).set('Content-Type', 'application/json').send('\u00a0');
    expect(res.status).toBe(400);
  });

  it('never loses a write that was pipelined next to a transaction that rolls back (SQLite shares one connection)', async () => {
    const ws = await as(t, key).post(`${org}/workspaces`, { title: 'Before pipelining' });
    const me = await as(t, key).get('/me');
    const adminPath = `/api/v1/${me.body.user.name}`;
    const patchBody = JSON.stringify({ title: 'After pipelining' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    // One TCP write carrying both requests: the PATCH answers 200, the DELETE of the last admin
    // fails (FAILED_PRECONDITION) and rolls its transaction back — the PATCH must survive it.
    const raw =
      `PATCH /api/v1/${ws.body.name} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(patchBody)}\r\n\r\n${patchBody}` +
      `DELETE ${adminPath} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n\r\n`;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(raw)); // the server closes after the last (Connection: close)
      let data = '';
      socket.on('data', (d: Buffer) => (data += d.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toMatch(/HTTP\/1\.1 400/);
    const after = await as(t, key).get(ws.body.name);
    expect(after.body.title).toBe('After pipelining');
  });
});
