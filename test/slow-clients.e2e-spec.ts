import { AddressInfo, connect, Socket } from 'node:net';
import { as } from './support/api-client';
import { bootstrapOrganization, startApp, TestApp } from './support/test-app';

const TIMEOUT_MS = 500;

/**
 * API.md §8: a request whose headers and body have not fully arrived within REQUEST_TIMEOUT_MS gets
 * 408 in the error model and its connection is closed, authenticated or not. Driven with raw
 * sockets, as a slow client would.
 */
describe('Slow clients (REQUEST_TIMEOUT_MS)', () => {
  let t: TestApp;
  let key: string;
  let org: string;

  beforeAll(async () => {
    t = await startApp({ env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), AUTH_FAILURES_PER_MINUTE: '0' } });
    const boot = await bootstrapOrganization(t);
    key = boot.key;
    org = boot.organization;
  });
  afterAll(() => t.close());

  /** Sends `head` then idles; resolves with what the server wrote and how long until it closed. */
  function sendAndIdle(head: string): Promise<{ answer: string; closedAfterMs: number }> {
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const socket: Socket = connect(port, '127.0.0.1', () => socket.write(head));
      let answer = '';
      socket.on('data', (d: Buffer) => (answer += d.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
      // A bound for the test itself: far beyond the timeout under test.
      setTimeout(() => socket.destroy(new Error('the server kept the connection open')), 20 * TIMEOUT_MS).unref();
    });
  }

  function expect408(answer: string) {
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ code: 3, details: [expect.objectContaining({ reason: 'INVALID_ARGUMENT' })] });
  }

  it('answers 408 and closes a POST whose body stops short of its Content-Length', async () => {
    const { answer, closedAfterMs } = await sendAndIdle(
      `POST /api/v1/${org}/workspaces HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"titl`,
    );
    expect408(answer);
    expect(closedAfterMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  });

  it('answers 408 and closes a request whose headers never finish, even with a valid key', async () => {
    const { answer } = await sendAndIdle(`GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\n`);
    expect408(answer);
  });

  it('serves ordinary requests on the same server', async () => {
    expect((await as(t, key).get('/me')).status).toBe(200);
  });
});
