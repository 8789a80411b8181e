import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { Paginator } from '../common/listing/paginator';
import { names } from '../common/resource-names';
import { Principal } from '../permissions/principal';
import { AUDIT_EVENT_LIST } from './audit-event-list';
import { AuditEventTargetEntity } from './audit-event-target.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventResponse, ListAuditEventsResponse } from './dto/audit-event.response';

/** Whom a list is for: an admin sees every event of the organization, a member only their own. */
export interface AuditReader {
  organizationId: string;
  /** null: every event (org-admin, operator). */
  memberUserId: string | null;
}

export function auditReaderOf(caller: Principal): AuditReader {
  return { organizationId: caller.organizationId, memberUserId: caller.role === 'org-admin' ? null : caller.userId };
}

/** Reading the audit log (API.md §9). Two statements per page: the events, then their targets. */
@Injectable()
export class AuditEventsService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    @InjectRepository(AuditEventTargetEntity) private readonly targets: Repository<AuditEventTargetEntity>,
    private readonly paginator: Paginator,
  ) {}

  async list(reader: AuditReader, query: ListQueryDto): Promise<ListAuditEventsResponse> {
    const qb = this.events.createQueryBuilder('e').where('e.organizationId = :org', { org: reader.organizationId });
    if (reader.memberUserId !== null) {
      // Events they caused, or about themselves or one of their own keys (even a deleted one).
      qb.andWhere(
        '(e.actorUserId = :member OR EXISTS (SELECT 1 FROM audit_event_targets vt WHERE vt.event_id = e.id AND vt.owner_user_id = :member))',
        { member: reader.memberUserId },
      );
    }
    const page = await this.paginator.page(qb, query, {
      ...AUDIT_EVENT_LIST,
      collection: `${names.organization(reader.organizationId)}/auditEvents`,
    });
    return { audit_events: await this.withTargets(page.items), next_page_token: page.nextPageToken };
  }

  private async withTargets(events: AuditEventEntity[]): Promise<AuditEventResponse[]> {
    if (events.length === 0) return [];
    const rows = await this.targets.find({
      where: { eventId: In(events.map((e) => e.id)) },
      order: { eventId: 'ASC', position: 'ASC' },
    });
    const byEvent = new Map<string, AuditEventTargetEntity[]>();
    for (const row of rows) {
      const list = byEvent.get(row.eventId) ?? [];
      list.push(row);
      byEvent.set(row.eventId, list);
    }
    return events.map((e) => AuditEventResponse.from(e, byEvent.get(e.id) ?? []));
  }
}
