import { PermissionGroupDefinition } from '../permissions/permission.types';

/** What the organizations module can be asked to do (API.md §4). */
export const ORGANIZATION_PERMISSIONS: PermissionGroupDefinition = {
  resource: 'Organization',
  title: 'Organization',
  actions: [
    { action: 'read', title: 'View the organization', readOnly: true },
    { action: 'update', title: 'Rename the organization', readOnly: false },
  ],
};

export const USER_PERMISSIONS: PermissionGroupDefinition = {
  resource: 'User',
  title: 'Users',
  actions: [
    { action: 'read', title: 'View members and their roles', readOnly: true },
    { action: 'create', title: 'Add members', readOnly: false },
    { action: 'update', title: "Change members' roles", readOnly: false },
    { action: 'delete', title: 'Remove members', readOnly: false },
  ],
};

export const ROLE_PERMISSIONS: PermissionGroupDefinition = {
  resource: 'Role',
  title: 'Roles',
  actions: [{ action: 'read', title: 'View roles and their permissions', readOnly: true }],
};
