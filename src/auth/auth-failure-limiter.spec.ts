import fc from 'fast-check';
import { Clock } from '../common/time';
import { Metrics } from '../observability/metrics';
import { AuthFailureLimiter, AuthFailureStore, InMemoryAuthFailureStore } from './auth-failure-limiter';

class FakeClock extends Clock {
  constructor(private ms = 1_767_225_600_000) {
    super();
  }
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

const config = (limit: number) => ({ env: { AUTH_FAILURES_PER_MINUTE: limit } }) as any;
const metrics = new Metrics();

function setup(limit: number) {
  const clock = new FakeClock();
  const store = new InMemoryAuthFailureStore();
  const limiter = new AuthFailureLimiter(store, clock, config(limit), metrics);
  return { clock, store, limiter };
}

function fail(limiter: AuthFailureLimiter, ip: string, times: number) {
  for (let i = 0; i < times; i++) void limiter.recordFailure(ip);
}

describe(AuthFailureLimiter.name, () => {
  const IP = '203.0.113.7';

  describe('blocks past AUTH_FAILURES_PER_MINUTE failures per IP', () => {
    it('an IP with no failures is not blocked', () => {
      const { limiter } = setup(3);
      expect(limiter.blockedFor(IP)).toBe(0);
    });

    it('allows `limit` failures, then blocks', () => {
      const { limiter } = setup(3);
      fail(limiter, IP, 2);
      expect(limiter.blockedFor(IP)).toBe(0);
      fail(limiter, IP, 1);
      expect(limiter.blockedFor(IP)).toBeGreaterThan(0);
    });

    it('a limit of 1 blocks after the first failure', () => {
      const { limiter } = setup(1);
      expect(limiter.blockedFor(IP)).toBe(0);
      fail(limiter, IP, 1);
      expect(limiter.blockedFor(IP)).toBeGreaterThan(0);
    });

    it('counts failures spread over the same minute', () => {
      const { limiter, clock } = setup(3);
      fail(limiter, IP, 1);
      clock.advance(20_000);
      fail(limiter, IP, 1);
      clock.advance(39_000);
      fail(limiter, IP, 1);
      expect(limiter.blockedFor(IP)).toBeGreaterThan(0);
    });

    it('limits each IP separately', () => {
      const { limiter } = setup(2);
      fail(limiter, IP, 2);
      expect(limiter.blockedFor(IP)).toBeGreaterThan(0);
      expect(limiter.blockedFor('203.0.113.8')).toBe(0);
      expect(limiter.blockedFor('2001:db8::1')).toBe(0);
      fail(limiter, '203.0.113.8', 1);
      expect(limiter.blockedFor('203.0.113.8')).toBe(0);
    });

    it('with the default limit of 100, the 100th failure blocks and the 99th does not', () => {
      const { limiter } = setup(100);
      fail(limiter, IP, 99);
      expect(limiter.blockedFor(IP)).toBe(0);
      fail(limiter, IP, 1);
      expect(limiter.blockedFor(IP)).toBeGreaterThan(0);
    });
  });

  describe('Retry-After', () => {
    it('is the whole seconds left in the window, rounded up', () => {
      const { limiter, clock } = setup(2);
      fail(limiter, IP, 2);
      expect(limiter.blockedFor(IP)).toBe(60);
      clock.advance(500);
      expect(limiter.blockedFor(IP)).toBe(60);
      clock.advance(500);
      expect(limiter.blockedFor(IP)).toBe(59);
      clock.advance(58_000);
      expect(limiter.blockedFor(IP)).toBe(1);
      clock.advance(999);
      expect(limiter.blockedFor(IP)).toBe(1);
    });

    it('is always between 1 and 60 seconds while blocked', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 59_999 }), (elapsed) => {
          const { limiter, clock } = setup(1);
          fail(limiter, IP, 1);
          clock.advance(elapsed);
          const retryAfter = limiter.blockedFor(IP);
          expect(Number.isInteger(retryAfter)).toBe(true);
          expect(retryAfter).toBeGreaterThanOrEqual(1);
          expect(retryAfter).toBeLessThanOrEqual(60);
          // Waiting that long is enough.
          clock.advance(retryAfter * 1000);
          expect(limiter.blockedFor(IP)).toBe(0);
        }),
      );
    });
  });

  describe('resets after the window', () => {
    it('unblocks one minute after the first failure of the window', () => {
      const { limiter, clock } = setup(2);
      fail(limiter, IP, 2);
      clock.advance(59_999);
      expect(limiter.blockedFor(IP)).toBeGreaterThan(0);
      clock.advance(1);
      expect(limiter.blockedFor(IP)).toBe(0);
    });

    it('counts from zero in a new window', () => {
      const { limiter, clock } = setup(3);
      fail(limiter, IP, 3);
      clock.advance(60_000);
      fail(limiter, IP, 2);
      expect(limiter.blockedFor(IP)).toBe(0);
      fail(limiter, IP, 1);
      expect(limiter.blockedFor(IP)).toBe(60);
    });

    it('failures from an earlier window do not add up with later ones', () => {
      const { limiter, clock } = setup(3);
      fail(limiter, IP, 2);
      clock.advance(61_000);
      fail(limiter, IP, 2);
      expect(limiter.blockedFor(IP)).toBe(0);
    });
  });

  describe('AUTH_FAILURES_PER_MINUTE = 0 turns it off', () => {
    it('never blocks, however many failures', () => {
      const { limiter } = setup(0);
      fail(limiter, IP, 10_000);
      expect(limiter.blockedFor(IP)).toBe(0);
    });

    it('does not even touch the store', () => {
      const store: AuthFailureStore = {
        blockedFor: jest.fn(() => 99),
        recordFailure: jest.fn(),
      };
      const limiter = new AuthFailureLimiter(store, new FakeClock(), config(0), metrics);
      void limiter.recordFailure(IP);
      expect(limiter.blockedFor(IP)).toBe(0);
      expect(store.blockedFor).not.toHaveBeenCalled();
      expect(store.recordFailure).not.toHaveBeenCalled();
    });
  });

  describe('delegates to its store', () => {
    it('passes the IP, the configured limit and the clock time', () => {
      const clock = new FakeClock(1_000_000);
      const store: AuthFailureStore = {
        blockedFor: jest.fn(() => 7),
        recordFailure: jest.fn(),
      };
      const limiter = new AuthFailureLimiter(store, clock, config(5), metrics);
      void limiter.recordFailure(IP);
      expect(store.recordFailure).toHaveBeenCalledWith(IP, 1_000_000);
      clock.advance(10);
      expect(limiter.blockedFor(IP)).toBe(7);
      expect(store.blockedFor).toHaveBeenCalledWith(IP, 5, 1_000_010);
    });
  });
});

describe(InMemoryAuthFailureStore.name, () => {
  const T0 = 1_767_225_600_000;

  it('follows the same fixed-window rules when used directly', () => {
    const store = new InMemoryAuthFailureStore();
    expect(store.blockedFor('a', 2, T0)).toBe(0);
    store.recordFailure('a', T0);
    expect(store.blockedFor('a', 2, T0)).toBe(0);
    store.recordFailure('a', T0 + 1_000);
    expect(store.blockedFor('a', 2, T0 + 1_000)).toBe(59);
    expect(store.blockedFor('a', 3, T0 + 1_000)).toBe(0);
    expect(store.blockedFor('a', 2, T0 + 60_000)).toBe(0);
  });

  it('still tracks a new IP when very many IPs are tracked', () => {
    const store = new InMemoryAuthFailureStore();
    for (let i = 0; i < 100_000; i++) store.recordFailure(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, T0);
    store.recordFailure('198.51.100.1', T0 + 1_000);
    expect(store.blockedFor('198.51.100.1', 1, T0 + 1_000)).toBeGreaterThan(0);
    // Once their windows have passed, old entries make room without forgetting live ones.
    store.recordFailure('198.51.100.2', T0 + 60_500);
    expect(store.blockedFor('198.51.100.2', 1, T0 + 60_500)).toBeGreaterThan(0);
    expect(store.blockedFor('198.51.100.1', 1, T0 + 60_500)).toBeGreaterThan(0);
  });
});
