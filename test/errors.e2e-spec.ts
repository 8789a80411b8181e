import { as, reasonOf } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

describe('Error model (API.md §2)', () => {
  let t: TestApp;
  let key: string;
  let org: string;

  beforeAll(async () => {
    t = await startApp({ env: { BODY_LIMIT_BYTES: '2048' } });
    const boot = await bootstrapOrganization(t);
    key = boot.key;
    org = boot.organization;
  });
  afterAll(() => t.close());

  it('answers a resource name pasted where an id belongs with 400 naming the parameter, not a misleading 403', async () => {
    const me = await as(t, key).get('/me');
    const res = await as(t, key).get(`/organizations/${encodeURIComponent(me.body.organization)}/workspaces`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('organizationId');
    expect(res.body.message).toBeDefined();
  });

  it('answers an unknown route with 404 NOT_FOUND, with or without a key', async () => {
    for (const res of [
      await t.http().get('/api/v1/nope'),
      await as(t, key).get('/nope'),
      await t.http().get('/nope'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        code: 5,
        // Points to where the routes are (API.md §15).
        message: expect.stringMatching(/\/api\/v1.*\/docs/),
        details: [
          expect.objectContaining({
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'NOT_FOUND',
            domain: 'tessera',
          }),
        ],
      });
    }
  });

  it('answers an unknown method on a known path with 404', async () => {
    const res = await as(t, key).delete(`${org}/users`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(5);
  });

  it('refuses malformed JSON with 400 INVALID_ARGUMENT', async () => {
    const res = await as(t, key).post(`${org}/workspaces`).set('Content-Type', 'application/json').send('{"title": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 3, message: 'The request body is not valid JSON.' });
    expect(reasonOf(res.body)).toBe('INVALID_ARGUMENT');
  });

  it.each([
    ['text/plain', 'title=x'],
    ['application/x-www-form-urlencoded', 'title=x'],
    ['application/xml', '<title>x</title>'],
  ])('refuses a %s body with 415', async (type, body) => {
    const res = await as(t, key).post(`${org}/workspaces`).set('Content-Type', type).send(body);
    expect(res.status).toBe(415);
    expect(res.body.code).toBe(3);
    expect(reasonOf(res.body)).toBe('INVALID_ARGUMENT');
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await as(t, key).post(`${org}/workspaces`, { title: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe(3);
  });

  it('reports validation failures as BadRequest field violations', async () => {
    const res = await as(t, key).post(`${org}/workspaces`, { title: '   ', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(3);
    const badRequest = res.body.details.find(
      (d: { '@type': string }) => d['@type'] === 'type.googleapis.com/google.rpc.BadRequest',
    );
    const fields = badRequest.field_violations.map((v: { field: string }) => v.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['extra', 'title']));
    expect(reasonOf(res.body)).toBe('INVALID_ARGUMENT');
  });

  it('is strict about types: "30" is not an integer, null is not a value', async () => {
    const keys = await as(t, key).get(`${org}/apiKeys`);
    const name = keys.body.api_keys[0].name;
    const rotate = await as(t, key).post(`${name}:rotate`, { grace_period_seconds: '30' });
    expect(rotate.status).toBe(400);
    const patch = await as(t, key).patch(`${org}/workspaces/${'x'}`, { title: null });
    expect([400, 404]).toContain(patch.status);
    const nullTitle = await as(t, key).patch(org, { title: null });
    expect(nullTitle.status).toBe(400);
  });

  it('sends the same 401 body with WWW-Authenticate for every authentication failure', async () => {
    const res = await t.http().get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="tessera"');
    expect(res.body).toEqual({
      code: 16,
      message: expect.any(String),
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'tessera',
          metadata: {},
        },
      ],
    });
  });

  it('serves /health without a key', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });
});
