import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuditModule } from '../audit/audit.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { UserWorkspacesController } from './user-workspaces.controller';
import { WorkspaceEntity } from './workspace.entity';
import { WorkspacesController } from './workspaces.controller';
import { WORKSPACE_PERMISSIONS } from './workspaces.permissions';
import { WorkspacesService } from './workspaces.service';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([WorkspaceEntity]),
    PermissionsModule.forFeature(WORKSPACE_PERMISSIONS),
    OrganizationsModule,
  ],
  controllers: [WorkspacesController, UserWorkspacesController],
  providers: [WorkspacesService],
  exports: [WorkspacesService],
})
export class WorkspacesModule {}
