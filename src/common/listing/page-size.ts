import { invalidField } from '../errors/rpc.error';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

/** `page_size` of API.md §1: a decimal integer; 0 or absent = 50; above 1000 = 1000. */
export function parsePageSize(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PAGE_SIZE;
  if (!/^\+?\d+$/.test(raw.trim())) {
    throw invalidField('page_size', 'page_size must be a non-negative decimal integer.');
  }
  const n = Number(raw.trim());
  if (n === 0) return DEFAULT_PAGE_SIZE;
  return Math.min(n, MAX_PAGE_SIZE);
}
