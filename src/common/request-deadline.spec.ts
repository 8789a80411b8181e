import Fastify from 'fastify';
import { useRequestDeadline } from './request-deadline';

describe('useRequestDeadline', () => {
  it('answers 503 UNAVAILABLE for a request still unanswered at the deadline, and leaves fast ones alone', async () => {
    const app = Fastify();
    useRequestDeadline(app, 100);
    app.get('/hang', () => new Promise(() => undefined));
    app.get('/fast', () => Promise.resolve({ ok: true }));
    const hung = await app.inject({ method: 'GET', url: '/hang' });
    expect(hung.statusCode).toBe(503);
    expect(hung.json()).toMatchObject({ code: 14, details: [expect.objectContaining({ reason: 'UNAVAILABLE' })] });
    const fast = await app.inject({ method: 'GET', url: '/fast' });
    expect(fast.statusCode).toBe(200);
    await app.close();
  });
});
