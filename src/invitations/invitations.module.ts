import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { InvitationEntity } from './invitation.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/**
 * Invitations (API.md §14): create, list, read, revoke. Its own module rather than part of
 * organizations/, because acceptance mints the member's first key (api-keys/ sits above
 * organizations/). Acceptance is InvitationAcceptanceModule, so the CLI can invite without
 * loading the HTTP authentication it needs.
 */
@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity]), OrganizationsModule, ApiKeysModule, AuditModule],
  controllers: [InvitationsController],
  providers: [InvitationsService],
  exports: [InvitationsService],
})
export class InvitationsModule {}
