/** A permission string in the Kognitos role format, `action:Resource` (e.g. `read:Workspace`). */
export type PermissionName = string;

export interface PermissionActionDefinition {
  action: string;
  title: string;
  /** Read-only actions are in PERMISSION_LEVEL_READ_ONLY and in every role. */
  readOnly: boolean;
  /** Non-read actions that the org-member role also holds (e.g. managing one's own API keys). */
  grantedToMembers?: boolean;
}

/** What a feature module declares about itself, in one place (e.g. `workspaces.permissions.ts`). */
export interface PermissionGroupDefinition {
  resource: string;
  title: string;
  actions: PermissionActionDefinition[];
}

export function permissionName(action: string, resource: string): PermissionName {
  return `${action}:${resource}`;
}

/** The read-only view of the catalog that the permission algebra needs. */
export interface PermissionCatalog {
  /** Every registered permission, in registration order. */
  readonly all: readonly PermissionName[];
  /** Every read-only permission. */
  readonly readOnly: readonly PermissionName[];
  /** Non-read permissions granted to org-member. */
  readonly memberExtras: readonly PermissionName[];
  has(name: string): boolean;
}
