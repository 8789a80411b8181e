import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RouteAccessReader } from '../permissions/route-access';
import { ApiKeyRateLimitGuard } from './api-key-rate-limit.guard';
import { SharedCounters } from '../redis/shared-counters';
import {
  AuthFailureLimiter,
  AuthFailureStore,
  InMemoryAuthFailureStore,
  SharedAuthFailureStore,
} from './auth-failure-limiter';
import { BearerAuthGuard } from './bearer-auth.guard';
import { BearerStrategy } from './bearer.strategy';
import { MeController } from './me.controller';
import { KeyVerification } from './key-verification.service';
import { VerifyController } from './verify.controller';
import { FixedWindowThrottlerStorage } from './fixed-window-throttler.storage';
import { SharedThrottlerStorage } from './shared-throttler.storage';
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
    // Provides the ThrottlerStorage the per-key rate limit counts in (ApiKeyRateLimitGuard): this
    // instance's memory, or Redis with REDIS_URL (API.md §12). One per application, so two instances
    // in one process (tests) share counters only through Redis.
    ThrottlerModule.forRootAsync({
      inject: [SharedCounters],
      useFactory: (shared: SharedCounters) => ({
        throttlers: [],
        storage: shared.enabled ? new SharedThrottlerStorage(shared) : new FixedWindowThrottlerStorage(),
      }),
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
    {
      provide: AuthFailureStore,
      inject: [SharedCounters],
      useFactory: (shared: SharedCounters) =>
        shared.enabled ? new SharedAuthFailureStore(shared) : new InMemoryAuthFailureStore(),
    },
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: ApiKeyRateLimitGuard },
    { provide: APP_GUARD, useClass: PermissionsGuard },
  ],
})
export class AuthModule {}
