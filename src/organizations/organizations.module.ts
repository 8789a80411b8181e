import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { ORGANIZATION_PERMISSIONS, ROLE_PERMISSIONS, USER_PERMISSIONS } from './organizations.permissions';
import { OrganizationsService } from './organizations.service';
import { RolesController } from './roles.controller';
import { RolesService } from './roles.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Organizations, their members (users) and the built-in roles. */
@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([OrganizationEntity, UserEntity]),
    PermissionsModule.forFeature(ORGANIZATION_PERMISSIONS, USER_PERMISSIONS, ROLE_PERMISSIONS),
  ],
  controllers: [OrganizationsController, UsersController, RolesController],
  providers: [OrganizationsService, UsersService, RolesService],
  exports: [OrganizationsService, UsersService, RolesService],
})
export class OrganizationsModule {}
