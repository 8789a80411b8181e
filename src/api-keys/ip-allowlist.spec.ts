import { RpcError } from '../common/errors/rpc.error';
import { allowsAddress, ensureAllowlistWithin, normalizeAllowlist, normalizeEntry } from './ip-allowlist';

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as RpcError).reason;
  }
  return undefined;
}

describe(normalizeEntry.name, () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['10.1.2.3/8', '10.0.0.0/8'],
    ['10.1.2.3/32', '10.1.2.3'],
    ['2001:DB8:0:0::1', '2001:db8::1'],
    ['2001:db8:1:2:3::/48', '2001:db8:1::/48'],
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['::ffff:198.51.100.0/120', '198.51.100.0/24'],
  ])('%s → %s', (entry, normal) => {
    expect(normalizeEntry(entry)).toBe(normal);
  });

  it.each(['', 'localhost', '10.0.0.0/33', '300.1.1.1', '10.1', '2001:db8::/129', '1.2.3.4/'])(
    'refuses "%s"',
    (entry) => {
      expect(normalizeEntry(entry)).toBeNull();
    },
  );
});

describe(normalizeAllowlist.name, () => {
  it('normalizes and removes duplicates', () => {
    expect(normalizeAllowlist(['10.1.0.0/16', '10.1.9.9/16', '::ffff:1.2.3.4', '1.2.3.4'])).toEqual([
      '10.1.0.0/16',
      '1.2.3.4',
    ]);
  });

  it('is INVALID_ARGUMENT for a bad entry or more than 20 entries', () => {
    expect(reasonOf(() => normalizeAllowlist(['10.0.0.0/8', 'nope']))).toBe('INVALID_ARGUMENT');
    expect(reasonOf(() => normalizeAllowlist(Array.from({ length: 21 }, (_, i) => `10.0.0.${i}`)))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe(allowsAddress.name, () => {
  it('allows any address with an empty list', () => {
    expect(allowsAddress([], '203.0.113.7')).toBe(true);
  });

  it('matches addresses and ranges, including the edges of a CIDR', () => {
    const list = ['10.0.0.0/8', '2001:db8::/32', '198.51.100.7'];
    expect(allowsAddress(list, '10.0.0.0')).toBe(true);
    expect(allowsAddress(list, '10.255.255.255')).toBe(true);
    expect(allowsAddress(list, '11.0.0.0')).toBe(false);
    expect(allowsAddress(list, '9.255.255.255')).toBe(false);
    expect(allowsAddress(list, '2001:db8:ffff::1')).toBe(true);
    expect(allowsAddress(list, '2001:db9::1')).toBe(false);
    expect(allowsAddress(list, '198.51.100.7')).toBe(true);
    expect(allowsAddress(list, '198.51.100.8')).toBe(false);
  });

  it('treats an IPv4-mapped IPv6 client (dual-stack socket) as its IPv4 address', () => {
    expect(allowsAddress(['127.0.0.0/8'], '::ffff:127.0.0.1')).toBe(true);
  });

  it('never allows a client address it cannot read', () => {
    expect(allowsAddress(['10.0.0.0/8'], 'unknown')).toBe(false);
  });
});

describe(ensureAllowlistWithin.name, () => {
  it('puts no limit on a caller without an allowlist', () => {
    expect(() => ensureAllowlistWithin([], [])).not.toThrow();
    expect(() => ensureAllowlistWithin(['0.0.0.0/0'], [])).not.toThrow();
  });

  it('needs a non-empty list inside the caller’s entries when the caller has one', () => {
    const caller = ['10.0.0.0/8', '2001:db8::/32'];
    expect(() => ensureAllowlistWithin(['10.1.0.0/16', '10.2.3.4', '2001:db8:1::/48'], caller)).not.toThrow();
    expect(reasonOf(() => ensureAllowlistWithin([], caller))).toBe('ESCALATION_DENIED');
    expect(reasonOf(() => ensureAllowlistWithin(['0.0.0.0/0'], caller))).toBe('ESCALATION_DENIED');
    expect(reasonOf(() => ensureAllowlistWithin(['10.0.0.0/7'], caller))).toBe('ESCALATION_DENIED');
    expect(reasonOf(() => ensureAllowlistWithin(['11.0.0.1'], caller))).toBe('ESCALATION_DENIED');
  });
});
