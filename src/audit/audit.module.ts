import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PermissionsModule } from '../permissions/permissions.module';
import { AuditEventTargetEntity } from './audit-event-target.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditLog } from './audit-log';
import { AuditRetention } from './audit-retention';
import { AUDIT_PERMISSIONS } from './audit.permissions';

/**
 * The audit log (API.md §9). Feature modules import it to record their changes with AuditLog; it
 * imports none of them (targets are built from plain fields, see audit-targets.ts).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([AuditEventEntity, AuditEventTargetEntity]),
    PermissionsModule.forFeature(AUDIT_PERMISSIONS),
  ],
  controllers: [AuditEventsController],
  providers: [AuditLog, AuditEventsService, AuditRetention],
  exports: [AuditLog, AuditEventsService, AuditRetention],
})
export class AuditModule {}
