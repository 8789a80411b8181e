import { Command, Option } from 'nest-commander';
import { AuditEventResponse } from '../audit/dto/audit-event.response';
import { parseTimestamp } from '../common/time';
import { StartupChecks } from '../setup/startup-checks';
import { OperatorService } from '../setup/operator.service';
import { OperatorCommand } from './operator-command';

interface AuditOptions {
  json?: boolean;
  organization: string;
  since?: string;
}

@Command({ name: 'audit', description: "Print an organization's audit events, oldest first (API.md §9)" })
export class AuditCommand extends OperatorCommand<AuditOptions> {
  constructor(
    checks: StartupChecks,
    private readonly operator: OperatorService,
  ) {
    super(checks);
  }

  protected async execute(o: AuditOptions): Promise<{ audit_events: AuditEventResponse[] }> {
    if (o.since !== undefined && parseTimestamp(o.since) === null) {
      throw new Error('--since must be an RFC 3339 time, e.g. 2026-12-01T00:00:00Z');
    }
    return { audit_events: await this.operator.auditLog(o.organization, o.since) };
  }

  protected describe(r: { audit_events: AuditEventResponse[] }): string {
    if (r.audit_events.length === 0) return 'No audit events.';
    return r.audit_events.map(describeEvent).join('\n');
  }

  @Option({ flags: '--organization <organization>', description: 'organization id or name', required: true })
  parseOrganization(v: string) {
    return v;
  }

  @Option({ flags: '--since <time>', description: 'only events at or after this RFC 3339 time' })
  parseSince(v: string) {
    return v;
  }
}

/** One line: when, what, who, about what, and what changed. */
function describeEvent(e: AuditEventResponse): string {
  const who = e.actor.type === 'API_KEY' ? `${e.actor.display_name} (${e.actor.api_key})` : e.actor.type;
  const about = e.targets.map((t) => `${t.name} "${t.display_name}"`).join(', ');
  const changed = Object.keys(e.changes).length ? `  ${JSON.stringify(e.changes)}` : '';
  return `${e.create_time}  ${e.action}  by ${who}  on ${about}${changed}`;
}
