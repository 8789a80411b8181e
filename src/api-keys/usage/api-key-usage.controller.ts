import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiNotFound } from '../../common/errors/api-error-responses';
import { RequirePermissions } from '../../permissions/decorators';
import { CurrentPrincipal, Principal } from '../../permissions/principal';
import { ApiKeyUsageResponse } from './api-key-usage.response';
import { ApiKeyUsageService } from './api-key-usage.service';
import { DEFAULT_USAGE_DAYS, UsageQueryDto } from './usage-query.dto';

@ApiTags('API keys')
@Controller('organizations/:organizationId/apiKeys')
export class ApiKeyUsageController {
  constructor(private readonly usage: ApiKeyUsageService) {}

  /**
   * A key's requests per UTC day (members: their own keys): `allowed` (authenticated, answered
   * anything but 401/403/429) and `denied` (403 or 429 after authentication), for the last `days`
   * days ending today, oldest first, zeros included. Counts from other instances appear within 10 s.
   */
  @ApiNotFound('API key')
  @Get(':apiKeyId/usage')
  @RequirePermissions('read:ApiKey')
  get(
    @CurrentPrincipal() caller: Principal,
    @Param('apiKeyId') apiKeyId: string,
    @Query() query: UsageQueryDto,
  ): Promise<ApiKeyUsageResponse> {
    return this.usage.of(caller, apiKeyId, query.days ?? DEFAULT_USAGE_DAYS);
  }
}
