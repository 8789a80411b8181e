import { randomBytes } from 'node:crypto';

/**
 * Opaque resource ids: 128 random bits as 25 lower-case base-36 characters. Random (not
 * sequential) so they leak no counts, URL-safe, and case-proof for clients that fold case.
 */
export function newId(): string {
  return BigInt('0x' + randomBytes(16).toString('hex'))
    .toString(36)
    .padStart(25, '0');
}

/** Ids only ever contain these characters; anything else cannot name a resource. */
export const ID_PATTERN = /^[0-9a-z]{1,64}$/;
