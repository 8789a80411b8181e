import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { IsOneOf, IsOptionalNotNull, IsTitle } from '../../common/validation/decorators';
import { MAX_ALLOWED_IPS } from '../ip-allowlist';
import { PERMISSION_LEVELS, PermissionLevel, WORKSPACE_SCOPES, WorkspaceScope } from '../../permissions/grants';

/** Each field sent replaces the stored one; the result must satisfy the create rules. */
export class UpdateApiKeyDto {
  @IsOptionalNotNull()
  @IsTitle()
  display_name?: string;

  @IsOptionalNotNull()
  @IsOneOf(PERMISSION_LEVELS)
  permission_level?: PermissionLevel;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  permissions?: string[];

  @IsOptionalNotNull()
  @IsOneOf(WORKSPACE_SCOPES)
  workspace_scope?: WorkspaceScope;

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
