import { API_KEY_PERMISSIONS } from '../api-keys/api-keys.permissions';
import {
  ORGANIZATION_PERMISSIONS,
  ROLE_PERMISSIONS,
  USER_PERMISSIONS,
} from '../organizations/organizations.permissions';
import { WORKSPACE_PERMISSIONS } from '../workspaces/workspaces.permissions';
import { PermissionRegistry } from './permission-registry';

/**
 * For specs (unit and e2e): the built-in permission catalog of API.md §4.
 */

/** A fresh registry holding every built-in permission group, registered as the app modules do. */
export function builtIns(): PermissionRegistry {
  const registry = new PermissionRegistry();
  for (const g of [
    ORGANIZATION_PERMISSIONS,
    USER_PERMISSIONS,
    ROLE_PERMISSIONS,
    WORKSPACE_PERMISSIONS,
    API_KEY_PERMISSIONS,
  ]) {
    registry.register(g);
  }
  return registry;
}

/** Every built-in permission name, written out (not derived), in catalog order. */
export const BUILT_IN_PERMISSIONS: readonly string[] = [
  'read:Organization',
  'update:Organization',
  'read:User',
  'create:User',
  'update:User',
  'delete:User',
  'read:Role',
  'read:Workspace',
  'create:Workspace',
  'update:Workspace',
  'delete:Workspace',
  'read:ApiKey',
  'create:ApiKey',
  'update:ApiKey',
  'delete:ApiKey',
];
