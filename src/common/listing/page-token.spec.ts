import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { RpcError } from '../errors/rpc.error';
import { expectInvalidArgument } from '../errors/rpc-error.testing';
import { Cursor, PageTokenCodec } from './page-token';

const BINDING = JSON.stringify(['organizations/o1/apiKeys', [], [{ field: 'create_time', desc: true }]]);
const OTHER_BINDING = JSON.stringify([
  'organizations/o1/apiKeys',
  [{ field: 'state', op: '=', value: 'STATE_ACTIVE' }],
  [{ field: 'create_time', desc: true }],
]);

const cursorArb: fc.Arbitrary<Cursor> = fc.array(
  fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer(), fc.maxSafeInteger()),
  { maxLength: 5 },
);

describe(PageTokenCodec.name, () => {
  const codec = new PageTokenCodec(randomBytes(32));

  describe('round trip', () => {
    it.each<[string, Cursor]>([
      ['a time and an id', [1767225600000, 'abc123']],
      ['text with quotes, dots and Unicode', ['Café "🎉" a.b.c', 'id']],
      ['an empty string and zero', ['', 0]],
      ['a large timestamp', [Number.MAX_SAFE_INTEGER, 'z']],
      ['a negative number', [-5, 'k']],
      ['an empty cursor', []],
    ])('decodes what it encoded: %s', (_label, cursor) => {
      expect(codec.decode(codec.encode(BINDING, cursor), BINDING)).toEqual(cursor);
    });

    it('decodes any encoded cursor back to itself', () => {
      fc.assert(
        fc.property(fc.string(), cursorArb, (binding, cursor) => {
          expect(codec.decode(codec.encode(binding, cursor), binding)).toEqual(cursor);
        }),
      );
    });

    it('is URL-safe and opaque (no binding or cursor text in clear)', () => {
      const token = codec.encode(BINDING, ['secret-looking title', 'id42']);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(token).not.toContain('create_time');
      expect(encodeURIComponent(token)).toBe(token);
    });

    it('is accepted by another codec with the same key (another instance of the service)', () => {
      const key = randomBytes(32);
      const token = new PageTokenCodec(key).encode(BINDING, [1, 'a']);
      expect(new PageTokenCodec(Buffer.from(key)).decode(token, BINDING)).toEqual([1, 'a']);
    });
  });

  describe('bound to the query it came from', () => {
    it('a token reused with a different filter or order_by is INVALID_ARGUMENT', () => {
      const token = codec.encode(BINDING, [1, 'a']);
      const err = expectInvalidArgument(() => codec.decode(token, OTHER_BINDING), 'page_token');
      expect(err.message).toMatch(/different filter or order_by/);
    });

    it('a token reused on another collection is INVALID_ARGUMENT', () => {
      const token = codec.encode('organizations/o1/workspaces', [1, 'a']);
      expectInvalidArgument(() => codec.decode(token, 'organizations/o2/workspaces'), 'page_token');
    });

    it('any other binding is refused', () => {
      fc.assert(
        fc.property(fc.string(), fc.string(), cursorArb, (a, b, cursor) => {
          fc.pre(a !== b);
          expectInvalidArgument(() => codec.decode(codec.encode(a, cursor), b), 'page_token');
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('tamper-evident', () => {
    const token = codec.encode(BINDING, [1767225600000, 'abc']);
    const [payload, signature] = token.split('.');

    it('a token signed with another key is INVALID_ARGUMENT', () => {
      const foreign = new PageTokenCodec(randomBytes(32)).encode(BINDING, [1767225600000, 'abc']);
      expectInvalidArgument(() => codec.decode(foreign, BINDING), 'page_token');
    });

    it('a payload rewritten by the client is INVALID_ARGUMENT', () => {
      const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      decoded.c = [0, 'zzz'];
      const forged = Buffer.from(JSON.stringify(decoded)).toString('base64url');
      expectInvalidArgument(() => codec.decode(`${forged}.${signature}`, BINDING), 'page_token');
    });

    it('a signature from another token is INVALID_ARGUMENT', () => {
      const other = codec.encode(BINDING, [5, 'b']);
      expectInvalidArgument(() => codec.decode(`${payload}.${other.split('.')[1]}`, BINDING), 'page_token');
    });

    it('a truncated or extended signature is INVALID_ARGUMENT', () => {
      expectInvalidArgument(() => codec.decode(`${payload}.${signature.slice(0, -1)}`, BINDING), 'page_token');
      expectInvalidArgument(() => codec.decode(`${payload}.${signature}A`, BINDING), 'page_token');
    });

    it('any single-character change anywhere in the token is INVALID_ARGUMENT', () => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ '.split('');
      fc.assert(
        fc.property(cursorArb, fc.nat(), fc.constantFrom(...alphabet), (cursor, at, replacement) => {
          const good = codec.encode(BINDING, cursor);
          const i = at % good.length;
          fc.pre(good[i] !== replacement);
          const bad = good.slice(0, i) + replacement + good.slice(i + 1);
          expectInvalidArgument(() => codec.decode(bad, BINDING), 'page_token');
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('garbage', () => {
    it.each([
      '',
      '.',
      '..',
      'abc',
      'abc.',
      '.abc',
      'a.b.c',
      'not a token',
      'eyJiIjoiIiwiYyI6W119',
      '%00',
      '🎉.🎉',
      'null.null',
      '__proto__',
      'x'.repeat(10_000),
    ])('%j is INVALID_ARGUMENT', (input) => {
      expectInvalidArgument(() => codec.decode(input, BINDING), 'page_token');
    });

    it('a valid token with a third part appended is INVALID_ARGUMENT', () => {
      expectInvalidArgument(() => codec.decode(codec.encode(BINDING, [1]) + '.x', BINDING), 'page_token');
    });

    it('any string either decodes to a cursor or throws an RpcError on page_token — never anything else', () => {
      const good = codec.encode(BINDING, [1, 'a']);
      const tokenLike = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 30 })).map(([a, b]) => `${a}.${b}`),
        fc.string({ maxLength: 10 }).map((s) => good + s),
        fc.string({ maxLength: 10 }).map((s) => s + good),
      );
      fc.assert(
        fc.property(tokenLike, (input) => {
          let cursor: Cursor;
          try {
            cursor = codec.decode(input, BINDING);
          } catch (e) {
            expect(e).toBeInstanceOf(RpcError);
            expect((e as RpcError).code).toBe(3);
            expect((e as RpcError).toBody().details).toContainEqual(
              expect.objectContaining({ field_violations: [expect.objectContaining({ field: 'page_token' })] }),
            );
            return;
          }
          expect(Array.isArray(cursor)).toBe(true);
          expect(cursor.every((v) => typeof v === 'string' || typeof v === 'number')).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
