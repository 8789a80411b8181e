import { isEmail } from 'class-validator';
import { codePointLength, fitsEmailColumns, isWellFormed, MAX_TITLE_CODE_POINTS } from '../common/text';

/** The API's input rules, applied to CLI options (the CLI bypasses the HTTP validation pipe). */
export function requireTitle(flag: string, value: string): string {
  const trimmed = value.trim();
  const length = codePointLength(trimmed);
  if (length < 1 || length > MAX_TITLE_CODE_POINTS || !isWellFormed(trimmed)) {
    throw new Error(`${flag} must be 1 to ${MAX_TITLE_CODE_POINTS} characters after trimming`);
  }
  return trimmed;
}

export function requireEmail(flag: string, value: string): string {
  const trimmed = value.trim();
  if (!fitsEmailColumns(trimmed) || !isEmail(trimmed, { allow_utf8_local_part: true })) {
    throw new Error(`${flag} must be an email address`);
  }
  return trimmed;
}

export function requireEnum<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`${flag} must be one of: ${allowed.join(', ')}`);
  }
  return value as T;
}
