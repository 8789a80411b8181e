import { KeyObject, verify } from 'node:crypto';
import type { LeakReportKeys } from '../config/leak-report-keys';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Whether `body` is signed by the key named `keyIdentifier`: ECDSA P-256 with SHA-256, the
 * signature DER-encoded and base64'd, as GitHub signs secret-scanning reports. Missing headers, an
 * unknown key and a signature that is not base64 all answer false, never an exception.
 */
export function isSignedBy(
  keys: LeakReportKeys,
  keyIdentifier: string | undefined,
  signature: string | undefined,
  body: Buffer,
): boolean {
  if (!keyIdentifier || !signature || !BASE64.test(signature)) return false;
  const key: KeyObject | undefined = keys.get(keyIdentifier);
  if (!key) return false;
  try {
    return verify('sha256', body, { key, dsaEncoding: 'der' }, Buffer.from(signature, 'base64'));
  } catch {
    return false; // a malformed DER signature
  }
}
