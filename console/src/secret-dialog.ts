import { showDialog } from './dialog.js';
import { h, uid } from './dom.js';
import type { IssuedApiKey } from './types.js';

/**
 * The key, once (after create or rotate): a read-only field, a Copy button with a visible
 * confirmation, the warning, and Done. Closing without having copied asks first. The secret is in
 * this dialog's field only, and gone once it closes.
 */
export function showSecretDialog(issued: IssuedApiKey, opener: Element | null, rotated = false): void {
  const fieldId = uid('secret');
  const warningId = uid('warning');
  let copied = false;
  const field = h('input', {
    id: fieldId,
    type: 'text',
    readonly: true,
    value: issued.key,
    class: 'secret',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': warningId,
  });
  const status = h('span', { role: 'status', class: 'copied' });
  const confirmBox = h(
    'div',
    { class: 'confirm-close', hidden: true, role: 'group', 'aria-label': 'Close without copying?' },
    h('p', {}, 'You have not copied the key. Close anyway? It cannot be shown again.'),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: () => backToKey() } }, 'Go back'),
      h('button', { type: 'button', class: 'danger', on: { click: () => dialog.close() } }, 'Close without copying'),
    ),
  );
  const done = h('button', { type: 'button', class: 'primary', on: { click: () => finish() } }, 'Done');

  function markCopied(): void {
    copied = true;
    status.textContent = 'Copied';
  }
  function copy(): void {
    field.select();
    navigator.clipboard.writeText(issued.key).then(markCopied, () => {
      // No clipboard permission: the key is selected in the field, so Ctrl+C / ⌘C copies it.
      status.textContent = 'Press Ctrl+C (⌘C) to copy the selected key';
    });
  }
  function finish(): boolean {
    if (copied) {
      dialog.close();
      return true;
    }
    confirmBox.hidden = false;
    done.hidden = true;
    confirmBox.querySelector('button')?.focus();
    return false;
  }
  function backToKey(): void {
    confirmBox.hidden = true;
    done.hidden = false;
    field.focus();
  }
  field.addEventListener('copy', markCopied);

  const dialog = showDialog({
    title: rotated ? `New secret for ${issued.display_name}` : `API key ${issued.display_name} created`,
    className: 'secret-dialog',
    opener,
    onCancel: finish,
    content: [
      h('label', { for: fieldId }, 'Your API key'),
      h('div', { class: 'secret-row' }, field, h('button', { type: 'button', on: { click: copy } }, 'Copy'), status),
      h(
        'p',
        { id: warningId, class: 'warning' },
        'This key will not be shown again. Copy it now and keep it somewhere safe.',
      ),
      rotated && issued.previous_secret_expire_time
        ? h(
            'p',
            {},
            `The previous secret keeps working until ${new Date(issued.previous_secret_expire_time).toLocaleString()}.`,
          )
        : null,
      confirmBox,
      h('div', { class: 'actions' }, done),
    ],
  });
  field.focus();
  field.select();
}
