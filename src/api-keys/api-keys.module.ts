import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ApiKeyCredentials } from './api-key-credentials.service';
import { ApiKeyExpiryService } from './api-key-expiry.service';
import { ApiKeyIssuer } from './api-key-issuer.service';
import { ApiKeyViews } from './api-key-views';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyWorkspaceEntity } from './api-key-workspace.entity';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeysController } from './api-keys.controller';
import { API_KEY_PERMISSIONS } from './api-keys.permissions';
import { ApiKeysService } from './api-keys.service';
import { CredentialLookup } from './credential-lookup';
import { KeyHasher } from './key-hasher';
import { LastUsedRecorder } from './last-used-recorder';
import { PepperCheck } from './pepper-check';
import { RequestedGrants } from './requested-grants';
import { ApiKeyUsageController } from './usage/api-key-usage.controller';
import { ApiKeyUsageEntity } from './usage/api-key-usage.entity';
import { ApiKeyUsageRepository } from './usage/api-key-usage.repository';
import { ApiKeyUsageService } from './usage/api-key-usage.service';
import { UsageCounter } from './usage/usage-counter';

@Module({
  imports: [
    TypeOrmModule.forFeature([ApiKeyEntity, ApiKeyWorkspaceEntity, ApiKeyUsageEntity]),
    PermissionsModule.forFeature(API_KEY_PERMISSIONS),
    OrganizationsModule,
    WorkspacesModule,
    AuditModule,
  ],
  controllers: [ApiKeysController, ApiKeyUsageController],
  providers: [
    ApiKeyRepository,
    ApiKeysService,
    ApiKeyIssuer,
    ApiKeyViews,
    ApiKeyCredentials,
    CredentialLookup,
    ApiKeyExpiryService,
    KeyHasher,
    LastUsedRecorder,
    PepperCheck,
    RequestedGrants,
    ApiKeyUsageRepository,
    ApiKeyUsageService,
    UsageCounter,
  ],
  exports: [
    ApiKeysService,
    ApiKeyIssuer,
    ApiKeyViews,
    ApiKeyCredentials,
    ApiKeyExpiryService,
    KeyHasher,
    LastUsedRecorder,
    PepperCheck,
    RequestedGrants,
    ApiKeyUsageRepository,
    UsageCounter,
  ],
})
export class ApiKeysModule {}
