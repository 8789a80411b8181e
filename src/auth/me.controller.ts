import { Controller, Get, Query } from '@nestjs/common';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { ApiTags } from '@nestjs/swagger';
import { VerifiedKey } from '../api-keys/api-key-credentials.service';
import { ApiKeyResponse } from '../api-keys/dto/api-key.response';
import { Clock } from '../common/time';
import { AppConfig } from '../config/app-config';
import { names } from '../common/resource-names';
import { ListUserOrganizationsResponse } from '../organizations/dto/organization.response';
import { OrganizationsService } from '../organizations/organizations.service';
import { Authenticated } from '../permissions/decorators';
import { PermissionRegistry } from '../permissions/permission-registry';
import { CurrentPrincipal, Principal } from '../permissions/principal';
import { CallingKey } from './authentication';
import { MeResponse } from './dto/me.response';

@ApiTags('Me')
@Controller('me')
@Authenticated()
export class MeController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly registry: PermissionRegistry,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Who the key belongs to and what it can do right now. Answered from what authentication read
   * (key, owner, scope in one statement): no further database read.
   */
  @Get()
  me(@CurrentPrincipal() p: Principal, @CallingKey() { key, owner, workspaceIds }: VerifiedKey): MeResponse {
    return {
      user: { name: names.user(p.organizationId, p.userId), display_name: p.userDisplayName, email: p.userEmail },
      organization: names.organization(p.organizationId),
      role: p.role,
      api_key: ApiKeyResponse.from(key, owner, workspaceIds, {
        now: this.clock.now(),
        expiryWarningDays: this.config.env.EXPIRY_WARNING_DAYS,
      }),
      effective_permissions: this.registry.all.filter((perm) => p.effectivePermissions.has(perm)),
      api_key_limit: this.config.env.MAX_API_KEYS_PER_ORGANIZATION,
    };
  }

  /**
   * The key's organizations (a key belongs to exactly one): filter `title = "x"` or `title : "x"`,
   * page_size and page_token like any list.
   */
  @Get('organizations')
  async organizationsOfUser(
    @CurrentPrincipal() p: Principal,
    @Query() query: ListQueryDto,
  ): Promise<ListUserOrganizationsResponse> {
    const page = await this.organizations.listOwn(p.organizationId, query);
    return { user_organizations: page.items, next_page_token: page.nextPageToken };
  }
}
