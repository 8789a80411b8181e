import { isEmail } from 'class-validator';
import { codePointLength, fitsEmailColumns, isWellFormed, MAX_TITLE_CODE_POINTS } from '../text';

/**
 * The text rules of API.md §1 as plain predicates on already-trimmed values, shared by the DTO
 * decorators (HTTP) and the CLI's option checks, so both accept exactly the same input.
 */
export function isValidTitle(value: string): boolean {
  const length = codePointLength(value);
  return isWellFormed(value) && length >= 1 && length <= MAX_TITLE_CODE_POINTS;
}

export function isValidEmail(value: string): boolean {
  if (!fitsEmailColumns(value)) return false; // also rules out lone surrogates, which make isEmail throw
  try {
    return isEmail(value, { allow_utf8_local_part: true });
  } catch {
    return false;
  }
}
