import { ApiProperty } from '@nestjs/swagger';
import { ApiTimestamp } from '../../common/api-timestamp';
import { WORKSPACE_SCOPES, WorkspaceScope } from '../../permissions/grants';

export const VERIFY_REFUSALS = [
  'API_KEY_INVALID',
  'PERMISSION_MISSING',
  'WORKSPACE_OUT_OF_SCOPE',
  'IP_NOT_ALLOWED',
] as const;
export type VerifyRefusal = (typeof VERIFY_REFUSALS)[number];

/**
 * `POST /apiKeys:verify` answer (API.md §11): `valid` with the key's principal, or not with a
 * reason. Every invalid key (unknown, expired, revoked, malformed) is the same `API_KEY_INVALID`.
 */
export class VerifyKeyResponse {
  valid: boolean;
  /** Set when `valid` is false. */
  @ApiProperty({ enum: VERIFY_REFUSALS })
  reason?: VerifyRefusal;
  /** The key's name (`organizations/{o}/apiKeys/{k}`), when valid. */
  api_key?: string;
  organization?: string;
  /** The key owner's user name. */
  owner?: string;
  /** What the key may do right now: its level ∩ its owner's current role. */
  effective_permissions?: string[];
  @ApiProperty({ enum: WORKSPACE_SCOPES })
  workspace_scope?: WorkspaceScope;
  /** Workspace names for a SPECIFIC key; [] for ALL. */
  workspaces?: string[];
  /** RFC 3339. */
  @ApiTimestamp()
  expire_time?: string;
}
