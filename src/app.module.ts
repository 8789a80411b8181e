import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { ExpirySweepModule } from './api-keys/expiry-sweep.module';
import { AuthModule } from './auth/auth.module';
import { BODY_LIMIT_BYTES } from './common/errors/body-limit.token';
import { RpcExceptionFilter } from './common/errors/rpc-exception.filter';
import { CommonModule } from './common/common.module';
import { StrictValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { ObservabilityModule } from './observability/observability.module';
import { RedisModule } from './redis/redis.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { InvitationAcceptanceModule } from './invitations/invitation-acceptance.module';
import { InvitationsModule } from './invitations/invitations.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PermissionsModule } from './permissions/permissions.module';
import { SetupModule } from './setup/setup.module';
import { WorkspacesModule } from './workspaces/workspaces.module';

/** The whole service. The CLI reuses the same feature modules through CliModule. */
@Module({
  imports: [
    AppConfigModule,
    CommonModule,
    ObservabilityModule,
    RedisModule,
    DatabaseModule,
    PermissionsModule,
    OrganizationsModule,
    WorkspacesModule,
    ApiKeysModule,
    ExpirySweepModule,
    AuthModule,
    InvitationsModule,
    InvitationAcceptanceModule,
    IntegrationsModule,
    SetupModule,
    HealthModule,
  ],
  providers: [
    { provide: APP_PIPE, useClass: StrictValidationPipe },
    { provide: BODY_LIMIT_BYTES, inject: [AppConfig], useFactory: (c: AppConfig) => c.env.BODY_LIMIT_BYTES },
    { provide: APP_FILTER, useClass: RpcExceptionFilter },
  ],
})
export class AppModule {}
