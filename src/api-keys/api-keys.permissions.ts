import { PermissionGroupDefinition, PermissionsOf } from '../permissions/permission.types';

/** Members hold create/update/delete too: ownership (not a permission) limits them to their own keys. */
export const API_KEY_PERMISSIONS = {
  resource: 'ApiKey',
  title: 'API keys',
  actions: [
    { action: 'read', title: 'View API keys', readOnly: true },
    { action: 'create', title: 'Create API keys for oneself', readOnly: false, grantedToMembers: true },
    { action: 'update', title: 'Edit and rotate API keys', readOnly: false, grantedToMembers: true },
    { action: 'delete', title: 'Delete (revoke) API keys', readOnly: false, grantedToMembers: true },
  ],
} as const satisfies PermissionGroupDefinition;

declare module '../permissions/permission.types' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this module's names
  interface RegisteredPermissions extends PermissionsOf<typeof API_KEY_PERMISSIONS> {}
}
