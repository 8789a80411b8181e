import fc from 'fast-check';
import { codePointLength, foldCase, likeContains, MAX_TITLE_CODE_POINTS } from './text';

/** Evaluates a SQL LIKE pattern with ESCAPE '!' the way both databases do (on already-folded text). */
function like(text: string, pattern: string): boolean {
  let re = '';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '!') re += escapeRegExp(chars[++i] ?? '');
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`, 'su').test(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('MAX_TITLE_CODE_POINTS', () => {
  it('is 100', () => expect(MAX_TITLE_CODE_POINTS).toBe(100));
});

describe('codePointLength', () => {
  it.each<[string, number]>([
    ['', 0],
    ['a', 1],
    ['abc', 3],
    ['Café', 4],
    ['🎉', 1],
    ['🎉🎉', 2],
    ['a🎉b', 3],
    ['𝒳', 1],
    ['日本語', 3],
    ['e\u0301', 2], // a combining accent is its own code point
    ['👍🏽', 2], // emoji + skin-tone modifier: two code points
  ])('%j has %d code points', (text, n) => {
    expect(codePointLength(text)).toBe(n);
  });

  it('counts an emoji as 1 where .length says 2', () => {
    expect('🎉'.length).toBe(2);
    expect(codePointLength('🎉')).toBe(1);
    expect(codePointLength('🎉'.repeat(100))).toBe(100);
  });

  it('equals the number of code points for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(codePointLength(s)).toBe(Array.from(s).length);
        expect(codePointLength(s)).toBeLessThanOrEqual(s.length);
      }),
    );
  });
});

describe('foldCase', () => {
  it('lower-cases with Unicode rules and keeps accents', () => {
    expect(foldCase('Café')).toBe('café');
    expect(foldCase('Café')).not.toBe('cafe');
    expect(foldCase('CAFÉ')).toBe('café');
    expect(foldCase('ÉCOLE')).toBe('école');
    expect(foldCase('Straße')).toBe('straße');
    expect(foldCase('ΑΘΗΝΑ')).toMatch(/^αθην/);
    expect(foldCase('Ünïcödé')).toBe('ünïcödé');
  });

  it('does not strip accents: Café and cafe stay different', () => {
    expect(foldCase('Café')).not.toBe(foldCase('cafe'));
    expect(foldCase('CAFE')).toBe(foldCase('cafe'));
  });

  it('normalizes to NFC, so composed and decomposed spellings fold alike', () => {
    const decomposed = 'Cafe\u0301';
    expect(decomposed).not.toBe('Café');
    expect(foldCase(decomposed)).toBe('café');
    expect(foldCase(decomposed)).toBe(foldCase('CAFÉ'));
  });

  it('keeps emoji and non-cased scripts as they are', () => {
    expect(foldCase('🎉 Party 日本')).toBe('🎉 party 日本');
  });

  it('is idempotent and case-insensitive for ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldCase(foldCase(s))).toBe(foldCase(s));
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(foldCase(s.toUpperCase())).toBe(foldCase(s.toLowerCase()));
      }),
    );
  });
});

describe('likeContains', () => {
  it.each<[string, string]>([
    ['abc', '%abc%'],
    ['ABC', '%abc%'],
    ['Café', '%café%'],
    ['50%', '%50!%%'],
    ['a_b', '%a!_b%'],
    ['wow!', '%wow!!%'],
    ['!%_', '%!!!%!_%'],
    ['', '%%'],
    ['it\'s \\ "x"', '%it\'s \\ "x"%'],
  ])('%j → %j', (value, pattern) => {
    expect(likeContains(value)).toBe(pattern);
  });

  it('a pattern matches exactly the folded texts that contain the folded value', () => {
    const alphabet = fc.constantFrom('a', 'B', 'é', 'É', '%', '_', '!', '\\', ' ', '🎉', 'x');
    const text = fc.array(alphabet, { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (haystack, needle) => {
        expect(like(foldCase(haystack), likeContains(needle))).toBe(foldCase(haystack).includes(foldCase(needle)));
      }),
      { numRuns: 3000 },
    );
  });

  it('% and _ in the value are literal: "50%" does not match "500"', () => {
    expect(like('500', likeContains('50%'))).toBe(false);
    expect(like('a 50% off', likeContains('50%'))).toBe(true);
    expect(like('axb', likeContains('a_b'))).toBe(false);
    expect(like('a_b', likeContains('a_b'))).toBe(true);
  });
});
