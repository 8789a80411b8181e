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
  readonly resource: string;
  readonly title: string;
  readonly actions: readonly PermissionActionDefinition[];
}

/** The permission names a group declares, as a type: `{ 'read:Workspace': true, ... }`. */
export type PermissionsOf<G extends PermissionGroupDefinition> = {
  [A in G['actions'][number]['action'] as `${A}:${G['resource']}`]: true;
};

/**
 * Every permission some module registers, as a type. Each module adds its own by declaration
 * merging next to its definition:
 *
 *     declare module '../permissions/permission.types' {
 *       interface RegisteredPermissions extends PermissionsOf<typeof INVOICE_PERMISSIONS> {}
 *     }
 *
 * so @RequirePermissions accepts exactly the registered names and a typo fails the type check.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface RegisteredPermissions {}

/** A permission name some module registers (what @RequirePermissions takes). */
export type KnownPermission = Extract<keyof RegisteredPermissions, string>;

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
