import { ArrayMaxSize, IsArray, IsIP, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/decorators';

/** `POST /apiKeys:verify` (API.md §11): the key a client presented to another service, and what it needs. */
export class VerifyKeyDto {
  /** The key exactly as the client presented it (`tsr_…`). */
  @IsString()
  @MaxLength(200)
  key: string;

  /** Permissions the calling service needs (`action:Resource`); all must be held. */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  permissions?: string[];

  /** A workspace name (`organizations/{o}/workspaces/{w}`) the request is about; it must be in the key's scope. */
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  workspace?: string;

  /** The client's address as the calling service saw it; required to pass a key with an IP allowlist. */
  @IsOptionalNotNull()
  @IsIP()
  client_ip?: string;
}
