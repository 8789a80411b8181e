import type { ConsoleContext } from './context.js';
import { errorBox, showDialog } from './dialog.js';
import { h, uid } from './dom.js';
import { showSecretDialog } from './secret-dialog.js';
import type { ApiKey, IssuedApiKey } from './types.js';

const GRACE_PERIODS = [
  { seconds: 0, label: 'None: the current secret stops working at once' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 86400, label: '24 hours' },
];

/** Rotate: choose how long the current secret keeps working, then the new secret, once. */
export function showRotateDialog(
  ctx: ConsoleContext,
  key: ApiKey,
  opener: Element | null,
  onRotated: (issued: IssuedApiKey) => Promise<void>,
): void {
  const errors = errorBox();
  const name = uid('grace');
  const radios = GRACE_PERIODS.map((period, i) => {
    const id = uid('grace');
    const input = h('input', { type: 'radio', name, id, value: period.seconds, checked: i === 0 });
    return { input, element: h('div', { class: 'check' }, input, h('label', { for: id }, period.label)) };
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Rotate');
  const form = h(
    'form',
    {},
    h('p', {}, `A new secret replaces the current one of ${key.display_name}; its name, grants and expiry stay.`),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Grace period for the current secret'),
      radios.map((r) => r.element),
    ),
    errors.element,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: () => dialog.close() } }, 'Cancel'),
      submit,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    errors.clear();
    const seconds = Number(radios.find((r) => r.input.checked)?.input.value ?? 0);
    ctx.api
      .rotateKey(key.name, seconds)
      .then(async (issued) => {
        await onRotated(issued);
        dialog.close();
        showSecretDialog(issued, opener, true);
      })
      .catch((error: Error) => {
        submit.disabled = false;
        errors.show(error.message);
      });
  });
  const dialog = showDialog({ title: `Rotate API key ${key.display_name}`, opener, content: [form] });
  radios[0].input.focus();
}
