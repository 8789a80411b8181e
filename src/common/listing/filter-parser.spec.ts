import fc from 'fast-check';
import { RpcError } from '../errors/rpc.error';
import { expectInvalidArgument } from '../errors/rpc-error.testing';
import { FilterOperator, FilterTerm, parseFilter } from './filter-parser';

const term = (field: string, op: FilterOperator, value: string): FilterTerm => ({ field, op, value });

describe('parseFilter', () => {
  describe('empty filters', () => {
    it.each([undefined, '', ' ', '\t\n  '])('%j means no terms', (input) => {
      expect(parseFilter(input)).toEqual([]);
    });
  });

  describe('a single term', () => {
    it.each<[string, FilterTerm]>([
      ['title = "X"', term('title', '=', 'X')],
      ['title : "x"', term('title', ':', 'x')],
      ["title = 'X'", term('title', '=', 'X')],
      ["title : 'x'", term('title', ':', 'x')],
      ["title='X'", term('title', '=', 'X')],
      ['title="X"', term('title', '=', 'X')],
      ['title:"x"', term('title', ':', 'x')],
      ['  title   =   "X"  ', term('title', '=', 'X')],
      ['\ttitle\n=\n"X"\t', term('title', '=', 'X')],
      ['display_name = "My key"', term('display_name', '=', 'My key')],
      ['state = STATE_ACTIVE', term('state', '=', 'STATE_ACTIVE')],
      ['state=STATE_EXPIRED', term('state', '=', 'STATE_EXPIRED')],
      ['state = "STATE_ACTIVE"', term('state', '=', 'STATE_ACTIVE')],
      ['role = org-admin', term('role', '=', 'org-admin')],
      ['title = v1.2', term('title', '=', 'v1.2')],
      ['title : 42', term('title', ':', '42')],
    ])('%j', (input, expected) => {
      expect(parseFilter(input)).toEqual([expected]);
    });

    it('keeps the value exactly as quoted: spaces, case and Unicode', () => {
      expect(parseFilter('title = "  Café 🎉  "')).toEqual([term('title', '=', '  Café 🎉  ')]);
      expect(parseFilter("title = 'ÉCOLE'")).toEqual([term('title', '=', 'ÉCOLE')]);
    });

    it('reads AND, OR, NOT and parentheses inside quotes as text', () => {
      expect(parseFilter('title = "A AND B"')).toEqual([term('title', '=', 'A AND B')]);
      expect(parseFilter("title : 'x OR (NOT y)'")).toEqual([term('title', ':', 'x OR (NOT y)')]);
      expect(parseFilter('title = "a = b : c"')).toEqual([term('title', '=', 'a = b : c')]);
    });

    it('takes the other quote character literally inside a quoted value', () => {
      expect(parseFilter(`title = "it's"`)).toEqual([term('title', '=', "it's")]);
      expect(parseFilter(`title = 'say "hi"'`)).toEqual([term('title', '=', 'say "hi"')]);
    });
  });

  describe('comparisons (times, API.md §9)', () => {
    it.each<[string, FilterTerm]>([
      ['create_time > "2026-12-01T00:00:00Z"', term('create_time', '>', '2026-12-01T00:00:00Z')],
      ['create_time<"2026-12-01T00:00:00Z"', term('create_time', '<', '2026-12-01T00:00:00Z')],
      ['create_time >= "x"', term('create_time', '>=', 'x')],
      ['create_time <= x', term('create_time', '<=', 'x')],
    ])('%s', (input, expected) => {
      expect(parseFilter(input)).toEqual([expected]);
    });

    it('combines with AND like any term', () => {
      expect(parseFilter('create_time > "a" AND create_time < "b" AND action = x')).toEqual([
        term('create_time', '>', 'a'),
        term('create_time', '<', 'b'),
        term('action', '=', 'x'),
      ]);
    });
  });

  describe('escapes', () => {
    it.each<[string, string]>([
      ['title = "a \\"quoted\\" word"', 'a "quoted" word'],
      ["title = 'it\\'s'", "it's"],
      ['title = "back\\\\slash"', 'back\\slash'],
      ['title = "\\\\"', '\\'],
      ['title = "ends with quote\\""', 'ends with quote"'],
      ['title = "100\\%"', '100%'],
    ])('%s', (input, value) => {
      expect(parseFilter(input)).toEqual([term('title', '=', value)]);
    });
  });

  describe('AND chains', () => {
    it('joins terms with AND, in order', () => {
      expect(parseFilter('display_name : "prod" AND state = STATE_ACTIVE')).toEqual([
        term('display_name', ':', 'prod'),
        term('state', '=', 'STATE_ACTIVE'),
      ]);
    });

    it('takes any number of terms and any whitespace around AND', () => {
      expect(parseFilter(`a = "1"   AND\tb : '2'\nAND c = three AND d="4"`)).toEqual([
        term('a', '=', '1'),
        term('b', ':', '2'),
        term('c', '=', 'three'),
        term('d', '=', '4'),
      ]);
    });

    it('allows the same field twice', () => {
      expect(parseFilter('title : "a" AND title : "b"')).toEqual([term('title', ':', 'a'), term('title', ':', 'b')]);
    });
  });

  describe('anything else is INVALID_ARGUMENT on filter', () => {
    it.each([
      ['OR', 'title = "a" OR title = "b"'],
      ['lower-case and', 'title = "a" and state = STATE_ACTIVE'],
      ['NOT', 'NOT title = "a"'],
      ['minus negation', '-title = "a"'],
      ['parentheses', '(title = "a")'],
      ['parentheses after AND', 'title = "a" AND (state = STATE_ACTIVE)'],
      ['unterminated double quote', 'title = "abc'],
      ['unterminated single quote', "title = 'abc"],
      ['mismatched quotes', `title = "abc'`],
      ['escape at the very end', 'title = "abc\\'],
      ['escaped closing quote only', 'title = "abc\\"'],
      ['missing value', 'title ='],
      ['missing value with space', 'title = '],
      ['missing value before AND', 'title = AND state = STATE_ACTIVE'],
      ['missing operator', 'title "a"'],
      ['bare field', 'title'],
      ['missing field', '= "a"'],
      ['trailing AND', 'title = "a" AND'],
      ['trailing AND and space', 'title = "a" AND '],
      ['leading AND', 'AND title = "a"'],
      ['double AND', 'title = "a" AND AND state = STATE_ACTIVE'],
      ['two values', 'title = a b'],
      ['two quoted values', 'title = "a" "b"'],
      ['junk after a term', 'title = "a" garbage'],
      ['junk after a term with a semicolon', 'title = "a";'],
      ['== operator', 'title == "a"'],
      ['!= operator', 'title != "a"'],
      ['=> operator', 'title => "a"'],
      ['<> operator', 'title <> "a"'],
      ['=< operator', 'create_time =< "a"'],
      ['has-any wildcard', 'title = *'],
      ['function call', 'title.contains("a")'],
      ['dotted field', 'title.sub = "a"'],
      ['upper-case field', 'Title = "a"'],
      ['field starting with a digit', '1title = "a"'],
      ['comma', 'title = "a", state = STATE_ACTIVE'],
      ['a lone quote', '"'],
      ['a lone operator', ':'],
      ['emoji', '🎉'],
      ['SQL injection attempt', "title = 'a' OR 1=1 --"],
      ['too long', `title = "${'x'.repeat(1000)}"`],
    ])('%s: %j', (_label, input) => {
      expectInvalidArgument(() => parseFilter(input), 'filter');
    });
  });

  describe('properties', () => {
    const fieldArb = fc.stringMatching(/^[a-z_][a-z0-9_]{0,15}$/);
    const opArb = fc.constantFrom<FilterOperator>('=', ':', '<', '<=', '>', '>=');
    const valueArb = fc.string({ unit: 'grapheme', maxLength: 20 });
    const termsArb = fc.array(fc.record({ field: fieldArb, op: opArb, value: valueArb }), {
      minLength: 1,
      maxLength: 5,
    });

    const quote = (value: string, q: '"' | "'") => q + value.replace(/[\\"']/g, (c) => '\\' + c) + q;

    it('any string either parses to well-formed terms or throws an RpcError on filter — never anything else', () => {
      const tokens = fc.constantFrom(
        'title',
        'state',
        'a_b',
        'AND',
        'OR',
        'NOT',
        'and',
        '=',
        ':',
        '<',
        '>=',
        '"',
        "'",
        '\\',
        '(',
        ')',
        ' ',
        '  ',
        '\t',
        '-',
        '.',
        '*',
        ',',
        'x',
        'STATE_ACTIVE',
        '"x"',
        "'y'",
        '🎉',
        'é',
        '\u0000',
        '\uD800',
      );
      const filterLike = fc.array(tokens, { maxLength: 12 }).map((t) => t.join(''));
      const anyString = fc.oneof(
        filterLike,
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ maxLength: 60 }),
      );
      fc.assert(
        fc.property(anyString, (input) => {
          let terms: FilterTerm[];
          try {
            terms = parseFilter(input);
          } catch (e) {
            expect(e).toBeInstanceOf(RpcError);
            const err = e as RpcError;
            expect(err.code).toBe(3);
            expect(err.toBody().details).toContainEqual(
              expect.objectContaining({ field_violations: [expect.objectContaining({ field: 'filter' })] }),
            );
            return;
          }
          expect(Array.isArray(terms)).toBe(true);
          for (const t of terms) {
            expect(t.field).toMatch(/^[a-z_][a-z0-9_]*$/);
            expect(['=', ':', '<', '<=', '>', '>=']).toContain(t.op);
            expect(typeof t.value).toBe('string');
          }
        }),
        { numRuns: 3000 },
      );
    });

    it('round-trips any terms written with double quotes', () => {
      fc.assert(
        fc.property(termsArb, (terms) => {
          const text = terms.map((t) => `${t.field} ${t.op} ${quote(t.value, '"')}`).join(' AND ');
          expect(parseFilter(text)).toEqual(terms);
        }),
      );
    });

    it('round-trips any terms written with single quotes and no spaces', () => {
      fc.assert(
        fc.property(termsArb, (terms) => {
          const text = terms.map((t) => `${t.field}${t.op}${quote(t.value, "'")}`).join(' AND ');
          expect(parseFilter(text)).toEqual(terms);
        }),
      );
    });

    it('adding OR between two valid terms always fails', () => {
      fc.assert(
        fc.property(termsArb, termsArb, (a, b) => {
          const write = (ts: FilterTerm[]) => ts.map((t) => `${t.field} ${t.op} ${quote(t.value, '"')}`).join(' AND ');
          expectInvalidArgument(() => parseFilter(`${write(a)} OR ${write(b)}`), 'filter');
        }),
        { numRuns: 200 },
      );
    });
  });
});
