import { generateKeyPairSync } from 'node:crypto';
import { parseLeakReportKeys } from './leak-report-keys';

const pem = (curve: string) =>
  generateKeyPairSync('ec', { namedCurve: curve }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe(parseLeakReportKeys.name, () => {
  const p256 = pem('prime256v1');

  it('is empty when unset', () => {
    expect(parseLeakReportKeys(undefined).size).toBe(0);
    expect(parseLeakReportKeys('  ').size).toBe(0);
  });

  it('takes an array of {key_identifier, key}, or GitHub\'s {"public_keys": [...]} as published', () => {
    const entries = [
      { key_identifier: 'a1', key: p256 },
      { key_identifier: 'b2', key: pem('prime256v1'), is_current: true },
    ];
    expect([...parseLeakReportKeys(JSON.stringify(entries)).keys()]).toEqual(['a1', 'b2']);
    expect([...parseLeakReportKeys(JSON.stringify({ public_keys: entries })).keys()]).toEqual(['a1', 'b2']);
  });

  it.each([
    ['not JSON', 'nope', /must be JSON/],
    ['an empty array', '[]', /non-empty array/],
    ['an object without public_keys', '{"keys": []}', /non-empty array/],
    [
      'an entry without identifier',
      JSON.stringify([{ key: p256 }]),
      /entry 0 needs a non-empty string "key_identifier"/,
    ],
    ['an entry without key', JSON.stringify([{ key_identifier: 'x' }]), /entry 0 needs "key"/],
    ['a key that is not PEM', JSON.stringify([{ key_identifier: 'x', key: 'MFkw' }]), /entry 0: "key" is not a PEM/],
    ['another curve', JSON.stringify([{ key_identifier: 'x', key: pem('secp384r1') }]), /must be an ECDSA P-256/],
  ])('refuses %s, naming the problem', (_case, raw, message) => {
    expect(() => parseLeakReportKeys(raw)).toThrow(message);
  });

  it('refuses an RSA key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
    expect(() => parseLeakReportKeys(JSON.stringify([{ key_identifier: 'r', key: rsa.toString() }]))).toThrow(
      /ECDSA P-256/,
    );
  });
});
