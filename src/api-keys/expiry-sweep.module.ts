import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditModule } from '../audit/audit.module';
import { ApiKeysModule } from './api-keys.module';
import { ExpirySweeper } from './expiry-sweeper';

/** The scheduled expiry sweep: part of the server, not of the CLI (which must exit when done). */
@Module({ imports: [ScheduleModule.forRoot(), ApiKeysModule, AuditModule], providers: [ExpirySweeper] })
export class ExpirySweepModule {}
