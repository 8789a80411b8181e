import { parseTimestamp, toTimestamp } from './time';

describe('parseTimestamp (RFC 3339)', () => {
  it.each<[string, string]>([
    ['2026-12-05T10:00:00Z', '2026-12-05T10:00:00.000Z'],
    ['2026-12-05T10:00:00.123Z', '2026-12-05T10:00:00.123Z'],
    ['2026-12-05t10:00:00z', '2026-12-05T10:00:00.000Z'],
    ['2026-12-05T12:00:00+02:00', '2026-12-05T10:00:00.000Z'],
    ['2026-12-05T10:00:00.5-01:30', '2026-12-05T11:30:00.500Z'],
  ])('%s is %s', (input, expected) => {
    expect(toTimestamp(parseTimestamp(input))).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '2026-12-05',
    '2026-12-05 10:00:00Z',
    '2026-12-05T10:00:00',
    '1765000000000',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-04-31T12:00:00+02:00',
  ])('refuses %j', (input) => {
    expect(parseTimestamp(input)).toBeNull();
  });
});
