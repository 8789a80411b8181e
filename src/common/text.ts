/**
 * Text rules of API.md §1: titles and names are trimmed and 1–100 Unicode code points; uniqueness,
 * `:` filters and ordering use a stored folded copy (NFC + Unicode lower-casing, accents kept), so
 * SQLite and MySQL (binary collation) behave identically.
 */
export const MAX_TITLE_CODE_POINTS = 100;

export function codePointLength(value: string): number {
  return [...value].length;
}

export function foldCase(value: string): string {
  return value.normalize('NFC').toLowerCase();
}

/** Escapes a value for `LIKE ... ESCAPE '!'` (portable: no backslash rules to disagree on). */
export function likeContains(value: string): string {
  return `%${foldCase(value).replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Valid Unicode (no lone surrogate halves, which MySQL would silently store as U+FFFD). */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** Email addresses: at most 254 characters, and their folded form must fit its column. */
export const MAX_EMAIL_LENGTH = 254;
const MAX_FOLDED_EMAIL_CODE_POINTS = 320;

/** A plausible email for storage: well-formed Unicode whose folded form fits (validation aside). */
export function fitsEmailColumns(value: string): boolean {
  return (
    value.length <= MAX_EMAIL_LENGTH &&
    isWellFormed(value) &&
    codePointLength(foldCase(value)) <= MAX_FOLDED_EMAIL_CODE_POINTS
  );
}
