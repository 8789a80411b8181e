/**
 * The signed-in key lives in sessionStorage only (API.md §13): it is gone when the tab closes,
 * never in localStorage, a cookie or a URL.
 */
const KEY_ITEM = 'tessera.console.key';

export const session = {
  key(): string | null {
    return sessionStorage.getItem(KEY_ITEM);
  },
  signIn(key: string): void {
    sessionStorage.setItem(KEY_ITEM, key);
  },
  signOut(): void {
    sessionStorage.clear();
  },
};

const LIMIT_ITEM = 'tessera.console.keyLimit';

/**
 * The organization's key limit (MAX_API_KEYS_PER_ORGANIZATION). The API states it only when it is
 * reached (the 429's ErrorInfo `metadata.limit`, API.md §2), so the console assumes the documented
 * default until an answer says otherwise, and remembers that answer for the tab.
 */
export const DEFAULT_KEY_LIMIT = 10;

export const keyLimit = {
  get(): number {
    const stored = Number(sessionStorage.getItem(LIMIT_ITEM));
    return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_KEY_LIMIT;
  },
  learn(limit: string | undefined): void {
    if (limit && /^\d+$/.test(limit)) sessionStorage.setItem(LIMIT_ITEM, limit);
  },
};
