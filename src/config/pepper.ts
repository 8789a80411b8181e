import { createHmac } from 'node:crypto';

/**
 * What a database remembers of its pepper (API.md §15): an HMAC of a fixed label under it, so a
 * start with another pepper is refused instead of answering 401 to every key. Never the pepper.
 */
export function pepperFingerprint(pepper: Buffer): string {
  return createHmac('sha256', pepper).update('tessera:pepper-fingerprint:v1', 'utf8').digest('hex');
}
