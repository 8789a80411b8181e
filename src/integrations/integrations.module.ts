import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuthModule } from '../auth/auth.module';
import { LeakReportController } from './leak-report.controller';
import { LeakReports } from './leak-reports.service';

/** What other systems send Tessera: secret-scanning leak reports (API.md §11). */
@Module({
  imports: [ApiKeysModule, AuthModule],
  controllers: [LeakReportController],
  providers: [LeakReports],
})
export class IntegrationsModule {}
