import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { IsOneOf, IsOptionalNotNull, IsTitle } from '../../common/validation/decorators';
import { MAX_ALLOWED_IPS } from '../ip-allowlist';
import { PERMISSION_LEVELS, PermissionLevel, WORKSPACE_SCOPES, WorkspaceScope } from '../../permissions/grants';
import { EXPIRATION_PRESET_NAMES, ExpirationPreset } from '../expiration';

export class CreateApiKeyDto {
  /** 1–100 characters after trimming. */
  @IsTitle()
  display_name: string;

  /** How long the key lives; `expire_time` = now + this. Not editable later. */
  @IsOneOf(EXPIRATION_PRESET_NAMES)
  expiration: ExpirationPreset;

  @IsOneOf(PERMISSION_LEVELS)
  permission_level: PermissionLevel;

  /** Only with PERMISSION_LEVEL_RESTRICTED (then non-empty): `action:Resource` names from GET /permissions. */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  permissions?: string[];

  @IsOneOf(WORKSPACE_SCOPES)
  workspace_scope: WorkspaceScope;

  /** Only with WORKSPACE_SCOPE_SPECIFIC (then non-empty): workspace resource names. */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  workspaces?: string[];

  /**
   * IPv4/IPv6 addresses or CIDR ranges the key may be used from (at most 20, normalized); [] or
   * absent = any address. A caller with its own allowlist must give a non-empty list within it.
   */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_ALLOWED_IPS)
  @IsString({ each: true })
  allowed_ips?: string[];
}
