import { generateKeyPairSync, sign } from 'node:crypto';
import { parseLeakReportKeys } from '../config/leak-report-keys';
import { isSignedBy } from './leak-signature';

describe(isSignedBy.name, () => {
  const signer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const keys = parseLeakReportKeys(
    JSON.stringify([{ key_identifier: 'k1', key: signer.publicKey.export({ type: 'spki', format: 'pem' }) }]),
  );
  const body = Buffer.from('[{"token":"x","type":"t","url":"u","source":"content"}]');
  const signatureBy = (key = signer.privateKey, bytes = body) => sign('sha256', bytes, key).toString('base64');

  it('accepts the signature of the named key over the exact bytes', () => {
    expect(isSignedBy(keys, 'k1', signatureBy(), body)).toBe(true);
  });

  it('refuses other bytes (even the same JSON spaced differently), another signer, or an unknown key id', () => {
    const spaced = Buffer.from('[{"token": "x","type":"t","url":"u","source":"content"}]');
    expect(isSignedBy(keys, 'k1', signatureBy(), spaced)).toBe(false);
    expect(isSignedBy(keys, 'k1', signatureBy(stranger.privateKey), body)).toBe(false);
    expect(isSignedBy(keys, 'k2', signatureBy(), body)).toBe(false);
  });

  it.each([
    ['no identifier', undefined, 'c2ln'],
    ['no signature', 'k1', undefined],
    ['an empty signature', 'k1', ''],
    ['a signature that is not base64', 'k1', 'not base64!'],
    ['base64 that is not DER', 'k1', Buffer.from('garbage').toString('base64')],
  ])('answers false, never throws, for %s', (_case, id, signature) => {
    expect(isSignedBy(keys, id, signature, body)).toBe(false);
  });
});
