import { jsonDepthExceeds } from './json-body';

describe('jsonDepthExceeds', () => {
  it.each([
    ['{}', 1, false],
    ['{}', 0, true],
    ['[[[]]]', 3, false],
    ['[[[]]]', 2, true],
    ['{"a":[1,{"b":[]}]}', 4, false],
    ['{"a":[1,{"b":[]}]}', 3, true],
  ])('%s within %i: exceeds = %s', (text, limit, expected) => {
    expect(jsonDepthExceeds(text, limit)).toBe(expected);
  });

  it('ignores brackets inside strings, including after escaped quotes', () => {
    expect(jsonDepthExceeds('{"a":"[[[[[[","b":"\\"[[[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds('["\\\\",[[]]]', 2)).toBe(true);
  });

  it('handles siblings without accumulating depth', () => {
    expect(jsonDepthExceeds('[' + '[],'.repeat(1000) + '[]]', 2)).toBe(false);
  });
});
