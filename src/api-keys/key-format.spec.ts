import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import {
  checksumOf,
  CHECKSUM_LENGTH,
  crc32,
  DISPLAY_PREFIX_LENGTH,
  displayPrefix,
  generateInviteToken,
  generateKey,
  isWellFormedInviteToken,
  isWellFormedKey,
  KEY_LENGTH,
  KEY_PREFIX,
  SECRET_LENGTH,
  toBase62,
} from './key-format';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_REGEX = /^tsr_[0-9A-Za-z]{43}[0-9A-Za-z]{6}$/;

function fromBase62(text: string): number {
  let n = 0;
  for (const c of text) n = n * 62 + BASE62.indexOf(c);
  return n;
}

/** Builds a key with a correct checksum from any 43-character base62 secret. */
function keyFromSecret(secret: string): string {
  const body = KEY_PREFIX + secret;
  return body + checksumOf(body);
}

const base62Char = fc.constantFrom(...BASE62.split(''));
const secretArb = fc.string({ unit: base62Char, minLength: SECRET_LENGTH, maxLength: SECRET_LENGTH });

describe('key-format constants', () => {
  it('a key is "tsr_" + 43 secret + 6 checksum = 53 characters, shown by its first 12', () => {
    expect(KEY_PREFIX).toBe('tsr_');
    expect(SECRET_LENGTH).toBe(43);
    expect(CHECKSUM_LENGTH).toBe(6);
    expect(KEY_LENGTH).toBe(53);
    expect(DISPLAY_PREFIX_LENGTH).toBe(12);
  });

  it('43 base62 characters carry at least 256 bits of secret', () => {
    expect(SECRET_LENGTH * Math.log2(62)).toBeGreaterThanOrEqual(256);
  });
});

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['abc', 0x352441c2],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j) is the IEEE 802.3 (zlib) value %d', (text, expected) => {
    expect(crc32(text)).toBe(expected);
  });

  it('always returns an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const v = crc32(text);
        return Number.isInteger(v) && v >= 0 && v <= 0xffffffff;
      }),
    );
  });

  it('agrees with zlib for any text (hashed as UTF-8)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(crc32(text)).toBe(zlibCrc32(Buffer.from(text, 'utf8')));
      }),
    );
  });
});

describe('toBase62', () => {
  it.each([
    [0, 6, '000000'],
    [9, 1, '9'],
    [10, 1, 'A'],
    [35, 1, 'Z'],
    [36, 1, 'a'],
    [61, 1, 'z'],
    [62, 1, '10'],
    [3843, 6, '0000zz'],
    [0xcbf43926, 6, '3jZRME'],
    [0xffffffff, 6, '4gfFC3'],
    [62 ** 6 - 1, 6, 'zzzzzz'],
  ])('toBase62(%d, %d) = %s (alphabet 0-9A-Za-z, left-padded with 0)', (value, width, expected) => {
    expect(toBase62(value, width)).toBe(expected);
  });

  it('writes every CRC32 value in exactly 6 base62 characters that decode back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (value) => {
        const text = toBase62(value, 6);
        expect(text).toMatch(/^[0-9A-Za-z]{6}$/);
        expect(fromBase62(text)).toBe(value);
      }),
    );
  });

  it('is injective: different values never share a representation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }), (a, b) => {
        fc.pre(a !== b);
        return toBase62(a, 6) !== toBase62(b, 6);
      }),
    );
  });
});

describe('checksumOf', () => {
  it('is the CRC32 of the text in base62, 6 characters', () => {
    expect(checksumOf('123456789')).toBe('3jZRME');
    expect(checksumOf('')).toBe('000000');
  });
});

describe('generateKey', () => {
  it('has the shape tsr_ + 43 base62 + 6 base62, 53 characters', () => {
    for (let i = 0; i < 200; i++) {
      const key = generateKey();
      expect(key).toHaveLength(53);
      expect(key).toMatch(KEY_REGEX);
    }
  });

  it('ends with the base62 CRC32 of its first 47 characters', () => {
    for (let i = 0; i < 200; i++) {
      const key = generateKey();
      expect(key.slice(47)).toBe(toBase62(crc32(key.slice(0, 47)), 6));
    }
  });

  it('is accepted by isWellFormedKey', () => {
    for (let i = 0; i < 500; i++) expect(isWellFormedKey(generateKey())).toBe(true);
  });

  it('never repeats (secrets are random)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(generateKey());
    expect(seen.size).toBe(5000);
  });

  it('draws secret characters from the whole base62 alphabet', () => {
    const used = new Set<string>();
    for (let i = 0; i < 300; i++) for (const c of generateKey().slice(4, 47)) used.add(c);
    expect([...used].sort().join('')).toBe(BASE62.split('').sort().join(''));
  });
});

describe('isWellFormedKey', () => {
  const valid = generateKey();

  it('accepts a key whose checksum matches its first 47 characters', () => {
    expect(isWellFormedKey(valid)).toBe(true);
    expect(isWellFormedKey(keyFromSecret('0'.repeat(43)))).toBe(true);
    expect(isWellFormedKey(keyFromSecret('z'.repeat(43)))).toBe(true);
  });

  it('accepts any 43-character base62 secret with its checksum', () => {
    fc.assert(fc.property(secretArb, (secret) => isWellFormedKey(keyFromSecret(secret))));
  });

  it.each([
    ['a wrong prefix', (k: string) => 'tsk_' + k.slice(4)],
    ['an upper-case prefix', (k: string) => 'TSR_' + k.slice(4)],
    ['no prefix at all (same length)', (k: string) => 'abcd' + k.slice(4)],
  ])('rejects %s, even with a checksum computed over it', (_label, mutate) => {
    const mutated = mutate(valid);
    expect(isWellFormedKey(mutated)).toBe(false);
    // A checksum that matches the altered body does not rescue a wrong prefix.
    const body = mutated.slice(0, 47);
    expect(isWellFormedKey(body + checksumOf(body))).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['only the prefix', 'tsr_'],
    ['one character short', valid.slice(0, 52)],
    ['one character long', valid + 'A'],
    ['the key without its checksum', valid.slice(0, 47)],
    ['the display prefix', valid.slice(0, 12)],
    ['a leading space', ' ' + valid],
    ['a trailing space', valid + ' '],
    ['a trailing newline', valid + '\n'],
    ['the key twice', valid + valid],
  ])('rejects a wrong length: %s', (_label, candidate) => {
    expect(isWellFormedKey(candidate)).toBe(false);
  });

  it('rejects a key of any other length even when its checksum is right', () => {
    fc.assert(
      fc.property(fc.string({ unit: base62Char, minLength: 0, maxLength: 80 }), (secret) => {
        fc.pre(secret.length !== SECRET_LENGTH);
        return !isWellFormedKey(keyFromSecret(secret));
      }),
    );
  });

  it.each(['-', '_', '+', '/', '=', ' ', '.', 'é', '０'])(
    'rejects a non-base62 character %j even with a matching checksum',
    (bad) => {
      const secret = valid.slice(4, 46) + bad; // 43 characters, last one outside the alphabet
      expect(secret).toHaveLength(43);
      expect(isWellFormedKey(keyFromSecret(secret))).toBe(false);
    },
  );

  it('rejects a non-base62 character in the checksum', () => {
    expect(isWellFormedKey(valid.slice(0, 52) + '-')).toBe(false);
  });

  it('rejects any single-character change anywhere in the key', () => {
    fc.assert(
      fc.property(secretArb, fc.integer({ min: 0, max: KEY_LENGTH - 1 }), base62Char, (secret, index, replacement) => {
        const key = keyFromSecret(secret);
        fc.pre(key[index] !== replacement);
        const mutated = key.slice(0, index) + replacement + key.slice(index + 1);
        return !isWellFormedKey(mutated);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects a wrong checksum', () => {
    const body = valid.slice(0, 47);
    const right = valid.slice(47);
    const wrong = toBase62((fromBase62(right) + 1) % 62 ** 6, 6);
    expect(isWellFormedKey(body + wrong)).toBe(false);
    expect(isWellFormedKey(body + '000000')).toBe(right === '000000');
  });

  it('never throws, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        expect(typeof isWellFormedKey(text)).toBe('boolean');
        // A random string is (overwhelmingly) not a key; when it is, it has the exact shape.
        if (isWellFormedKey(text)) expect(text).toMatch(KEY_REGEX);
      }),
    );
  });
});

describe('displayPrefix', () => {
  it('is the first 12 characters of the key: "tsr_" and 8 secret characters', () => {
    const key = generateKey();
    const prefix = displayPrefix(key);
    expect(prefix).toHaveLength(12);
    expect(prefix).toBe(key.slice(0, 12));
    expect(prefix.startsWith('tsr_')).toBe(true);
    expect(key.startsWith(prefix)).toBe(true);
  });

  it('does not reveal the rest of the secret', () => {
    const key = generateKey();
    expect(displayPrefix(key)).not.toContain(key.slice(12));
  });
});

describe('invitation tokens (API.md §14)', () => {
  it('are tsi_ + 43 + 6 checksum characters, well-formed, and never keys', () => {
    const token = generateInviteToken();
    expect(token).toMatch(/^tsi_[0-9A-Za-z]{49}$/);
    expect(isWellFormedInviteToken(token)).toBe(true);
    expect(isWellFormedKey(token)).toBe(false);
    expect(isWellFormedInviteToken(generateKey())).toBe(false);
  });

  it('refuses a changed character (checksum) and a key-prefixed twin', () => {
    const token = generateInviteToken();
    const flipped = token.slice(0, 10) + (token[10] === 'a' ? 'b' : 'a') + token.slice(11);
    expect(isWellFormedInviteToken(flipped)).toBe(false);
    expect(isWellFormedInviteToken(`tsr_${token.slice(4)}`)).toBe(false);
  });
});
