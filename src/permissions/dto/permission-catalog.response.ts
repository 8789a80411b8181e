export class PermissionResponse {
  /** `action:Resource`, e.g. `read:Workspace`. */
  name: string;
  action: string;
  title: string;
  /** In PERMISSION_LEVEL_READ_ONLY. */
  read_only: boolean;
}

export class PermissionGroupResponse {
  resource: string;
  title: string;
  permissions: PermissionResponse[];
}

export class PermissionCatalogResponse {
  permission_groups: PermissionGroupResponse[];
}
