import { Api, ApiError } from './api.js';
import type { Me, Organization, PermissionGroup, Workspace } from './types.js';

/** What every view needs once signed in: read once at sign-in. */
export interface ConsoleContext {
  api: Api;
  me: Me;
  organization: Organization;
  /** The workspaces the key can see (a specific-scope key sees only its own; none without read:Workspace). */
  workspaces: Workspace[];
  workspaceTitles: Map<string, string>;
  permissionGroups: PermissionGroup[];
  isAdmin: boolean;
  can(permission: string): boolean;
}

/** Signs in with a key: `GET /me` first (a bad key fails here with the API's message), then the rest. */
export async function loadContext(key: string): Promise<ConsoleContext> {
  const api = new Api(key);
  const me = await api.me();
  const can = (permission: string) => me.effective_permissions.includes(permission);
  const [organizations, catalog, workspaces] = await Promise.all([
    api.organizations(),
    api.permissions(),
    can('read:Workspace') ? api.workspaces(me.organization).catch(ignoreDenied) : Promise.resolve([]),
  ]);
  const organization = organizations.user_organizations.find((o) => o.name === me.organization) ?? {
    name: me.organization,
    title: me.organization,
  };
  return {
    api,
    me,
    organization,
    workspaces,
    workspaceTitles: new Map(workspaces.map((w) => [w.name, w.title])),
    permissionGroups: catalog.permission_groups,
    isAdmin: me.role === 'org-admin',
    can,
  };
}

function ignoreDenied(error: unknown): Workspace[] {
  if (error instanceof ApiError && error.status === 403) return [];
  throw error;
}
