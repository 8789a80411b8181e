import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuditModule } from '../audit/audit.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { DemoSeeder } from './demo-seeder';
import { OperatorService } from './operator.service';
import { StartupChecks } from './startup-checks';

/** Operator actions (bootstrap, CLI key management, reading the audit log) and the first-run demo. */
@Module({
  imports: [OrganizationsModule, WorkspacesModule, ApiKeysModule, AuditModule, InvitationsModule],
  providers: [OperatorService, DemoSeeder, StartupChecks],
  exports: [OperatorService, DemoSeeder, StartupChecks],
})
export class SetupModule {}
