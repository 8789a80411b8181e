import { PermissionGroupDefinition, PermissionsOf } from '../permissions/permission.types';

/**
 * Reading the audit log. Members hold it too (it is read-only), but see only the events about
 * themselves and their own keys (API.md §9).
 */
export const AUDIT_PERMISSIONS = {
  resource: 'AuditEvent',
  title: 'Audit log',
  actions: [{ action: 'read', title: 'View audit events', readOnly: true }],
} as const satisfies PermissionGroupDefinition;

declare module '../permissions/permission.types' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this module's names
  interface RegisteredPermissions extends PermissionsOf<typeof AUDIT_PERMISSIONS> {}
}
