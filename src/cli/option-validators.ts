import { MAX_TITLE_CODE_POINTS } from '../common/text';
import { isValidEmail, isValidTitle } from '../common/validation/text-rules';

/** The API's input rules, applied to CLI options (the CLI bypasses the HTTP validation pipe). */
export function requireTitle(flag: string, value: string): string {
  const trimmed = value.trim();
  if (!isValidTitle(trimmed)) {
    throw new Error(`${flag} must be 1 to ${MAX_TITLE_CODE_POINTS} characters after trimming`);
  }
  return trimmed;
}

export function requireEmail(flag: string, value: string): string {
  const trimmed = value.trim();
  if (!isValidEmail(trimmed)) throw new Error(`${flag} must be an email address`);
  return trimmed;
}

export function requireEnum<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`${flag} must be one of: ${allowed.join(', ')}`);
  }
  return value as T;
}
