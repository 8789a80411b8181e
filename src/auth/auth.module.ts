import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RouteAccessReader } from '../permissions/route-access';
import { ApiKeyRateLimitGuard } from './api-key-rate-limit.guard';
import { AuthFailureLimiter, AuthFailureStore, InMemoryAuthFailureStore } from './auth-failure-limiter';
import { BearerAuthGuard } from './bearer-auth.guard';
import { BearerStrategy } from './bearer.strategy';
import { MeController } from './me.controller';
import { KeyVerification } from './key-verification.service';
import { VerifyController } from './verify.controller';
import { FixedWindowThrottlerStorage } from './fixed-window-throttler.storage';
import { IpDenialAudit } from './ip-denial-audit';
import { PermissionsGuard } from './permissions.guard';
import { PrincipalFactory } from './principal.factory';
import { RouteAudit } from './route-audit';

/**
 * Authentication and authorization for every route, registered once: the three global guards run
 * in this order — bearer key → per-key rate limit → permissions and scope.
 */
@Module({
  imports: [
    DiscoveryModule,
    PassportModule,
    ApiKeysModule,
    AuditModule,
    OrganizationsModule,
    // Provides the ThrottlerStorage the per-key rate limit counts in (ApiKeyRateLimitGuard); one
    // per application, so two instances in one process (tests) never share counters.
    ThrottlerModule.forRootAsync({
      useFactory: () => ({ throttlers: [], storage: new FixedWindowThrottlerStorage() }),
    }),
  ],
  controllers: [MeController, VerifyController],
  exports: [AuthFailureLimiter],
  providers: [
    BearerStrategy,
    PrincipalFactory,
    RouteAccessReader,
    RouteAudit,
    AuthFailureLimiter,
    IpDenialAudit,
    KeyVerification,
    { provide: AuthFailureStore, useClass: InMemoryAuthFailureStore },
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: ApiKeyRateLimitGuard },
    { provide: APP_GUARD, useClass: PermissionsGuard },
  ],
})
export class AuthModule {}
