import { WorkspaceScope } from '../../permissions/grants';

export type VerifyRefusal = 'API_KEY_INVALID' | 'PERMISSION_MISSING' | 'WORKSPACE_OUT_OF_SCOPE' | 'IP_NOT_ALLOWED';

/**
 * `POST /apiKeys:verify` answer (API.md §11): `valid` with the key's principal, or not with a
 * reason. Every invalid key (unknown, expired, revoked, malformed) is the same `API_KEY_INVALID`.
 */
export class VerifyKeyResponse {
  valid: boolean;
  /** Set when `valid` is false. */
  reason?: VerifyRefusal;
  /** The key's name (`organizations/{o}/apiKeys/{k}`), when valid. */
  api_key?: string;
  organization?: string;
  /** The key owner's user name. */
  owner?: string;
  /** What the key may do right now: its level ∩ its owner's current role. */
  effective_permissions?: string[];
  workspace_scope?: WorkspaceScope;
  /** Workspace names for a SPECIFIC key; [] for ALL. */
  workspaces?: string[];
  /** RFC 3339. */
  expire_time?: string;
}
