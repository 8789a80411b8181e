import { invalidField } from '../common/errors/rpc.error';
import { ListSpec } from '../common/listing/paginator';
import { parseChildName } from '../common/resource-names';
import { parseTimestamp } from '../common/time';
import { isAuditAction } from './audit-actions';
import { AuditEventEntity } from './audit-event.entity';

const TARGET_EXISTS = 'EXISTS (SELECT 1 FROM audit_event_targets ft WHERE ft.event_id = e.id AND ft.name = :';

/**
 * The audit list of API.md §9 (alias `e`): filter on `action`, `actor`, `target` and `create_time`
 * (compared), order by `create_time`, newest first by default.
 */
export const AUDIT_EVENT_LIST: Omit<ListSpec<AuditEventEntity>, 'collection'> = {
  sortFields: { create_time: { expr: 'e.createTime', value: (e) => e.createTime } },
  defaultOrder: [{ field: 'create_time', desc: true }],
  id: { expr: 'e.id', value: (e) => e.id },
  filters: {
    action: {
      ops: ['='],
      condition: (_op, value, p) => {
        if (!isAuditAction(value)) throw invalidField('filter', `"${value}" is not an audit action.`);
        return { sql: `e.action = :${p}`, params: { [p]: value } };
      },
    },
    actor: {
      ops: ['='],
      condition: (_op, value, p) => {
        if (value === 'OPERATOR' || value === 'SYSTEM' || value === 'INVITATION') {
          return { sql: `e.actorType = :${p}`, params: { [p]: value } };
        }
        const key = parseChildName(value, 'apiKeys');
        if (key) return { sql: `e.actorApiKeyId = :${p}`, params: { [p]: key.id } };
        const user = parseChildName(value, 'users');
        if (user) return { sql: `e.actorUserId = :${p}`, params: { [p]: user.id } };
        throw invalidField(
          'filter',
          `actor must be an API key or user name, OPERATOR, SYSTEM or INVITATION, not "${value}".`,
        );
      },
    },
    target: {
      ops: ['='],
      condition: (_op, value, p) => ({ sql: `${TARGET_EXISTS}${p})`, params: { [p]: value } }),
    },
    create_time: {
      ops: ['<', '<=', '>', '>='],
      condition: (op, value, p) => {
        const ms = parseTimestamp(value);
        if (ms === null) {
          throw invalidField(
            'filter',
            `create_time compares with an RFC 3339 time (e.g. "2026-12-01T00:00:00Z"), not "${value}".`,
          );
        }
        return { sql: `e.createTime ${op} :${p}`, params: { [p]: ms } };
      },
    },
  },
};
