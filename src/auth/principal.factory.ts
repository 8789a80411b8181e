import { Injectable } from '@nestjs/common';
import { VerifiedKey } from '../api-keys/api-key-credentials.service';
import { effectivePermissions, levelPermissions, PermissionLevel } from '../permissions/grants';
import { PermissionRegistry } from '../permissions/permission-registry';
import { PermissionName } from '../permissions/permission.types';
import { Principal } from '../permissions/principal';
import { RoleId, rolePermissions } from '../permissions/roles';

/**
 * Builds the request's principal: effective permissions = key level ∩ the owner's current role.
 * For ALL and READ_ONLY keys that set depends only on (level, role) and the catalog, so it is
 * computed once per pair and shared (read-only) by every request; RESTRICTED keys get their own.
 */
@Injectable()
export class PrincipalFactory {
  private readonly shared = new Map<string, ReadonlySet<PermissionName>>();
  /** The catalog the shared sets were computed from; a registration (tests, start-up) resets them. */
  private sharedFor: readonly PermissionName[] | null = null;

  constructor(private readonly registry: PermissionRegistry) {}

  create({ key, owner, workspaceIds, viaPreviousSecret }: VerifiedKey): Principal {
    return {
      organizationId: key.organizationId,
      userId: owner.id,
      userDisplayName: owner.displayName,
      userEmail: owner.email,
      role: owner.role,
      apiKeyId: key.id,
      grants: {
        level: key.permissionLevel,
        permissions: key.permissions,
        scope: key.workspaceScope,
        workspaceIds,
      },
      keyExpireTime: key.expireTime,
      viaPreviousSecret,
      allowedIps: key.allowedIps,
      effectivePermissions:
        key.permissionLevel === 'PERMISSION_LEVEL_RESTRICTED'
          ? this.compute(key.permissionLevel, key.permissions, owner.role)
          : this.sharedSet(key.permissionLevel, owner.role),
    };
  }

  private sharedSet(level: PermissionLevel, role: RoleId): ReadonlySet<PermissionName> {
    if (this.sharedFor !== this.registry.all) {
      this.shared.clear();
      this.sharedFor = this.registry.all;
    }
    const memo = `${level} ${role}`;
    let set = this.shared.get(memo);
    if (!set) {
      set = this.compute(level, [], role);
      this.shared.set(memo, set);
    }
    return set;
  }

  private compute(level: PermissionLevel, permissions: readonly PermissionName[], role: RoleId): Set<PermissionName> {
    return effectivePermissions(
      levelPermissions(level, permissions, this.registry),
      rolePermissions(role, this.registry),
    );
  }
}
