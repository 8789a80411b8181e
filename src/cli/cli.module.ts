import { Module } from '@nestjs/common';
import { CommonModule } from '../common/common.module';
import { AppConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ObservabilityModule } from '../observability/observability.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { SetupModule } from '../setup/setup.module';
import { AuditCommand } from './audit.command';
import { BootstrapCommand } from './bootstrap.command';
import { CreateKeyCommand } from './create-key.command';
import { DeleteKeyCommand } from './delete-key.command';
import { DemoKeyCommand } from './demo-key.command';
import { InviteCommand } from './invite.command';
import { ListKeysCommand } from './list-keys.command';
import { MigrateCommand } from './migrate.command';

/** The operator CLI: the same feature modules as the server, without HTTP or the scheduler. */
@Module({
  imports: [AppConfigModule, CommonModule, ObservabilityModule, DatabaseModule, PermissionsModule, SetupModule],
  providers: [
    BootstrapCommand,
    CreateKeyCommand,
    ListKeysCommand,
    DeleteKeyCommand,
    DemoKeyCommand,
    InviteCommand,
    AuditCommand,
    MigrateCommand,
  ],
})
export class CliModule {}
