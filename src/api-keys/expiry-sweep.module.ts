import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ApiKeysModule } from './api-keys.module';
import { ExpirySweeper } from './expiry-sweeper';

/** The scheduled expiry sweep: part of the server, not of the CLI (which must exit when done). */
@Module({ imports: [ScheduleModule.forRoot(), ApiKeysModule], providers: [ExpirySweeper] })
export class ExpirySweepModule {}
