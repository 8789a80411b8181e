import { Injectable } from '@nestjs/common';
import { escalationDenied, invalidArgument, invalidField, workspaceOutOfScope } from '../common/errors/rpc.error';
import { FieldViolation } from '../common/errors/rpc-status';
import { parseChildName } from '../common/resource-names';
import { Grants, grantsWithin, PermissionLevel, WorkspaceScope } from '../permissions/grants';
import { PermissionRegistry } from '../permissions/permission-registry';
import { canReachWorkspace, Principal } from '../permissions/principal';
import { WorkspacesService } from '../workspaces/workspaces.service';

/** Level, permissions, scope and workspaces as a request states them (create, or PATCH merged). */
export interface GrantsRequest {
  level: PermissionLevel;
  permissions: readonly string[] | undefined;
  scope: WorkspaceScope;
  workspaces: readonly string[] | undefined;
}

/**
 * Turns requested grants into validated Grants and enforces the no-escalation rule (API.md §5).
 * Order: shape (400), then the caller's reach (403), then existence of workspaces (400).
 */
@Injectable()
export class RequestedGrants {
  constructor(
    private readonly registry: PermissionRegistry,
    private readonly workspaces: WorkspacesService,
  ) {}

  async resolve(organizationId: string, request: GrantsRequest, caller: Principal | null): Promise<Grants> {
    const permissions = this.permissionsFor(request);
    const workspaceIds = this.workspaceIdsFor(request, caller);
    const grants: Grants = { level: request.level, permissions, scope: request.scope, workspaceIds };
    if (caller) this.ensureWithinCaller(grants, caller);
    await this.ensureWorkspacesExist(organizationId, request.workspaces ?? [], workspaceIds);
    return grants;
  }

  /** No escalation: the grants must be within the calling key's (level first, then scope). */
  ensureWithinCaller(grants: Grants, caller: Principal): void {
    if (!grantsWithin(grants, caller.grants, this.registry)) {
      throw escalationDenied('The permissions or workspace scope exceed those of the calling API key.');
    }
  }

  private permissionsFor(request: GrantsRequest): string[] {
    const list = request.permissions ?? [];
    if (request.level !== 'PERMISSION_LEVEL_RESTRICTED') {
      if (list.length > 0) {
        throw invalidField('permissions', 'permissions may only be set with PERMISSION_LEVEL_RESTRICTED.');
      }
      return [];
    }
    if (list.length === 0) {
      throw invalidField('permissions', 'PERMISSION_LEVEL_RESTRICTED needs a non-empty permissions list.');
    }
    const violations: FieldViolation[] = [];
    list.forEach((p, i) => {
      if (!this.registry.has(p)) {
        violations.push({
          field: `permissions[${i}]`,
          description: `"${p}" is not a permission; see GET /api/v1/permissions.`,
        });
      }
    });
    if (violations.length) throw invalidArgument(violations.map((v) => v.description).join(' '), violations);
    return [...new Set(list)];
  }

  private workspaceIdsFor(request: GrantsRequest, caller: Principal | null): string[] {
    const list = request.workspaces ?? [];
    if (request.scope !== 'WORKSPACE_SCOPE_SPECIFIC') {
      if (list.length > 0) {
        throw invalidField('workspaces', 'workspaces may only be set with WORKSPACE_SCOPE_SPECIFIC.');
      }
      return [];
    }
    if (list.length === 0) {
      throw invalidField('workspaces', 'WORKSPACE_SCOPE_SPECIFIC needs a non-empty workspaces list.');
    }
    const ids: string[] = [];
    list.forEach((name, i) => {
      const parsed = parseChildName(name, 'workspaces');
      if (!parsed) {
        throw invalidField(`workspaces[${i}]`, `"${name}" is not a workspace name (organizations/{o}/workspaces/{w}).`);
      }
      // A caller limited to some workspaces gets 403 for any other entry, existing or not.
      if (caller && caller.grants.scope === 'WORKSPACE_SCOPE_SPECIFIC') {
        if (parsed.organizationId !== caller.organizationId || !canReachWorkspace(caller, parsed.id)) {
          throw workspaceOutOfScope(`workspaces[${i}] ("${name}") is outside the calling API key's scope.`);
        }
      }
      ids.push(parsed.id);
    });
    return [...new Set(ids)];
  }

  private async ensureWorkspacesExist(organizationId: string, names: readonly string[], ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const existing = await this.workspaces.existingIds(organizationId, ids);
    names.forEach((name, i) => {
      const parsed = parseChildName(name, 'workspaces');
      if (!parsed || parsed.organizationId !== organizationId || !existing.has(parsed.id)) {
        throw invalidField(`workspaces[${i}]`, `"${name}" is not a workspace of this organization.`);
      }
    });
  }
}
