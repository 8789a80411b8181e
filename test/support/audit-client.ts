/** Reading the audit log in e2e specs (API.md §9). Not a spec file. */
import { as } from './api-client';
import type { TestApp } from './test-app';

export interface AuditEvent {
  name: string;
  action: string;
  actor: { type: string; api_key: string; user: string; display_name: string };
  targets: { type: string; name: string; display_name: string }[];
  changes: Record<string, { before: unknown; after: unknown }>;
  request: { ip: string; user_agent: string; request_id: string };
  create_time: string;
}

/** Every event `key` may see in the organization, oldest first, walking all pages. */
export async function allEvents(t: TestApp, key: string, org: string, filter = ''): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let token = '';
  do {
    const res = await as(t, key)
      .get(`${org}/auditEvents`)
      .query({ page_size: 1000, page_token: token, filter, order_by: 'create_time asc' });
    if (res.status !== 200) throw new Error(`listing audit events failed: ${res.status} ${JSON.stringify(res.body)}`);
    events.push(...(res.body.audit_events as AuditEvent[]));
    token = res.body.next_page_token as string;
  } while (token);
  return events;
}
