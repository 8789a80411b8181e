import { h } from './dom.js';
import type { ApiKey, Expiration } from './types.js';

export const EXPIRATIONS: { value: Expiration; label: string }[] = [
  { value: 'EXPIRATION_7_DAYS', label: '7 days' },
  { value: 'EXPIRATION_30_DAYS', label: '30 days' },
  { value: 'EXPIRATION_60_DAYS', label: '60 days' },
  { value: 'EXPIRATION_90_DAYS', label: '90 days' },
  { value: 'EXPIRATION_180_DAYS', label: '180 days' },
  { value: 'EXPIRATION_1_YEAR', label: '1 year' },
];

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `<time>` showing the date (or date and time), with the exact instant in `datetime` and its tooltip. */
export function time(iso: string, withTime = false): HTMLTimeElement {
  const date = new Date(iso);
  return h('time', { datetime: iso, title: iso }, (withTime ? DATE_TIME : DATE).format(date));
}

/** The last part of a resource name (`organizations/o/workspaces/w` → `w`). */
export function idOf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

export function scopeLabel(key: ApiKey, workspaceTitles: Map<string, string>): string {
  if (key.workspace_scope === 'WORKSPACE_SCOPE_ALL') return 'All workspaces';
  if (key.workspaces.length === 0) return 'No workspace';
  return key.workspaces
    .map((w) => workspaceTitles.get(w) ?? idOf(w))
    .sort((a, b) => a.localeCompare(b))
    .join(', ');
}

export function permissionsLabel(key: ApiKey): string {
  switch (key.permission_level) {
    case 'PERMISSION_LEVEL_ALL':
      return 'All';
    case 'PERMISSION_LEVEL_READ_ONLY':
      return 'Read only';
    case 'PERMISSION_LEVEL_RESTRICTED':
      return `Restricted (${key.permissions.length})`;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
