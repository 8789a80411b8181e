import { EnvironmentError, validateEnvironment } from './environment';
import { parseTrustProxy } from './trust-proxy';

describe(parseTrustProxy.name, () => {
  it.each(['false', 'FALSE', '', '0'])('"%s" trusts no proxy', (raw) => {
    expect(parseTrustProxy(raw)).toBe(false);
  });

  it('a number is the count of proxy hops in front of Tessera', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    expect(() => parseTrustProxy('21')).toThrow(/at most 20/);
  });

  it('a list of addresses and CIDRs is normalized', () => {
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1,2001:DB8::/32, ::1')).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '2001:db8::/32',
      '::1',
    ]);
  });

  it('refuses true: it would let a client choose its IP', () => {
    expect(() => parseTrustProxy('true')).toThrow(/choose its own IP/);
    expect(() => parseTrustProxy('TRUE')).toThrow(/choose its own IP/);
  });

  it.each(['yes', '10.0.0.0/33', '300.1.1.1', '127.1', '10.0.0.0/8,,127.0.0.1', 'loopback'])('refuses "%s"', (raw) => {
    expect(() => parseTrustProxy(raw)).toThrow();
  });

  it('stops the start with a message naming TRUST_PROXY', () => {
    expect(() => validateEnvironment({ TRUST_PROXY: 'true' })).toThrow(EnvironmentError);
    expect(() => validateEnvironment({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY="true": would let any client/);
    expect(validateEnvironment({ TRUST_PROXY: '10.0.0.0/8' }).TRUST_PROXY).toBe('10.0.0.0/8');
  });
});
