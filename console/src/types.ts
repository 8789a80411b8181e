/** The shapes of API.md §6–§10 the console reads (snake_case, as on the wire). */

export type PermissionLevel = 'PERMISSION_LEVEL_ALL' | 'PERMISSION_LEVEL_READ_ONLY' | 'PERMISSION_LEVEL_RESTRICTED';
export type WorkspaceScope = 'WORKSPACE_SCOPE_ALL' | 'WORKSPACE_SCOPE_SPECIFIC';
export type Expiration =
  | 'EXPIRATION_7_DAYS'
  | 'EXPIRATION_30_DAYS'
  | 'EXPIRATION_60_DAYS'
  | 'EXPIRATION_90_DAYS'
  | 'EXPIRATION_180_DAYS'
  | 'EXPIRATION_1_YEAR';

export interface UserBasicInfo {
  name: string;
  display_name: string;
  email: string;
}

export interface ApiKey {
  name: string;
  display_name: string;
  key_prefix: string;
  expiration: Expiration;
  expire_time: string;
  permission_level: PermissionLevel;
  permissions: string[];
  workspace_scope: WorkspaceScope;
  workspaces: string[];
  state: 'STATE_ACTIVE' | 'STATE_EXPIRED';
  owner: string;
  owner_display_name: string;
  owner_email: string;
  create_time: string;
  last_used_time: string | null;
  previous_secret_expire_time: string | null;
  expires_soon: boolean;
  allowed_ips: string[];
  last_used_ip: string;
}

/** Create and rotate answers: the key's one-time secret beside it. */
export type IssuedApiKey = ApiKey & { key: string };

export interface Me {
  user: UserBasicInfo;
  organization: string;
  role: 'org-admin' | 'org-member';
  api_key: ApiKey;
  effective_permissions: string[];
  /** MAX_API_KEYS_PER_ORGANIZATION. */
  api_key_limit: number;
}

export interface Organization {
  name: string;
  title: string;
}

export interface Workspace {
  name: string;
  title: string;
}

export interface PermissionGroup {
  resource: string;
  title: string;
  permissions: { name: string; action: string; title: string; read_only: boolean }[];
}

export interface UsageDay {
  date: string;
  allowed: number;
  denied: number;
}

export interface Usage {
  days: UsageDay[];
  last_used_ip: string;
}

export interface AuditEvent {
  name: string;
  action: string;
  actor: { type: string; api_key: string; user: string; display_name: string };
  targets: { type: string; name: string; display_name: string }[];
  create_time: string;
}
