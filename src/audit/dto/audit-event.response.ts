import { ApiTimestamp } from '../../common/api-timestamp';
import { names } from '../../common/resource-names';
import { toTimestamp } from '../../common/time';
import { ApiProperty } from '@nestjs/swagger';
import { ACTOR_TYPES, type ActorType } from '../actor';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-actions';
import type { AuditChanges } from '../audit-changes';
import { AuditEventTargetEntity } from '../audit-event-target.entity';
import { AuditEventEntity } from '../audit-event.entity';
import { AUDIT_TARGET_TYPES, type AuditTargetType } from '../audit-targets';

export class AuditActorResponse {
  /**
   * API_KEY for requests, OPERATOR for the operator CLI, SYSTEM for Tessera itself (sweep, leak
   * reports), INVITATION for someone accepting an invitation (`user` is the member it created).
   */
  @ApiProperty({ enum: ACTOR_TYPES })
  type: ActorType;
  /** The calling key's name; "" unless type is API_KEY. */
  api_key: string;
  /** The calling key owner's name (API_KEY), or the member an acceptance created (INVITATION). */
  user: string;
  /** The user's display name at the time; "Operator" or "Tessera" otherwise. */
  display_name: string;
}

export class AuditTargetResponse {
  @ApiProperty({ enum: AUDIT_TARGET_TYPES })
  type: AuditTargetType;
  /** Resource name; a deleted target keeps it. */
  name: string;
  /** The display name (or title) the target had when the event happened. */
  display_name: string;
}

export class AuditRequestResponse {
  /** Client address (under TRUST_PROXY); "" for OPERATOR and SYSTEM. */
  ip: string;
  /** First 256 characters of the User-Agent header. */
  user_agent: string;
  /** The request's X-Request-Id (the client's, when well-formed, or one Tessera generated). */
  request_id: string;
}

/** One recorded change (API.md §9). */
export class AuditEventResponse {
  /** `organizations/{organization}/auditEvents/{audit_event}` */
  name: string;
  /** e.g. `api_key.created` */
  @ApiProperty({ enum: AUDIT_ACTIONS })
  action: AuditAction;
  actor: AuditActorResponse;
  targets: AuditTargetResponse[];
  /**
   * `{field: {before, after}}` of the fields an update changed (created resources: before is
   * null). Never a secret or a hash.
   */
  changes: Record<string, { before: unknown; after: unknown }>;
  request: AuditRequestResponse;
  @ApiTimestamp()
  create_time: string;

  static from(event: AuditEventEntity, targets: readonly AuditEventTargetEntity[]): AuditEventResponse {
    const org = event.organizationId;
    return {
      name: `${names.organization(org)}/auditEvents/${event.id}`,
      action: event.action,
      actor: {
        type: event.actorType,
        api_key: event.actorApiKeyId ? names.apiKey(org, event.actorApiKeyId) : '',
        user: event.actorUserId ? names.user(org, event.actorUserId) : '',
        display_name: event.actorDisplayName,
      },
      targets: targets.map((t) => ({ type: t.type, name: t.name, display_name: t.displayName })),
      changes: JSON.parse(event.changes) as AuditChanges,
      request: { ip: event.requestIp, user_agent: event.requestUserAgent, request_id: event.requestId },
      create_time: toTimestamp(event.createTime),
    };
  }
}

export class ListAuditEventsResponse {
  audit_events: AuditEventResponse[];
  /** Pass as page_token for the next page; "" on the last one. */
  next_page_token: string;
}
