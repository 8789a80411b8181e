import type { ConsoleContext } from './context.js';
import { errorBox, showDialog } from './dialog.js';
import { h, svg } from './dom.js';
import { plural } from './format.js';
import type { ApiKey, Usage } from './types.js';

const DAYS = 30;

/** The last 30 days of a key's requests: a small bar chart, and the same numbers as text and a table. */
export function showUsageDialog(ctx: ConsoleContext, key: ApiKey, opener: Element | null): void {
  const body = h('div', { class: 'usage', 'aria-busy': 'true' }, h('p', {}, 'Loading usage…'));
  const errors = errorBox();
  const dialog = showDialog({
    title: `Usage of ${key.display_name}`,
    className: 'usage-dialog',
    opener,
    content: [
      body,
      errors.element,
      h('div', { class: 'actions' }, h('button', { type: 'button', on: { click: () => dialog.close() } }, 'Close')),
    ],
  });
  ctx.api.usage(key.name, DAYS).then(
    (usage) => {
      body.replaceChildren(...usageContent(usage));
      body.removeAttribute('aria-busy');
    },
    (error: Error) => {
      body.replaceChildren();
      errors.show(error.message);
    },
  );
}

function usageContent(usage: Usage): Node[] {
  const allowed = usage.days.reduce((n, d) => n + d.allowed, 0);
  const denied = usage.days.reduce((n, d) => n + d.denied, 0);
  const first = usage.days[0]?.date ?? '';
  const last = usage.days[usage.days.length - 1]?.date ?? '';
  return [
    h(
      'p',
      { class: 'usage-summary' },
      `Last ${DAYS} days (${first} to ${last}, UTC): ${plural(allowed, 'allowed request')}, ${plural(denied, 'denied request')}.`,
    ),
    h('p', {}, usage.last_used_ip ? `Last used from ${usage.last_used_ip}.` : 'Not used yet.'),
    chart(usage),
    h(
      'details',
      {},
      h('summary', {}, 'Requests per day'),
      h(
        'table',
        { class: 'usage-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Date (UTC)'),
            h('th', { scope: 'col' }, 'Allowed'),
            h('th', { scope: 'col' }, 'Denied'),
          ),
        ),
        h(
          'tbody',
          {},
          usage.days.map((d) =>
            h('tr', {}, h('th', { scope: 'row' }, d.date), h('td', {}, d.allowed), h('td', {}, d.denied)),
          ),
        ),
      ),
    ),
  ];
}

/** Stacked bars (allowed, denied) per day, drawn with SVG attributes: the CSP allows no inline style. */
function chart(usage: Usage): SVGElement {
  const width = 300;
  const height = 80;
  const barWidth = width / Math.max(usage.days.length, 1);
  const max = Math.max(1, ...usage.days.map((d) => d.allowed + d.denied));
  const bars = usage.days.flatMap((d, i) => {
    const allowedHeight = (d.allowed / max) * height;
    const deniedHeight = (d.denied / max) * height;
    const x = i * barWidth + 1;
    const w = Math.max(barWidth - 2, 1);
    return [
      svg('rect', { x, y: height - allowedHeight, width: w, height: allowedHeight, class: 'bar-allowed' }),
      svg('rect', { x, y: height - allowedHeight - deniedHeight, width: w, height: deniedHeight, class: 'bar-denied' }),
    ];
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'usage-chart', 'aria-hidden': 'true', preserveAspectRatio: 'none' },
    svg('line', { x1: 0, y1: height, x2: width, y2: height, class: 'axis' }),
    ...bars,
  );
}
