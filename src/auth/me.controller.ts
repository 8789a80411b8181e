import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { names } from '../common/resource-names';
import { ListUserOrganizationsResponse } from '../organizations/dto/organization.response';
import { OrganizationsService } from '../organizations/organizations.service';
import { Authenticated } from '../permissions/decorators';
import { PermissionRegistry } from '../permissions/permission-registry';
import { CurrentPrincipal, Principal } from '../permissions/principal';
import { MeResponse } from './dto/me.response';

@ApiTags('Me')
@Controller('me')
@Authenticated()
export class MeController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly organizations: OrganizationsService,
    private readonly registry: PermissionRegistry,
  ) {}

  /** Who the key belongs to and what it can do right now. */
  @Get()
  async me(@CurrentPrincipal() p: Principal): Promise<MeResponse> {
    return {
      user: { name: names.user(p.organizationId, p.userId), display_name: p.userDisplayName, email: p.userEmail },
      organization: names.organization(p.organizationId),
      role: p.role,
      api_key: await this.keys.get(p, p.apiKeyId),
      effective_permissions: this.registry.all.filter((perm) => p.effectivePermissions.has(perm)),
    };
  }

  /** The key's organization (a key belongs to exactly one). */
  @Get('organizations')
  async organizationsOfUser(@CurrentPrincipal() p: Principal): Promise<ListUserOrganizationsResponse> {
    return { user_organizations: [await this.organizations.get(p.organizationId)], next_page_token: '' };
  }
}
