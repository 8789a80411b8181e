import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AppConfig } from '../config/app-config';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ApiKeyThrottlerGuard } from './api-key-throttler.guard';
import { AuthFailureLimiter, AuthFailureStore, InMemoryAuthFailureStore } from './auth-failure-limiter';
import { BearerAuthGuard } from './bearer-auth.guard';
import { BearerStrategy } from './bearer.strategy';
import { MeController } from './me.controller';
import { PermissionsGuard } from './permissions.guard';
import { PrincipalFactory } from './principal.factory';

/**
 * Authentication and authorization for every route, registered once: the three global guards run
 * in this order — bearer key → per-key rate limit → permissions and scope.
 */
@Module({
  imports: [
    PassportModule,
    ApiKeysModule,
    OrganizationsModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'api-key', ttl: 60_000, limit: config.env.RATE_LIMIT_PER_MINUTE }],
        skipIf: () => config.env.RATE_LIMIT_PER_MINUTE === 0,
        // Standard headers only; Retry-After is set by the error itself.
        setHeaders: false,
      }),
    }),
  ],
  controllers: [MeController],
  providers: [
    BearerStrategy,
    PrincipalFactory,
    AuthFailureLimiter,
    { provide: AuthFailureStore, useClass: InMemoryAuthFailureStore },
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: ApiKeyThrottlerGuard },
    { provide: APP_GUARD, useClass: PermissionsGuard },
  ],
})
export class AuthModule {}
