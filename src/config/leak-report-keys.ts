import { createPublicKey, KeyObject } from 'node:crypto';

/**
 * The public keys that sign secret-scanning leak reports (API.md §11), from LEAK_REPORT_PUBLIC_KEYS:
 * a JSON array of `{key_identifier, key}` (PEM), or GitHub's whole published document
 * `{"public_keys": [...]}` pasted as it is. Only ECDSA P-256 keys are accepted, since that is the
 * scheme reports are signed with; anything else stops the start with a message naming the entry.
 */
export type LeakReportKeys = ReadonlyMap<string, KeyObject>;

export function parseLeakReportKeys(raw: string | undefined): LeakReportKeys {
  if (raw === undefined || raw.trim() === '') return new Map();
  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch {
    throw new Error('must be JSON: an array of {"key_identifier", "key"} with the key in PEM');
  }
  const entries = isObject(document) && Array.isArray(document.public_keys) ? document.public_keys : document;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new Error('must be a non-empty array of {"key_identifier", "key"} (or {"public_keys": [...]})');
  }
  const keys = new Map<string, KeyObject>();
  entries.forEach((entry: unknown, i) => {
    if (!isObject(entry) || typeof entry.key_identifier !== 'string' || entry.key_identifier === '') {
      throw new Error(`entry ${i} needs a non-empty string "key_identifier"`);
    }
    if (typeof entry.key !== 'string') throw new Error(`entry ${i} needs "key", a PEM public key`);
    keys.set(entry.key_identifier, p256PublicKey(entry.key, i));
  });
  return keys;
}

function p256PublicKey(pem: string, index: number): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new Error(`entry ${index}: "key" is not a PEM public key`);
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`entry ${index}: "key" must be an ECDSA P-256 public key`);
  }
  return key;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
