import { randomInt } from 'node:crypto';

/**
 * The API-key format of API.md §3: `tsr_` + 43 base62 characters of secret (≥ 256 bits from a
 * CSPRNG: 43 × log2(62) ≈ 256.03) + 6 base62 characters of checksum, the CRC32 (IEEE) of the first
 * 47 characters, left-padded with '0'. The checksum lets us refuse typos and junk without touching
 * the database, and lets secret scanners recognise a real key.
 */
export const KEY_PREFIX = 'tsr_';
export const SECRET_LENGTH = 43;
export const CHECKSUM_LENGTH = 6;
export const KEY_LENGTH = KEY_PREFIX.length + SECRET_LENGTH + CHECKSUM_LENGTH; // 53
/** What the API shows of a key: enough to recognise it, far too little to use it. */
export const DISPLAY_PREFIX_LENGTH = 12;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_SHAPE = new RegExp(`^${KEY_PREFIX}[0-9A-Za-z]{${SECRET_LENGTH + CHECKSUM_LENGTH}}$`);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zlib) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function toBase62(value: number, width: number): string {
  let out = '';
  let n = value;
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

export function checksumOf(body: string): string {
  return toBase62(crc32(body), CHECKSUM_LENGTH);
}

/** A fresh key. */
export function generateKey(): string {
  return generateSecretToken(KEY_PREFIX);
}

/** Prefix, length, alphabet and checksum: everything that can be checked without a database. */
export function isWellFormedKey(candidate: string): boolean {
  return candidate.length === KEY_LENGTH && KEY_SHAPE.test(candidate) && hasValidChecksum(candidate);
}

/**
 * Invitation tokens (API.md §14) follow the same rules with their own prefix, so a scanner tells
 * the two apart and neither can be mistaken for the other.
 */
export const INVITE_TOKEN_PREFIX = 'tsi_';
const INVITE_TOKEN_SHAPE = new RegExp(`^${INVITE_TOKEN_PREFIX}[0-9A-Za-z]{${SECRET_LENGTH + CHECKSUM_LENGTH}}$`);

export function generateInviteToken(): string {
  return generateSecretToken(INVITE_TOKEN_PREFIX);
}

export function isWellFormedInviteToken(candidate: string): boolean {
  return candidate.length === KEY_LENGTH && INVITE_TOKEN_SHAPE.test(candidate) && hasValidChecksum(candidate);
}

/** `prefix` + 43 random base62 characters + checksum. `randomInt` draws uniformly (no modulo bias). */
function generateSecretToken(prefix: string): string {
  let secret = '';
  for (let i = 0; i < SECRET_LENGTH; i++) secret += BASE62[randomInt(62)];
  const body = prefix + secret;
  return body + checksumOf(body);
}

function hasValidChecksum(candidate: string): boolean {
  const body = candidate.slice(0, candidate.length - CHECKSUM_LENGTH);
  return checksumOf(body) === candidate.slice(candidate.length - CHECKSUM_LENGTH);
}

export function displayPrefix(key: string): string {
  return key.slice(0, DISPLAY_PREFIX_LENGTH);
}
