import { DynamicModule, Global, Module } from '@nestjs/common';
import { PermissionRegistry } from './permission-registry';
import { PermissionsController } from './permissions.controller';
import { PermissionGroupDefinition } from './permission.types';

/** Carries one feature's registration provider (see PermissionsModule.forFeature). */
@Module({})
class PermissionGroupsModule {}

/**
 * Holds the registry. Feature modules import `PermissionsModule.forFeature(THEIR_PERMISSIONS)`,
 * which registers their group while the application boots, before any request is served.
 */
@Global()
@Module({ controllers: [PermissionsController], providers: [PermissionRegistry], exports: [PermissionRegistry] })
export class PermissionsModule {
  static forFeature(...groups: PermissionGroupDefinition[]): DynamicModule {
    const token = `PermissionGroups:${groups.map((g) => g.resource).join(',')}`;
    return {
      module: PermissionGroupsModule,
      providers: [
        {
          provide: token,
          inject: [PermissionRegistry],
          useFactory: (registry: PermissionRegistry) => groups.forEach((g) => registry.register(g)),
        },
      ],
    };
  }
}
