import { PermissionGroupDefinition, PermissionsOf } from '../permissions/permission.types';

export const WORKSPACE_PERMISSIONS = {
  resource: 'Workspace',
  title: 'Workspaces',
  actions: [
    { action: 'read', title: 'View workspaces', readOnly: true },
    { action: 'create', title: 'Create workspaces (needs an all-workspaces key)', readOnly: false },
    { action: 'update', title: 'Edit workspaces', readOnly: false },
    { action: 'delete', title: 'Delete workspaces', readOnly: false },
  ],
} as const satisfies PermissionGroupDefinition;

declare module '../permissions/permission.types' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this module's names
  interface RegisteredPermissions extends PermissionsOf<typeof WORKSPACE_PERMISSIONS> {}
}
