import fc from 'fast-check';
import { RpcError } from '../errors/rpc.error';
import { expectInvalidArgument } from '../errors/rpc-error.testing';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, parsePageSize } from './page-size';

describe('parsePageSize', () => {
  it('the default is 50 and the maximum 1000', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(50);
    expect(MAX_PAGE_SIZE).toBe(1000);
  });

  it.each<[string | undefined, number]>([
    [undefined, 50],
    ['', 50],
    ['0', 50],
    ['00', 50],
    ['1', 1],
    ['7', 7],
    ['050', 50],
    ['50', 50],
    ['999', 999],
    ['1000', 1000],
    ['1001', 1000],
    ['5000', 1000],
    ['99999999999999999999999999', 1000],
  ])('%j → %d', (raw, expected) => {
    expect(parsePageSize(raw)).toBe(expected);
  });

  it.each([
    ['negative', '-1'],
    ['very negative', '-1000'],
    ['a fraction', '1.5'],
    ['a decimal point', '5.0'],
    ['exponent notation', '1e3'],
    ['trailing junk', ' 5x'],
    ['trailing letters', '10abc'],
    ['a word', 'ten'],
    ['hexadecimal', '0x10'],
    ['binary', '0b11'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['two numbers', '5 5'],
    ['a comma', '1,000'],
    ['an underscore separator', '1_000'],
    ['only spaces', '   '],
    ['full-width digits', '５'],
    ['Arabic-Indic digits', '٥'],
    ['a JSON array', '[5]'],
  ])('%s (%j) is INVALID_ARGUMENT on page_size', (_label, raw) => {
    expectInvalidArgument(() => parsePageSize(raw), 'page_size');
  });

  it('any non-negative integer n gives n, 50 for 0, at most 1000', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        expect(parsePageSize(String(n))).toBe(n === 0 ? 50 : Math.min(n, 1000));
      }),
    );
  });

  it('any negative integer is INVALID_ARGUMENT', () => {
    fc.assert(
      fc.property(fc.integer({ max: -1 }), (n) => {
        expectInvalidArgument(() => parsePageSize(String(n)), 'page_size');
      }),
    );
  });

  it('any non-integer number is INVALID_ARGUMENT', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        fc.pre(!Number.isInteger(x));
        expectInvalidArgument(() => parsePageSize(String(x)), 'page_size');
      }),
    );
  });

  it('any string gives an integer from 1 to 1000 or an RpcError on page_size', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 12 }),
          fc.stringMatching(/^[-+ ]?[0-9]{0,6}[.eEx ]?[0-9]{0,3}$/),
        ),
        (raw) => {
          let n: number;
          try {
            n = parsePageSize(raw);
          } catch (e) {
            expect(e).toBeInstanceOf(RpcError);
            expect((e as RpcError).code).toBe(3);
            return;
          }
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(1000);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
