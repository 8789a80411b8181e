import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Grants } from './grants';
import { PermissionName } from './permission.types';
import { RoleId } from './roles';

/**
 * Who is calling: resolved from the bearer key by the auth module on every request. Features read
 * it with @CurrentPrincipal() and never look at the raw request.
 */
export interface Principal {
  organizationId: string;
  userId: string;
  userDisplayName: string;
  userEmail: string;
  role: RoleId;
  apiKeyId: string;
  grants: Grants;
  keyExpireTime: number;
  /** The key's IP allowlist, normalized ([] = any address). */
  allowedIps: readonly string[];
  /** Authenticated with the key's rotated-out secret (still in its grace period). */
  viaPreviousSecret: boolean;
  effectivePermissions: ReadonlySet<PermissionName>;
}

/** The request property the bearer guard stores the principal under. */
export const PRINCIPAL_PROPERTY = 'principal';

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<Record<string, unknown>>()[PRINCIPAL_PROPERTY] as
    Principal | undefined;
  if (!principal) throw new Error('@CurrentPrincipal() used on a route without authentication');
  return principal;
});

/**
 * The caller's organization id: the one services act in. Routes under `organizations/:organizationId`
 * take it from here, never from the path (the permissions guard has already refused a path naming
 * another organization, and the start-up audit refuses a route that names that parameter otherwise).
 */
export const CallerOrganization = createParamDecorator((_data: unknown, ctx: ExecutionContext): string => {
  const principal = ctx.switchToHttp().getRequest<Record<string, unknown>>()[PRINCIPAL_PROPERTY] as
    Principal | undefined;
  if (!principal) throw new Error('@CallerOrganization() used on a route without authentication');
  return principal.organizationId;
});

/** Whether this caller reaches the workspace: all-workspaces keys reach every one of their org. */
export function canReachWorkspace(principal: Principal, workspaceId: string): boolean {
  return principal.grants.scope === 'WORKSPACE_SCOPE_ALL' || principal.grants.workspaceIds.includes(workspaceId);
}

/** An ALL-level, all-workspaces key of an org-admin: the only caller whose new keys may outlive it. */
export function isFullPowerAdminKey(principal: Principal): boolean {
  return (
    principal.role === 'org-admin' &&
    principal.grants.level === 'PERMISSION_LEVEL_ALL' &&
    principal.grants.scope === 'WORKSPACE_SCOPE_ALL'
  );
}
