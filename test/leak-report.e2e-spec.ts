import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { as, createKey } from './support/api-client';
import { allEvents } from './support/audit-client';
import { meStatus } from './support/api-key-fixtures';
import { expectError, expectInvalidField } from './support/expect-error';
import { bootstrapOrganization, Bootstrapped, startApp, TestApp } from './support/test-app';

const REPORT = '/api/v1/apiKeys:reportLeak';
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const publicPem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

/**
 * API.md §11 `POST /apiKeys:reportLeak`: secret-scanning reports in GitHub's partner format,
 * signed with ECDSA P-256 over the raw body by a key of LEAK_REPORT_PUBLIC_KEYS. Live keys reported
 * are revoked at once with an `api_key.leaked` event; the answer labels each token in order;
 * reporting again is false_positive with no second event. The key pair is made here.
 */
describe('POST /apiKeys:reportLeak (API.md §11)', () => {
  const github = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const impostor = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const KEY_ID = 'bcb53661c06b4728e59d897fb6165d5c9cda0fd9cdf9d09ead458168deb7518c';
  let t: TestApp;
  let boot: Bootstrapped;

  /** Sends `text` byte for byte, signed over `signed` (by default the same bytes) with `signer`. */
  const send = (text: string, { signer = github.privateKey, signed = text, keyId = KEY_ID, ip = '192.0.2.10' } = {}) =>
    t
      .http()
      .post(REPORT)
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', ip)
      .set('Github-Public-Key-Identifier', keyId)
      .set('Github-Public-Key-Signature', sign('sha256', Buffer.from(signed), signer).toString('base64'))
      .send(text);
  const report = (tokens: { token: string; type?: string; url?: string; source?: string }[]) =>
    send(
      JSON.stringify(
        tokens.map((x) => ({
          type: 'tessera_api_key',
          url: 'https://github.com/o/r/blob/1/.env',
          source: 'content',
          ...x,
        })),
      ),
    );

  beforeAll(async () => {
    t = await startApp({
      env: {
        TRUST_PROXY: '1',
        AUTH_FAILURES_PER_MINUTE: '20',
        MAX_API_KEYS_PER_ORGANIZATION: '50',
        // GitHub's published document, as an operator would paste it.
        LEAK_REPORT_PUBLIC_KEYS: JSON.stringify({
          public_keys: [
            { key_identifier: 'old', key: publicPem(impostor.publicKey), is_current: false },
            { key_identifier: KEY_ID, key: publicPem(github.publicKey), is_current: true },
          ],
        }),
      },
    });
    boot = await bootstrapOrganization(t);
  });
  afterAll(() => t.close());

  it('revokes a live key at once, labels it true_positive, and records api_key.leaked by SYSTEM', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'pushed to GitHub' });
    expect(await meStatus(t, key.key)).toBe(200);
    const res = await report([{ token: key.key, url: 'https://github.com/acme/app/blob/abc/.env', source: 'commit' }]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ token_hash: sha256(key.key), token_type: 'tessera_api_key', label: 'true_positive' }]);
    expect(await meStatus(t, key.key)).toBe(401);
    expect((await as(t, boot.key).get(key.name)).status).toBe(404);

    const events = await allEvents(t, boot.key, boot.organization, `target = "${key.name}"`);
    expect(events.map((e) => e.action)).toEqual(['api_key.created', 'api_key.leaked']);
    expect(events[1]).toMatchObject({
      actor: { type: 'SYSTEM', api_key: '', user: '', display_name: 'Tessera' },
      targets: [{ type: 'ApiKey', name: key.name, display_name: 'pushed to GitHub' }],
      changes: {
        url: { before: null, after: 'https://github.com/acme/app/blob/abc/.env' },
        source: { before: null, after: 'commit' },
      },
    });
    expect(JSON.stringify(events)).not.toContain(key.key);
  });

  it('is idempotent: the same token again is false_positive, with no second event', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'reported twice' });
    expect((await report([{ token: key.key }])).body[0].label).toBe('true_positive');
    const again = await report([{ token: key.key }, { token: key.key }]);
    expect(again.status).toBe(200);
    expect(again.body.map((l: { label: string }) => l.label)).toEqual(['false_positive', 'false_positive']);
    const leaked = await allEvents(
      t,
      boot.key,
      boot.organization,
      `action = "api_key.leaked" AND target = "${key.name}"`,
    );
    expect(leaked).toHaveLength(1);
  });

  it('labels every token in request order; only live Tessera keys are true_positive', async () => {
    const live = await createKey(t, boot.key, boot.organization, { display_name: 'live' });
    const twice = await createKey(t, boot.key, boot.organization, { display_name: 'listed twice' });
    const lookalike = `tsr_${'a'.repeat(49)}`; // right shape, wrong checksum
    const tokens = [
      { token: 'ghp_notours', type: 'github_pat' },
      { token: live.key },
      { token: lookalike },
      { token: twice.key },
      { token: twice.key },
    ];
    const res = await report(tokens);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { token_hash: sha256('ghp_notours'), token_type: 'github_pat', label: 'false_positive' },
      { token_hash: sha256(live.key), token_type: 'tessera_api_key', label: 'true_positive' },
      { token_hash: sha256(lookalike), token_type: 'tessera_api_key', label: 'false_positive' },
      { token_hash: sha256(twice.key), token_type: 'tessera_api_key', label: 'true_positive' },
      { token_hash: sha256(twice.key), token_type: 'tessera_api_key', label: 'false_positive' },
    ]);
    expect(await meStatus(t, live.key)).toBe(401);
    expect(await meStatus(t, twice.key)).toBe(401);
    expect((await report([])).body).toEqual([]);
  });

  it('revokes once when the same token arrives in concurrent reports: one true_positive, one event', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'reported by three scanners' });
    const labels = (await Promise.all([1, 2, 3].map(() => report([{ token: key.key }])))).map((r) => r.body[0].label);
    expect(labels.sort()).toEqual(['false_positive', 'false_positive', 'true_positive']);
    const leaked = await allEvents(
      t,
      boot.key,
      boot.organization,
      `action = "api_key.leaked" AND target = "${key.name}"`,
    );
    expect(leaked).toHaveLength(1);
  });

  it('revokes the whole key when the leaked secret is the rotated-out one, still in its grace period', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'rotated' });
    const rotated = await as(t, boot.key).post(`${key.name}:rotate`, { grace_period_seconds: 3600 });
    expect(rotated.status).toBe(200);
    expect((await report([{ token: key.key }])).body[0].label).toBe('true_positive');
    expect(await meStatus(t, rotated.body.key)).toBe(401);
    expect(await meStatus(t, key.key)).toBe(401);
  });

  it('leaves a key alone when the leaked secret no longer works (grace over): false_positive', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'rotated long ago' });
    const rotated = await as(t, boot.key).post(`${key.name}:rotate`, {});
    expect(rotated.status).toBe(200);
    expect((await report([{ token: key.key }])).body[0].label).toBe('false_positive');
    expect(await meStatus(t, rotated.body.key)).toBe(200);
  });

  it('verifies the signature over the exact bytes: the same JSON spaced differently is refused', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'not revoked by forgeries' });
    const body = JSON.stringify([{ token: key.key, type: 't', url: 'u', source: 'content' }]);
    const spaced = JSON.stringify(JSON.parse(body), null, 2);
    expectError(await send(spaced, { signed: body }), 401, 16, 'SIGNATURE_INVALID');
    // Signed as sent, whatever its spacing, it is accepted.
    expect((await send(spaced)).body[0].label).toBe('true_positive');
  });

  it('refuses a missing, unknown or wrong signature with 401 SIGNATURE_INVALID, and revokes nothing', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'safe' });
    const body = JSON.stringify([{ token: key.key, type: 't' }]);
    const ip = '192.0.2.77';
    expectError(await send(body, { signer: impostor.privateKey, ip }), 401, 16, 'SIGNATURE_INVALID');
    expectError(await send(body, { keyId: 'unknown', ip }), 401, 16, 'SIGNATURE_INVALID');
    // A key listed in LEAK_REPORT_PUBLIC_KEYS signs only under its own identifier.
    expectError(await send(body, { keyId: 'old', ip }), 401, 16, 'SIGNATURE_INVALID');
    const unsigned = await t
      .http()
      .post(REPORT)
      .set('X-Forwarded-For', ip)
      .set('Content-Type', 'application/json')
      .send(body);
    expectError(unsigned, 401, 16, 'SIGNATURE_INVALID');
    const garbage = await t
      .http()
      .post(REPORT)
      .set('X-Forwarded-For', ip)
      .set('Github-Public-Key-Identifier', KEY_ID)
      .set('Github-Public-Key-Signature', 'not base64 at all')
      .set('Content-Type', 'application/json')
      .send(body);
    expectError(garbage, 401, 16, 'SIGNATURE_INVALID');
    expect(await meStatus(t, key.key)).toBe(200);
    expect(
      await allEvents(t, boot.key, boot.organization, 'action = "api_key.leaked" AND target = "' + key.name + '"'),
    ).toEqual([]);
  });

  it('limits badly signed reports per sender address like failed authentications (429 after the limit)', async () => {
    const ip = '192.0.2.99';
    const body = '[]';
    for (let i = 0; i < 20; i++) expect((await send(body, { signer: impostor.privateKey, ip })).status).toBe(401);
    const limited = await send(body, { ip });
    expectError(limited, 429, 8, 'RATE_LIMITED');
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    // Another sender is not affected.
    expect((await send(body, { ip: '192.0.2.100' })).status).toBe(200);
  });

  it('refuses a signed body that is not a report with 400 naming the field', async () => {
    expectInvalidField(await send('{"token":"x"}'), 'body');
    expectInvalidField(await send(JSON.stringify([{ token: 'x', type: 't' }, 'y'])), '[1]');
    expectInvalidField(await send(JSON.stringify([{ type: 't' }])), '[0].token');
    expectInvalidField(await send(JSON.stringify([{ token: 'x', type: 7 }])), '[0].type');
    expectInvalidField(
      await send(JSON.stringify(Array.from({ length: 1001 }, () => ({ token: 'x', type: 't' })))),
      'body',
    );
  });

  it('keeps the body limit on the route that keeps its raw body (413 past BODY_LIMIT_BYTES)', async () => {
    const item = { token: 'x'.repeat(200), type: 't', url: 'u'.repeat(2000) };
    const big = JSON.stringify(Array.from({ length: 60 }, () => item));
    expect(Buffer.byteLength(big)).toBeGreaterThan(102_400);
    expectError(await send(big), 413, 3, 'INVALID_ARGUMENT');
    // Chunked, without Content-Length: the limit is enforced while the body streams in.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const { port } = t.app.getHttpServer().address() as AddressInfo;
      const request = http.request(
        `http://127.0.0.1:${port}${REPORT}`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Transfer-Encoding': 'chunked',
            'Github-Public-Key-Identifier': KEY_ID,
            'Github-Public-Key-Signature': sign('sha256', Buffer.from(big), github.privateKey).toString('base64'),
          },
        },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      request.on('error', reject);
      for (let i = 0; i < big.length; i += 8192) request.write(big.slice(i, i + 8192));
      request.end();
    });
    expect(chunked.status).toBe(413);
  });

  it('cuts a very long url or source on the event rather than refusing a signed report', async () => {
    const key = await createKey(t, boot.key, boot.organization, { display_name: 'found at a long path' });
    const url = `https://github.com/o/r/blob/1/${'d/'.repeat(3000)}.env`;
    const res = await report([{ token: key.key, url, source: 's'.repeat(500), type: 'tessera_api_key' }]);
    expect(res.body[0].label).toBe('true_positive');
    const [event] = await allEvents(
      t,
      boot.key,
      boot.organization,
      `action = "api_key.leaked" AND target = "${key.name}"`,
    );
    expect(event.changes.url.after).toBe(url.slice(0, 2048));
    expect(event.changes.source.after).toBe('s'.repeat(100));
  });

  it('leaves an expired key alone: it unlocks nothing any more (false_positive, no event)', async () => {
    const key = await createKey(t, boot.key, boot.organization, {
      display_name: 'expired before it leaked',
      expiration: 'EXPIRATION_7_DAYS',
    });
    t.clock.advance(8 * 24 * 60 * 60 * 1000);
    expect((await report([{ token: key.key }])).body[0].label).toBe('false_positive');
    const listed = await as(t, boot.key).get(key.name);
    expect(listed.status).toBe(200);
    expect(listed.body.state).toBe('STATE_EXPIRED');
    expect(
      await allEvents(t, boot.key, boot.organization, `action = "api_key.leaked" AND target = "${key.name}"`),
    ).toEqual([]);
  });

  it('ignores fields a scanner may add later', async () => {
    const res = await send(JSON.stringify([{ token: 'x', type: 't', url: 'u', source: 'content', found_at: 'now' }]));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ token_hash: sha256('x'), token_type: 't', label: 'false_positive' }]);
  });

  it('does not exist (404 like an unknown route) when LEAK_REPORT_PUBLIC_KEYS is unset', async () => {
    const plain = await startApp({ shareDatabaseWith: t });
    try {
      const res = await plain.http().post(REPORT).set('Content-Type', 'application/json').send('[]');
      expectError(res, 404, 5, 'NOT_FOUND');
      // Nothing about the body is looked at first: not even a JSON null.
      expectError(
        await plain.http().post(REPORT).set('Content-Type', 'application/json').send('null'),
        404,
        5,
        'NOT_FOUND',
      );
      const unknown = await plain.http().post('/api/v1/apiKeys:nothing').send({});
      expect(res.body.error ?? res.body.message).toEqual(unknown.body.error ?? unknown.body.message);
    } finally {
      await plain.close();
    }
  });

  it('refuses to start with LEAK_REPORT_PUBLIC_KEYS that is not a list of P-256 keys', async () => {
    await expect(
      startApp({ shareDatabaseWith: t, env: { LEAK_REPORT_PUBLIC_KEYS: '[{"key_identifier":"x"}]' } }),
    ).rejects.toThrow(/LEAK_REPORT_PUBLIC_KEYS: entry 0 needs "key"/);
  });
});
