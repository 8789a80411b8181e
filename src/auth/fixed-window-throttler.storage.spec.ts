import { FixedWindowThrottlerStorage } from './fixed-window-throttler.storage';

describe(FixedWindowThrottlerStorage.name, () => {
  const T0 = Date.UTC(2026, 11, 5, 12, 0, 0);
  beforeEach(() => jest.useFakeTimers({ now: T0 }));
  afterEach(() => jest.useRealTimers());

  it('allows `limit` hits in a window, blocks the next ones until the window ends, then starts afresh', async () => {
    const storage = new FixedWindowThrottlerStorage();
    for (let i = 1; i <= 3; i++) {
      expect(await storage.increment('k', 60_000, 3, 60_000, 'api-key')).toMatchObject({
        totalHits: i,
        isBlocked: false,
        timeToBlockExpire: 0,
      });
    }
    jest.setSystemTime(T0 + 20_500);
    expect(await storage.increment('k', 60_000, 3, 60_000, 'api-key')).toEqual({
      totalHits: 4,
      timeToExpire: 40,
      isBlocked: true,
      timeToBlockExpire: 40,
    });
    jest.setSystemTime(T0 + 60_000);
    expect(await storage.increment('k', 60_000, 3, 60_000, 'api-key')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
  });

  it('counts each key on its own', async () => {
    const storage = new FixedWindowThrottlerStorage();
    await storage.increment('a', 60_000, 1, 60_000, 'api-key');
    expect((await storage.increment('a', 60_000, 1, 60_000, 'api-key')).isBlocked).toBe(true);
    expect((await storage.increment('b', 60_000, 1, 60_000, 'api-key')).isBlocked).toBe(false);
  });

  it('answers Retry-After of at least one second even in the last milliseconds of a window', async () => {
    const storage = new FixedWindowThrottlerStorage();
    await storage.increment('k', 60_000, 1, 60_000, 'api-key');
    jest.setSystemTime(T0 + 59_999);
    expect(await storage.increment('k', 60_000, 1, 60_000, 'api-key')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 1,
    });
  });
});
