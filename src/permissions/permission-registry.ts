import { Injectable } from '@nestjs/common';
import { PermissionCatalog, PermissionGroupDefinition, PermissionName, permissionName } from './permission.types';

/**
 * The catalog every permission decision derives from. Feature modules register their groups via
 * `PermissionsModule.forFeature(...)`; the catalog endpoint, the ALL and READ_ONLY levels and the
 * built-in roles are computed from it, so a new module needs no change anywhere else.
 */
@Injectable()
export class PermissionRegistry implements PermissionCatalog {
  private readonly groupsByResource = new Map<string, PermissionGroupDefinition>();
  private cache: { all: PermissionName[]; readOnly: PermissionName[]; memberExtras: PermissionName[] } | null = null;

  register(group: PermissionGroupDefinition): void {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(group.resource)) {
      throw new Error(`Permission resource "${group.resource}" must be PascalCase`);
    }
    const existing = this.groupsByResource.get(group.resource);
    if (existing && existing !== group) {
      throw new Error(`Permission resource "${group.resource}" is registered twice`);
    }
    const actions = new Set<string>();
    for (const a of group.actions) {
      if (!/^[a-z][a-zA-Z]*$/.test(a.action) || actions.has(a.action)) {
        throw new Error(`Bad or duplicate action "${a.action}" on ${group.resource}`);
      }
      actions.add(a.action);
    }
    this.groupsByResource.set(group.resource, group);
    this.cache = null;
  }

  groups(): PermissionGroupDefinition[] {
    return [...this.groupsByResource.values()];
  }

  get all(): readonly PermissionName[] {
    return this.computed().all;
  }

  get readOnly(): readonly PermissionName[] {
    return this.computed().readOnly;
  }

  get memberExtras(): readonly PermissionName[] {
    return this.computed().memberExtras;
  }

  has(name: string): boolean {
    return this.computed().all.includes(name);
  }

  private computed() {
    if (!this.cache) {
      const all: PermissionName[] = [];
      const readOnly: PermissionName[] = [];
      const memberExtras: PermissionName[] = [];
      for (const group of this.groupsByResource.values()) {
        for (const a of group.actions) {
          const name = permissionName(a.action, group.resource);
          all.push(name);
          if (a.readOnly) readOnly.push(name);
          else if (a.grantedToMembers) memberExtras.push(name);
        }
      }
      this.cache = { all, readOnly, memberExtras };
    }
    return this.cache;
  }
}
