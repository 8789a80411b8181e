import { FixedWindowCounters, secondsUntilReset } from './fixed-window-counters';

describe(FixedWindowCounters.name, () => {
  const T0 = 1_767_225_600_000;
  const MINUTE = 60_000;

  it('counts hits in a window and starts a new one once it has closed', () => {
    const counters = new FixedWindowCounters();
    counters.hit('a', T0, MINUTE);
    expect(counters.hit('a', T0 + MINUTE - 1, MINUTE)).toEqual({ start: T0, hits: 2 });
    expect(counters.current('a', T0 + MINUTE, MINUTE)).toBeUndefined();
    expect(counters.hit('a', T0 + MINUTE, MINUTE)).toEqual({ start: T0 + MINUTE, hits: 1 });
  });

  it('keeps at most maxKeys keys: closed windows go first, then the oldest open one', () => {
    const counters = new FixedWindowCounters(3);
    counters.hit('old', T0, MINUTE);
    counters.hit('b', T0 + MINUTE, MINUTE);
    counters.hit('c', T0 + MINUTE, MINUTE);
    counters.hit('d', T0 + MINUTE, MINUTE); // 'old' has closed: evicted
    expect(counters.current('b', T0 + MINUTE, MINUTE)).toBeDefined();
    counters.hit('e', T0 + MINUTE, MINUTE); // all open: the oldest ('b') goes
    expect(counters.current('b', T0 + MINUTE, MINUTE)).toBeUndefined();
    expect(['c', 'd', 'e'].map((k) => counters.current(k, T0 + MINUTE, MINUTE)?.hits)).toEqual([1, 1, 1]);
  });

  it('says when a window resets in whole seconds, at least one', () => {
    expect(secondsUntilReset({ start: T0, hits: 1 }, T0 + 20_500, MINUTE)).toBe(40);
    expect(secondsUntilReset({ start: T0, hits: 1 }, T0 + MINUTE - 1, MINUTE)).toBe(1);
  });
});
