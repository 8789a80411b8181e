import { ApiProperty } from '@nestjs/swagger';
import { ApiTimestamp } from '../../common/api-timestamp';
import { names } from '../../common/resource-names';
import { toTimestamp } from '../../common/time';
import { PERMISSION_LEVELS, PermissionLevel, WORKSPACE_SCOPES, WorkspaceScope } from '../../permissions/grants';
import { isExpired, isGraceActive } from '../api-key-lifecycle';
import { API_KEY_STATES, ApiKeyEntity, ApiKeyState } from '../api-key.entity';
import { EXPIRATION_PRESET_NAMES, ExpirationPreset } from '../expiration';
import { expiresSoon } from '../expiry-signals';
import { CHECKSUM_LENGTH, DISPLAY_PREFIX_LENGTH, KEY_PREFIX, SECRET_LENGTH } from '../key-format';

/** The key's columns the ApiKey shape is made of (the current secret's hash is never among them). */
export type ApiKeyShownFields = Omit<
  ApiKeyEntity,
  'secretHash' | 'displayNameFolded' | 'disableTime' | 'expiringNoticeTime' | 'pepperTag'
>;

/** An API key as the API shows it: never a hash, never a secret. */
export class ApiKeyResponse {
  /** `organizations/{organization}/apiKeys/{api_key}` */
  name: string;
  display_name: string;
  /** The first 12 characters of the key, to recognise it. */
  @ApiProperty({ minLength: DISPLAY_PREFIX_LENGTH, maxLength: DISPLAY_PREFIX_LENGTH, example: 'tsr_3kQ9xZ2m' })
  key_prefix: string;
  @ApiProperty({ enum: EXPIRATION_PRESET_NAMES })
  expiration: ExpirationPreset;
  @ApiTimestamp()
  expire_time: string;
  @ApiProperty({ enum: PERMISSION_LEVELS })
  permission_level: PermissionLevel;
  /** The list for RESTRICTED; [] otherwise. */
  permissions: string[];
  @ApiProperty({ enum: WORKSPACE_SCOPES })
  workspace_scope: WorkspaceScope;
  /** Workspace names for SPECIFIC; [] for ALL. */
  workspaces: string[];
  /** STATE_EXPIRED as soon as expire_time has passed. */
  @ApiProperty({ enum: API_KEY_STATES })
  state: ApiKeyState;
  /** `organizations/{organization}/users/{user}` */
  owner: string;
  owner_display_name: string;
  owner_email: string;
  /** Name of the key that created this one; "" when the operator CLI did. */
  creator_key: string;
  @ApiTimestamp()
  create_time: string;
  @ApiTimestamp()
  update_time: string;
  /** Null until first used; updated at most once per LAST_USED_RESOLUTION_SECONDS. */
  @ApiTimestamp()
  last_used_time: string | null;
  /** When the rotated-out secret stops working; null when none works. */
  @ApiTimestamp()
  previous_secret_expire_time: string | null;
  /** Within EXPIRY_WARNING_DAYS of expire_time (and not yet expired). */
  expires_soon: boolean;
  /** Addresses/CIDRs the key may be used from, normalized; [] = any address. */
  allowed_ips: string[];
  /**
   * The client address the key was last used from (as the server sees it, under TRUST_PROXY);
   * "" until used. Recorded with last_used_time, and whenever the address changes.
   */
  last_used_ip: string;

  static from(
    key: ApiKeyShownFields,
    owner: { displayName: string; email: string },
    workspaceIds: readonly string[],
    { now, expiryWarningDays }: { now: number; expiryWarningDays: number },
  ): ApiKeyResponse {
    return {
      name: names.apiKey(key.organizationId, key.id),
      display_name: key.displayName,
      key_prefix: key.keyPrefix,
      expiration: key.expiration,
      expire_time: toTimestamp(key.expireTime),
      permission_level: key.permissionLevel,
      permissions: key.permissionLevel === 'PERMISSION_LEVEL_RESTRICTED' ? key.permissions : [],
      workspace_scope: key.workspaceScope,
      workspaces:
        key.workspaceScope === 'WORKSPACE_SCOPE_SPECIFIC'
          ? workspaceIds.map((w) => names.workspace(key.organizationId, w))
          : [],
      state: isExpired(key, now) ? 'STATE_EXPIRED' : 'STATE_ACTIVE',
      owner: names.user(key.organizationId, key.ownerUserId),
      owner_display_name: owner.displayName,
      owner_email: owner.email,
      creator_key: key.creatorKey,
      create_time: toTimestamp(key.createTime),
      update_time: toTimestamp(key.updateTime),
      last_used_time: toTimestamp(key.lastUsedTime),
      previous_secret_expire_time: isGraceActive(key, now) ? toTimestamp(key.previousSecretExpireTime) : null,
      expires_soon: expiresSoon(key.expireTime, now, expiryWarningDays),
      allowed_ips: key.allowedIps,
      last_used_ip: key.lastUsedIp,
    };
  }
}

/** The create and rotate answers: the only responses that carry the secret, exactly once. */
export class ApiKeyWithSecretResponse extends ApiKeyResponse {
  /** The full key. Shown only now: store it safely, it cannot be retrieved again. */
  @ApiProperty({ pattern: `^${KEY_PREFIX}[0-9A-Za-z]{${SECRET_LENGTH + CHECKSUM_LENGTH}}$` })
  key: string;
}

export class ListApiKeysResponse {
  api_keys: ApiKeyResponse[];
  next_page_token: string;
}
