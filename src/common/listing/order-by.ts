import { invalidField } from '../errors/rpc.error';

/** One sort key of AIP-132 `order_by`: a field of the list and its direction. */
export interface SortKey {
  field: string;
  desc: boolean;
}

/**
 * Parses `order_by` ("a desc, b" …). Fields must be in `allowed`; a field may appear once.
 * Empty means `fallback`.
 */
export function parseOrderBy(input: string | undefined, allowed: readonly string[], fallback: SortKey[]): SortKey[] {
  if (input === undefined || input.trim() === '') return fallback;
  const keys: SortKey[] = [];
  for (const part of input.split(',')) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 2) throw bad(`"${part.trim()}" is not "field [asc|desc]"`);
    const [field, direction = 'asc'] = words;
    if (!allowed.includes(field)) {
      throw bad(`cannot sort by "${field}"; supported fields: ${allowed.join(', ')}`);
    }
    const dir = direction.toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') throw bad(`direction must be asc or desc, not "${direction}"`);
    if (keys.some((k) => k.field === field)) throw bad(`"${field}" appears twice`);
    keys.push({ field, desc: dir === 'desc' });
  }
  return keys;
}

function bad(description: string) {
  return invalidField('order_by', description);
}
