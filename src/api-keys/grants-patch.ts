import { PermissionLevel, WorkspaceScope } from '../permissions/grants';
import { GrantsRequest } from './requested-grants';

/** A key's stored grants, in the request's terms (workspaces as resource names). */
export interface StoredGrants {
  level: PermissionLevel;
  permissions: readonly string[];
  scope: WorkspaceScope;
  workspaces: readonly string[];
}

/** The grant fields a PATCH body may send. */
export interface GrantsPatch {
  permission_level?: PermissionLevel;
  permissions?: string[];
  workspace_scope?: WorkspaceScope;
  workspaces?: string[];
}

export function patchSendsGrants(patch: GrantsPatch): boolean {
  return [patch.permission_level, patch.permissions, patch.workspace_scope, patch.workspaces].some(
    (v) => v !== undefined,
  );
}

/**
 * The grants a PATCH asks for (API.md §7): each field sent replaces the stored one; switching the
 * level to ALL or READ_ONLY clears the stored permission list, and switching the scope to ALL clears
 * the stored workspaces (a list sent alongside is kept, and then refused by the create rules). The
 * result is validated like a create (RequestedGrants.resolve).
 */
export function mergeGrantsPatch(stored: StoredGrants, patch: GrantsPatch): GrantsRequest {
  const level = patch.permission_level ?? stored.level;
  const scope = patch.workspace_scope ?? stored.scope;
  const levelSwitchedAway = patch.permission_level !== undefined && level !== 'PERMISSION_LEVEL_RESTRICTED';
  const scopeSwitchedAway = patch.workspace_scope !== undefined && scope !== 'WORKSPACE_SCOPE_SPECIFIC';
  return {
    level,
    permissions: patch.permissions ?? (levelSwitchedAway ? [] : stored.permissions),
    scope,
    workspaces: patch.workspaces ?? (scopeSwitchedAway ? [] : stored.workspaces),
  };
}
