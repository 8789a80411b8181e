import { invalidField } from '../errors/rpc.error';

/**
 * The AIP-160 subset of API.md §1: `field = value` (exact), `field : value` (contains) and the
 * comparisons `<`, `<=`, `>`, `>=` (for times, §9), values in double or single quotes (backslash
 * escapes the quote) or bare words, terms joined by AND. Each list declares which operators each
 * of its fields takes. Anything else is INVALID_ARGUMENT on `filter`; the parser never throws
 * anything but RpcError.
 */
export type FilterOperator = '=' | ':' | '<' | '<=' | '>' | '>=';

export interface FilterTerm {
  field: string;
  op: FilterOperator;
  value: string;
}

const MAX_FILTER_LENGTH = 1000;

export function parseFilter(input: string | undefined): FilterTerm[] {
  if (input === undefined || input.trim() === '') return [];
  if (input.length > MAX_FILTER_LENGTH) throw bad(`is longer than ${MAX_FILTER_LENGTH} characters`);
  const scanner = new Scanner(input);
  const terms: FilterTerm[] = [];
  for (;;) {
    terms.push(parseTerm(scanner));
    scanner.skipSpace();
    if (scanner.done()) return terms;
    const word = scanner.word();
    if (word !== 'AND') {
      throw bad(
        word ? `only AND can join terms, found "${word}"` : `unexpected "${scanner.peek()}" at ${scanner.pos + 1}`,
      );
    }
  }
}

function parseTerm(s: Scanner): FilterTerm {
  s.skipSpace();
  const field = s.word();
  if (!field) throw bad(s.done() ? 'ends where a field name was expected' : `expected a field name at ${s.pos + 1}`);
  if (!/^[a-z_][a-z0-9_]*$/.test(field)) throw bad(`"${field}" is not a field name`);
  s.skipSpace();
  const op = s.operator();
  if (!op) throw bad(`expected an operator (=, :, <, <=, >, >=) after "${field}"`);
  s.skipSpace();
  const value = s.value();
  return { field, op, value };
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(): string {
    return this.text[this.pos];
  }
  operator(): FilterOperator | null {
    const two = this.text.slice(this.pos, this.pos + 2);
    if (two === '<=' || two === '>=') {
      this.pos += 2;
      return two;
    }
    const one = this.peek();
    if (one === '=' || one === ':' || one === '<' || one === '>') {
      this.pos++;
      return one;
    }
    return null;
  }
  skipSpace(): void {
    while (!this.done() && /\s/.test(this.peek())) this.pos++;
  }
  word(pattern = /[A-Za-z0-9_.-]/): string {
    const start = this.pos;
    while (!this.done() && pattern.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }
  value(): string {
    const quote = this.peek();
    if (quote !== '"' && quote !== "'") {
      // Bare values may also hold '/', so resource names need no quotes (`owner = organizations/o/users/u`).
      const bare = this.word(/[A-Za-z0-9_./-]/);
      if (!bare) throw bad(this.done() ? 'ends where a value was expected' : `expected a value at ${this.pos + 1}`);
      if (bare === 'AND') throw bad('expected a value before AND');
      return bare;
    }
    this.pos++;
    let out = '';
    while (!this.done()) {
      const c = this.text[this.pos++];
      if (c === quote) return out;
      if (c === '\\') {
        if (this.done()) break;
        out += this.text[this.pos++];
      } else {
        out += c;
      }
    }
    throw bad('has an unterminated quoted value');
  }
}

function bad(description: string) {
  return invalidField('filter', `The filter ${description}.`);
}
