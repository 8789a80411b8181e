import { PermissionGroupDefinition, PermissionsOf } from '../permissions/permission.types';

/** What the organizations module can be asked to do (API.md §4). */
export const ORGANIZATION_PERMISSIONS = {
  resource: 'Organization',
  title: 'Organization',
  actions: [
    { action: 'read', title: 'View the organization', readOnly: true },
    { action: 'update', title: 'Rename the organization', readOnly: false },
  ],
} as const satisfies PermissionGroupDefinition;

export const USER_PERMISSIONS = {
  resource: 'User',
  title: 'Users',
  actions: [
    { action: 'read', title: 'View members and their roles', readOnly: true },
    { action: 'create', title: 'Add members', readOnly: false },
    { action: 'update', title: "Change members' roles", readOnly: false },
    { action: 'delete', title: 'Remove members', readOnly: false },
  ],
} as const satisfies PermissionGroupDefinition;

export const ROLE_PERMISSIONS = {
  resource: 'Role',
  title: 'Roles',
  actions: [{ action: 'read', title: 'View roles and their permissions', readOnly: true }],
} as const satisfies PermissionGroupDefinition;

declare module '../permissions/permission.types' {
  interface RegisteredPermissions
    extends
      PermissionsOf<typeof ORGANIZATION_PERMISSIONS>,
      PermissionsOf<typeof USER_PERMISSIONS>,
      PermissionsOf<typeof ROLE_PERMISSIONS> {}
}
