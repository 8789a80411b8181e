import { ApiKeyResponse } from '../../api-keys/dto/api-key.response';
import { UserBasicInfoResponse } from '../../organizations/dto/user.response';
import { ApiProperty } from '@nestjs/swagger';
import { ROLE_IDS, RoleId } from '../../permissions/roles';

export class MeResponse {
  user: UserBasicInfoResponse;
  /** `organizations/{organization}` */
  organization: string;
  @ApiProperty({ enum: ROLE_IDS })
  role: RoleId;
  /** The key making this request. */
  api_key: ApiKeyResponse;
  /** What this key can do right now: its level ∩ the owner's role, in catalog order. */
  effective_permissions: string[];
  /**
   * The most API keys the organization may hold (MAX_API_KEYS_PER_ORGANIZATION): a create past it
   * is 429 API_KEY_LIMIT_REACHED. Lets a client show "N of M keys" before it hits the limit.
   */
  @ApiProperty({ type: 'integer', minimum: 1 })
  api_key_limit: number;
}
