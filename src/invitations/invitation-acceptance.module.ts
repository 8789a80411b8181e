import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { InvitationAcceptController } from './invitation-accept.controller';
import { InvitationAcceptance } from './invitation-acceptance.service';
import { InvitationsModule } from './invitations.module';

/** The public `POST /invitations:accept`: counts failures in auth/'s per-address limiter. */
@Module({
  imports: [InvitationsModule, OrganizationsModule, ApiKeysModule, AuthModule],
  controllers: [InvitationAcceptController],
  providers: [InvitationAcceptance],
})
export class InvitationAcceptanceModule {}
