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
