import { Command, Option } from 'nest-commander';
import { StartupChecks } from '../setup/startup-checks';
import { ROLE_IDS } from '../permissions/roles';
import { OperatorService } from '../setup/operator.service';
import { OperatorCommand } from './operator-command';
import { requireEmail, requireEnum } from './option-validators';

interface InviteOptions {
  json?: boolean;
  organization: string;
  email: string;
  role?: string;
}

@Command({
  name: 'invite',
  description: 'Invite someone to an organization (e.g. its first admins) and print the token once',
})
export class InviteCommand extends OperatorCommand<InviteOptions> {
  constructor(
    checks: StartupChecks,
    private readonly operator: OperatorService,
  ) {
    super(checks);
  }

  protected execute(o: InviteOptions): Promise<object> {
    return this.operator
      .invite(o.organization, requireEmail('--email', o.email), requireEnum('--role', o.role ?? '', ROLE_IDS))
      .then((created) => ({ invitation: created.invitation.name, invite_token: created.invite_token }));
  }

  protected describe(r: { invitation: string; invite_token: string }): string {
    return [
      `invitation:   ${r.invitation}`,
      `invite_token: ${r.invite_token}`,
      'The token is shown only now. The invitee accepts with POST /api/v1/invitations:accept.',
    ].join('\n');
  }

  @Option({ flags: '--organization <organization>', description: 'organization id or name', required: true })
  parseOrganization(v: string) {
    return v;
  }

  @Option({ flags: '--email <email>', description: 'who is invited', required: true })
  parseEmail(v: string) {
    return v;
  }

  @Option({ flags: '--role <role>', description: 'org-admin or org-member', required: true })
  parseRole(v: string) {
    return v;
  }
}
