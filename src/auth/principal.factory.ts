import { Injectable } from '@nestjs/common';
import { VerifiedKey } from '../api-keys/api-key-credentials.service';
import { effectivePermissions, levelPermissions } from '../permissions/grants';
import { PermissionRegistry } from '../permissions/permission-registry';
import { Principal } from '../permissions/principal';
import { rolePermissions } from '../permissions/roles';

/** Builds the request's principal: effective permissions = key level ∩ the owner's current role. */
@Injectable()
export class PrincipalFactory {
  constructor(private readonly registry: PermissionRegistry) {}

  create({ key, owner, workspaceIds }: VerifiedKey): Principal {
    const level = levelPermissions(key.permissionLevel, key.permissions, this.registry);
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
      effectivePermissions: effectivePermissions(level, rolePermissions(owner.role, this.registry)),
    };
  }
}
