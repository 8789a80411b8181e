import { AuditValue } from '../audit/audit-changes';
import { names } from '../common/resource-names';
import { toTimestamp } from '../common/time';
import { ApiKeyEntity } from './api-key.entity';

/**
 * A key's fields as its audit events record them (API.md §9), by wire name: what it may do, where
 * from, and until when. Never the secret, its hash, or any part of it but `key_prefix` (which is
 * recorded only by rotation).
 */
export function auditedKeyFields(
  key: Pick<
    ApiKeyEntity,
    | 'organizationId'
    | 'displayName'
    | 'expireTime'
    | 'permissionLevel'
    | 'permissions'
    | 'workspaceScope'
    | 'allowedIps'
  >,
  workspaceIds: readonly string[],
): Record<string, AuditValue> {
  return {
    display_name: key.displayName,
    expire_time: toTimestamp(key.expireTime),
    permission_level: key.permissionLevel,
    permissions: key.permissionLevel === 'PERMISSION_LEVEL_RESTRICTED' ? [...key.permissions] : [],
    workspace_scope: key.workspaceScope,
    workspaces:
      key.workspaceScope === 'WORKSPACE_SCOPE_SPECIFIC'
        ? workspaceIds.map((w) => names.workspace(key.organizationId, w))
        : [],
    allowed_ips: [...key.allowedIps],
  };
}
