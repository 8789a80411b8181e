import type { ConsoleContext } from './context.js';
import { errorBox } from './dialog.js';
import { h, uid } from './dom.js';
import { time } from './format.js';
import { AUDIT_ACTIONS } from './audit-actions.js';
import type { AuditEvent } from './types.js';

const PAGE_SIZE = 20;

/** The organization's audit events, newest first, filtered by action, a page at a time ("Load more"). */
export function auditView(ctx: ConsoleContext): HTMLElement {
  const headingId = uid('audit-heading');
  const filterId = uid('action-filter');
  const filter = h(
    'select',
    { id: filterId },
    h('option', { value: '' }, 'All actions'),
    AUDIT_ACTIONS.map((a) => h('option', { value: a }, a)),
  );
  const errors = errorBox();
  const status = h('p', { role: 'status', class: 'hint' });
  const body = h('tbody', {});
  const loadMore = h('button', { type: 'button', hidden: true }, 'Load more');
  let nextPageToken = '';

  async function load(reset: boolean): Promise<void> {
    loadMore.disabled = true;
    errors.clear();
    try {
      const page = await ctx.api.auditEvents(ctx.me.organization, {
        filter: filter.value ? `action = "${filter.value}"` : undefined,
        page_token: reset ? undefined : nextPageToken,
        page_size: PAGE_SIZE,
      });
      if (reset) body.replaceChildren();
      body.append(...page.audit_events.map(row));
      nextPageToken = page.next_page_token;
      status.textContent = `${body.rows.length} ${body.rows.length === 1 ? 'event' : 'events'} shown${nextPageToken ? '; more are available' : ''}.`;
    } catch (error) {
      errors.show((error as Error).message);
    }
    loadMore.hidden = !nextPageToken;
    loadMore.disabled = false;
  }

  filter.addEventListener('change', () => void load(true));
  loadMore.addEventListener('click', () => void load(false));
  void load(true);

  return h(
    'section',
    { 'aria-labelledby': headingId, class: 'audit' },
    h('h1', { id: headingId }, 'Audit log'),
    h('div', { class: 'field inline' }, h('label', { for: filterId }, 'Action'), filter),
    errors.element,
    h(
      'div',
      { class: 'table-holder' },
      h(
        'table',
        { class: 'audit-table', 'aria-labelledby': headingId },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Time', 'Actor', 'Action', 'Target'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        body,
      ),
    ),
    status,
    loadMore,
  );
}

function row(event: AuditEvent): HTMLTableRowElement {
  const targets = event.targets.map((t) => `${t.type} ${t.display_name || t.name}`).join(', ');
  return h(
    'tr',
    {},
    h('td', { 'data-label': 'Time' }, time(event.create_time, true)),
    h('td', { 'data-label': 'Actor' }, event.actor.display_name || event.actor.type),
    h('td', { 'data-label': 'Action' }, h('code', {}, event.action)),
    h('td', { 'data-label': 'Target' }, targets),
  );
}
