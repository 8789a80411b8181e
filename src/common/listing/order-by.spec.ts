import fc from 'fast-check';
import { RpcError } from '../errors/rpc.error';
import { expectInvalidArgument } from '../errors/rpc-error.testing';
import { parseOrderBy, SortKey } from './order-by';

const ALLOWED = ['display_name', 'create_time', 'expire_time', 'last_used_time'] as const;
const DEFAULT: SortKey[] = [{ field: 'create_time', desc: true }];
const parse = (input: string | undefined) => parseOrderBy(input, ALLOWED, DEFAULT);

describe('parseOrderBy', () => {
  describe('default', () => {
    it.each([undefined, '', '   ', '\t'])('%j means the fallback order (create_time desc)', (input) => {
      expect(parse(input)).toEqual([{ field: 'create_time', desc: true }]);
    });
  });

  describe('accepted', () => {
    it.each<[string, SortKey[]]>([
      ['display_name', [{ field: 'display_name', desc: false }]],
      ['display_name asc', [{ field: 'display_name', desc: false }]],
      ['display_name desc', [{ field: 'display_name', desc: true }]],
      ['create_time desc', [{ field: 'create_time', desc: true }]],
      ['create_time', [{ field: 'create_time', desc: false }]],
      ['  expire_time   desc  ', [{ field: 'expire_time', desc: true }]],
      [
        'display_name desc, create_time',
        [
          { field: 'display_name', desc: true },
          { field: 'create_time', desc: false },
        ],
      ],
      [
        'last_used_time desc,display_name asc ,  expire_time',
        [
          { field: 'last_used_time', desc: true },
          { field: 'display_name', desc: false },
          { field: 'expire_time', desc: false },
        ],
      ],
    ])('%j', (input, expected) => {
      expect(parse(input)).toEqual(expected);
    });
  });

  describe('rejected with INVALID_ARGUMENT on order_by', () => {
    it.each([
      ['an unsupported field', 'title'],
      ['an unsupported field among supported ones', 'display_name, owner'],
      ['a field in another case', 'Display_Name'],
      ['a camelCase spelling', 'displayName'],
      ['an unknown direction', 'display_name up'],
      ['a direction alone', 'desc'],
      ['a third word', 'display_name desc nulls'],
      ['a trailing comma', 'display_name,'],
      ['a leading comma', ',display_name'],
      ['an empty entry', 'display_name,,create_time'],
      ['only commas', ',,'],
      ['the same field twice', 'display_name, display_name desc'],
      ['a minus prefix', '-display_name'],
      ['SQL', 'display_name; DROP TABLE api_keys'],
      ['SQL in the direction', 'display_name desc; --'],
      ['a prototype property', 'constructor'],
      ['a prototype property (__proto__)', '__proto__'],
    ])('%s: %j', (_label, input) => {
      expectInvalidArgument(() => parse(input), 'order_by');
    });

    it('names the supported fields when one is not', () => {
      const err = expectInvalidArgument(() => parse('title'), 'order_by');
      for (const f of ALLOWED) expect(err.message).toContain(f);
    });
  });

  describe('properties', () => {
    it('any string gives supported, distinct fields or an RpcError on order_by — never anything else', () => {
      const tokens = fc.constantFrom(...ALLOWED, 'asc', 'desc', 'DESC', ',', ' ', '  ', 'title', '-', ';', '\t', 'é');
      const orderLike = fc.array(tokens, { maxLength: 10 }).map((t) => t.join(''));
      fc.assert(
        fc.property(fc.oneof(orderLike, fc.string({ unit: 'binary', maxLength: 40 })), (input) => {
          let keys: SortKey[];
          try {
            keys = parse(input);
          } catch (e) {
            expect(e).toBeInstanceOf(RpcError);
            expect((e as RpcError).code).toBe(3);
            expect((e as RpcError).toBody().details).toContainEqual(
              expect.objectContaining({ field_violations: [expect.objectContaining({ field: 'order_by' })] }),
            );
            return;
          }
          expect(keys.length).toBeGreaterThan(0);
          for (const k of keys) {
            expect(ALLOWED).toContain(k.field);
            expect(typeof k.desc).toBe('boolean');
          }
          expect(new Set(keys.map((k) => k.field)).size).toBe(keys.length);
        }),
        { numRuns: 2000 },
      );
    });

    it('round-trips any list of distinct supported fields with directions', () => {
      const keysArb = fc
        .uniqueArray(fc.constantFrom(...ALLOWED), { minLength: 1 })
        .chain((fields) =>
          fc.tuple(
            ...fields.map((f) => fc.record({ field: fc.constant(f), desc: fc.boolean(), explicit: fc.boolean() })),
          ),
        );
      fc.assert(
        fc.property(keysArb, (keys) => {
          const text = keys
            .map((k) => (k.desc ? `${k.field} desc` : k.explicit ? `${k.field} asc` : k.field))
            .join(', ');
          expect(parse(text)).toEqual(keys.map(({ field, desc }) => ({ field, desc })));
        }),
      );
    });
  });
});
