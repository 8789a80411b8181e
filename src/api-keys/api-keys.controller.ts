import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiExampleBody } from '../common/api-example';
import { ApiTags } from '@nestjs/swagger';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { CUSTOM_METHOD_ROUTE } from '../common/custom-method';
import { RequireCurrentSecret, RequirePermissions } from '../permissions/decorators';
import { CurrentPrincipal, Principal } from '../permissions/principal';
import { Actor, CurrentActor } from '../audit/actor';
import { ApiKeyIssuer } from './api-key-issuer.service';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyResponse, ApiKeyWithSecretResponse, ListApiKeysResponse } from './dto/api-key.response';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { RotateApiKeyDto } from './dto/rotate-api-key.dto';
import { UpdateApiKeyDto } from './dto/update-api-key.dto';
import { ApiNotFound } from '../common/errors/api-error-responses';
import { ApiEmptyResponse } from '../common/api-empty-response';

@ApiTags('API keys')
@Controller('organizations/:organizationId/apiKeys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly issuer: ApiKeyIssuer,
  ) {}

  /**
   * List API keys: admins see every key of the organization, members their own.
   * filter: `display_name = "x"`, `display_name : "x"`, `state = STATE_ACTIVE`, `owner = "organizations/{o}/users/{u}"`;
   * order_by: `display_name`, `create_time`, `expire_time`, `last_used_time`.
   */
  @Get()
  @RequirePermissions('read:ApiKey')
  list(@CurrentPrincipal() caller: Principal, @Query() query: ListQueryDto): Promise<ListApiKeysResponse> {
    return this.keys.list(caller, query);
  }

  /**
   * Create an API key for yourself. The answer's `key` is the secret, shown only this once.
   * Its grants must be within the calling key's, and it may not outlive it unless the caller is an
   * org-admin's ALL, all-workspaces key. At most MAX_API_KEYS_PER_ORGANIZATION keys per organization.
   */
  @ApiExampleBody(CreateApiKeyDto, {
    display_name: 'CI reader',
    expiration: 'EXPIRATION_30_DAYS',
    permission_level: 'PERMISSION_LEVEL_READ_ONLY',
    workspace_scope: 'WORKSPACE_SCOPE_ALL',
  })
  @Post()
  @RequirePermissions('create:ApiKey')
  @RequireCurrentSecret()
  create(
    @CurrentPrincipal() caller: Principal,
    @CurrentActor() actor: Actor,
    @Body() body: CreateApiKeyDto,
  ): Promise<ApiKeyWithSecretResponse> {
    return this.issuer.create(caller, actor, body);
  }

  /** Get an API key (members: only their own). */
  @ApiNotFound('API key')
  @Get(':apiKeyId')
  @RequirePermissions('read:ApiKey')
  get(@CurrentPrincipal() caller: Principal, @Param('apiKeyId') apiKeyId: string): Promise<ApiKeyResponse> {
    return this.keys.get(caller, apiKeyId);
  }

  /** Rename an API key or change its grants (never beyond the calling key's). */
  @ApiNotFound('API key')
  @ApiExampleBody(UpdateApiKeyDto, { display_name: 'CI reader (renamed)' })
  @Patch(':apiKeyId')
  @RequirePermissions('update:ApiKey')
  @RequireCurrentSecret()
  update(
    @CurrentPrincipal() caller: Principal,
    @CurrentActor() actor: Actor,
    @Param('apiKeyId') apiKeyId: string,
    @Body() body: UpdateApiKeyDto,
  ): Promise<ApiKeyResponse> {
    return this.keys.update(caller, actor, apiKeyId, body);
  }

  /** Delete an API key: it stops working at once, on every instance. */
  @ApiNotFound('API key')
  @ApiEmptyResponse('The key is deleted and no longer authenticates: `{}`.')
  @Delete(':apiKeyId')
  @RequirePermissions('delete:ApiKey')
  @RequireCurrentSecret()
  async delete(
    @CurrentPrincipal() caller: Principal,
    @CurrentActor() actor: Actor,
    @Param('apiKeyId') apiKeyId: string,
  ): Promise<object> {
    await this.keys.delete(caller, actor, apiKeyId);
    return {};
  }

  /**
   * `POST .../apiKeys/{key}:rotate` — issue a new secret for the same key (owner only). The old
   * secret keeps working for `grace_period_seconds` (0–86400, default 0), never past expire_time.
   */
  @ApiNotFound('API key')
  @Post(CUSTOM_METHOD_ROUTE(':apiKeyId', 'rotate'))
  @HttpCode(200)
  @ApiExampleBody(RotateApiKeyDto, { grace_period_seconds: 3600 }, { required: false })
  @RequirePermissions('update:ApiKey')
  @RequireCurrentSecret()
  rotate(
    @CurrentPrincipal() caller: Principal,
    @CurrentActor() actor: Actor,
    @Param('apiKeyId') apiKeyId: string,
    @Body() body: RotateApiKeyDto,
  ): Promise<ApiKeyWithSecretResponse> {
    return this.issuer.rotate(caller, actor, apiKeyId, body.grace_period_seconds ?? 0);
  }
}
