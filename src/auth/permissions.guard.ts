import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { organizationMismatch, permissionMissing, workspaceOutOfScope } from '../common/errors/rpc.error';
import {
  AUTHENTICATED_ONLY,
  IS_PUBLIC,
  REQUIRED_PERMISSIONS,
  REQUIRES_ALL_WORKSPACES,
} from '../permissions/decorators';
import { canReachWorkspace, Principal, PRINCIPAL_PROPERTY } from '../permissions/principal';

/** Route parameters the guard checks by name, so no route can forget its scope check. */
export const ORGANIZATION_PARAM = 'organizationId';
export const WORKSPACE_PARAM = 'workspaceId';

/**
 * Global guard 3 of 3: authorization before existence (API.md §2). The organization in the path
 * must be the key's; the route's @RequirePermissions must be in the effective set; a workspace in
 * the path must be within the key's scope. All are 403 whether or not the resource exists. A route
 * that declares neither @Public, @Authenticated nor @RequirePermissions is refused (fail closed).
 */
@Injectable()
export class PermissionsGuard implements CanActivate {
  private readonly logger = new Logger(PermissionsGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const principal = request[PRINCIPAL_PROPERTY] as Principal;
    const params = (request.params ?? {}) as Record<string, string>;

    const required = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_PERMISSIONS, targets);
    if (!required && !this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_ONLY, targets)) {
      this.logger.error(
        `Route ${context.getClass().name}.${context.getHandler().name} declares no access rule; refusing.`,
      );
      throw permissionMissing('undeclared');
    }
    if (params[ORGANIZATION_PARAM] !== undefined && params[ORGANIZATION_PARAM] !== principal.organizationId) {
      throw organizationMismatch();
    }
    for (const permission of required ?? []) {
      if (!principal.effectivePermissions.has(permission)) throw permissionMissing(permission);
    }
    if (
      this.reflector.getAllAndOverride<boolean>(REQUIRES_ALL_WORKSPACES, targets) &&
      principal.grants.scope !== 'WORKSPACE_SCOPE_ALL'
    ) {
      throw workspaceOutOfScope('This operation needs an API key with all-workspaces scope.');
    }
    const workspaceId = params[WORKSPACE_PARAM];
    if (workspaceId !== undefined && !canReachWorkspace(principal, workspaceId)) throw workspaceOutOfScope();
    return true;
  }
}
