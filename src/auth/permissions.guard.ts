import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import {
  escalationDenied,
  invalidField,
  ipNotAllowed,
  organizationMismatch,
  permissionMissing,
  workspaceOutOfScope,
} from '../common/errors/rpc.error';
import { allowsAddress } from '../api-keys/ip-allowlist';
import { canReachWorkspace, Principal, PRINCIPAL_PROPERTY } from '../permissions/principal';
import { RouteAccessReader } from '../permissions/route-access';
import type { FastifyRequest } from 'fastify';
import { Authentication, VERIFIED_KEY_PROPERTY } from './authentication';
import { IpDenialAudit } from './ip-denial-audit';

/** Route parameters the guard checks by name, so no route can forget its scope check. */
export const ORGANIZATION_PARAM = 'organizationId';
export const WORKSPACE_PARAM = 'workspaceId';

/**
 * Global guard 3 of 3: authorization before existence (API.md §2). A key with an IP allowlist is
 * refused from any other client address (403 IP_NOT_ALLOWED). The organization in the path
 * must be the key's; the route's @RequirePermissions must be in the effective set; a route marked
 * @RequireCurrentSecret refuses a rotated-out secret; a workspace in the path must be within the
 * key's scope. All are 403 whether or not the resource exists. A route
 * that declares neither @Public, @Authenticated nor @RequirePermissions is refused (fail closed).
 */
@Injectable()
export class PermissionsGuard implements CanActivate {
  private readonly logger = new Logger(PermissionsGuard.name);

  constructor(
    private readonly access: RouteAccessReader,
    private readonly ipDenials: IpDenialAudit,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.access.of(context);
    if (access.isPublic) return true;
    if (!access.authenticated) {
      this.logger.error(
        `Route ${context.getClass().name}.${context.getHandler().name} declares no access rule; refusing.`,
      );
      throw permissionMissing('undeclared');
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & Record<string, unknown>>();
    const principal = request[PRINCIPAL_PROPERTY] as Principal;
    const params = (request.params ?? {}) as Record<string, string | undefined>;

    // The key's allowlist first: from anywhere else, the key may do nothing at all.
    if (!allowsAddress(principal.allowedIps, request.ip)) {
      const verified = request[VERIFIED_KEY_PROPERTY] as Authentication['key'];
      void this.ipDenials.denied(principal, verified.key.displayName, request);
      throw ipNotAllowed();
    }

    // A pasted resource name ("organizations/abc") where the id belongs is a plain mistake, not
    // another organization: say so instead of a misleading 403.
    for (const [name, value] of Object.entries(params)) {
      if (value?.includes('/')) {
        throw invalidField(name, `${name} takes the id (the last part of the resource name), not "${value}".`);
      }
    }
    const organizationId = params[ORGANIZATION_PARAM];
    if (organizationId !== undefined && organizationId !== principal.organizationId) throw organizationMismatch();
    for (const permission of access.required) {
      if (!principal.effectivePermissions.has(permission)) throw permissionMissing(permission);
    }
    if (access.requiresCurrentSecret && principal.viaPreviousSecret) {
      throw escalationDenied(
        "A key's rotated-out secret cannot create, change, rotate or delete API keys; use its current secret.",
      );
    }
    if (access.requiresAllWorkspaces && principal.grants.scope !== 'WORKSPACE_SCOPE_ALL') {
      throw workspaceOutOfScope('This operation needs an API key with all-workspaces scope.');
    }
    const workspaceId = params[WORKSPACE_PARAM];
    if (workspaceId !== undefined && !canReachWorkspace(principal, workspaceId)) throw workspaceOutOfScope();
    return true;
  }
}
