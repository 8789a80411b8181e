import { PermissionCatalog, PermissionName } from './permission.types';

/**
 * The permission algebra of API.md §4–5, pure and unit-tested. A key's grants are its level (with
 * the list for RESTRICTED) and its workspace scope; the owner's role is applied on top at request
 * time.
 */
export const PERMISSION_LEVELS = [
  'PERMISSION_LEVEL_ALL',
  'PERMISSION_LEVEL_READ_ONLY',
  'PERMISSION_LEVEL_RESTRICTED',
] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export const WORKSPACE_SCOPES = ['WORKSPACE_SCOPE_ALL', 'WORKSPACE_SCOPE_SPECIFIC'] as const;
export type WorkspaceScope = (typeof WORKSPACE_SCOPES)[number];

export interface Grants {
  level: PermissionLevel;
  /** Only for RESTRICTED. */
  permissions: readonly PermissionName[];
  scope: WorkspaceScope;
  /** Only for SPECIFIC. */
  workspaceIds: readonly string[];
}

/** The permissions a level stands for today (ALL and READ_ONLY grow with the catalog). */
export function levelPermissions(
  level: PermissionLevel,
  permissions: readonly PermissionName[],
  catalog: PermissionCatalog,
): Set<PermissionName> {
  switch (level) {
    case 'PERMISSION_LEVEL_ALL':
      return new Set(catalog.all);
    case 'PERMISSION_LEVEL_READ_ONLY':
      return new Set(catalog.readOnly);
    case 'PERMISSION_LEVEL_RESTRICTED':
      return new Set(permissions.filter((p) => catalog.has(p)));
  }
}

/**
 * Level inclusion compares levels first: ALL ⊆ X only if X is ALL; READ_ONLY ⊆ X only if X is ALL
 * or READ_ONLY (a RESTRICTED list that happens to hold every read today would not hold tomorrow's);
 * a RESTRICTED list ⊆ X if each entry is in X's set today.
 */
export function levelWithin(
  inner: Pick<Grants, 'level' | 'permissions'>,
  outer: Pick<Grants, 'level' | 'permissions'>,
  catalog: PermissionCatalog,
): boolean {
  switch (inner.level) {
    case 'PERMISSION_LEVEL_ALL':
      return outer.level === 'PERMISSION_LEVEL_ALL';
    case 'PERMISSION_LEVEL_READ_ONLY':
      return outer.level === 'PERMISSION_LEVEL_ALL' || outer.level === 'PERMISSION_LEVEL_READ_ONLY';
    case 'PERMISSION_LEVEL_RESTRICTED': {
      const allowed = levelPermissions(outer.level, outer.permissions, catalog);
      return inner.permissions.every((p) => allowed.has(p));
    }
  }
}

/** Anything ⊆ ALL; SPECIFIC A ⊆ SPECIFIC B iff A ⊆ B; ALL ⊄ SPECIFIC. */
export function scopeWithin(
  inner: Pick<Grants, 'scope' | 'workspaceIds'>,
  outer: Pick<Grants, 'scope' | 'workspaceIds'>,
): boolean {
  if (outer.scope === 'WORKSPACE_SCOPE_ALL') return true;
  if (inner.scope === 'WORKSPACE_SCOPE_ALL') return false;
  const allowed = new Set(outer.workspaceIds);
  return inner.workspaceIds.every((w) => allowed.has(w));
}

export function grantsWithin(inner: Grants, outer: Grants, catalog: PermissionCatalog): boolean {
  return levelWithin(inner, outer, catalog) && scopeWithin(inner, outer);
}

/** Effective permissions of a request = the key's level ∩ the owner's current role. */
export function effectivePermissions(
  keyLevel: Set<PermissionName>,
  rolePermissions: readonly PermissionName[],
): Set<PermissionName> {
  return new Set(rolePermissions.filter((p) => keyLevel.has(p)));
}
