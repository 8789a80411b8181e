import { PermissionCatalog, PermissionName } from './permission.types';

/** The built-in organization roles. Their permissions are derived from the catalog. */
export const ROLE_IDS = ['org-admin', 'org-member'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RoleDefinition {
  id: RoleId;
  title: string;
  description: string;
}

export const ROLES: readonly RoleDefinition[] = [
  {
    id: 'org-admin',
    title: 'Organization Admin',
    description: 'Every permission in the organization, including managing members and every API key.',
  },
  {
    id: 'org-member',
    title: 'Organization Member',
    description: 'Reads everything in the organization and manages their own API keys.',
  },
];

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}

export function rolePermissions(role: RoleId, catalog: PermissionCatalog): PermissionName[] {
  if (role === 'org-admin') return [...catalog.all];
  const granted = new Set([...catalog.readOnly, ...catalog.memberExtras]);
  return catalog.all.filter((p) => granted.has(p));
}
