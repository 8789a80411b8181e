import { Child, h, uid } from './dom.js';

export interface DialogOptions {
  title: string;
  content: Child[];
  /** Where focus goes back when the dialog closes; by default the element focused when it opened. */
  opener?: Element | null;
  /** Escape pressed: return false to keep the dialog open (e.g. to ask for confirmation first). */
  onCancel?: () => boolean;
  className?: string;
}

/**
 * A modal `<dialog>` (focus trapped by the browser, Escape closes it) titled by its heading. When it
 * closes it is removed and focus returns to its opener — or, when a refresh replaced the opener, to
 * the element that took its place (same `data-focus-id`), else to the page's main region.
 */
export function showDialog(options: DialogOptions): HTMLDialogElement {
  const titleId = uid('dialog-title');
  const opener = options.opener ?? document.activeElement;
  const focusId = opener instanceof HTMLElement ? opener.dataset.focusId : undefined;
  const dialog = h(
    'dialog',
    { 'aria-labelledby': titleId, class: options.className ?? null },
    h('h2', { id: titleId }, options.title),
    ...options.content,
  );
  dialog.addEventListener('cancel', (event) => {
    if (options.onCancel && !options.onCancel()) event.preventDefault();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    restoreFocus(opener, focusId);
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

function restoreFocus(opener: Element | null, focusId: string | undefined): void {
  if (opener instanceof HTMLElement && opener.isConnected && !opener.hasAttribute('disabled')) return opener.focus();
  const replacement = focusId ? document.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(focusId)}"]`) : null;
  if (replacement && !replacement.hasAttribute('disabled')) return replacement.focus();
  // Unless something else took focus meanwhile (e.g. the sign-in field after the key stopped working).
  if (!document.activeElement || document.activeElement === document.body) document.getElementById('main')?.focus();
}

/** A message area for a dialog's errors: announced when it changes, empty when there is none. */
export function errorBox(): { element: HTMLElement; show(message: string): void; clear(): void } {
  const element = h('p', { class: 'error', role: 'alert', hidden: true });
  return {
    element,
    show(message) {
      element.textContent = message;
      element.hidden = false;
    },
    clear() {
      element.textContent = '';
      element.hidden = true;
    },
  };
}

/** A dialog asking yes or no; resolves true when confirmed. */
export function confirmDialog(options: {
  title: string;
  message: Child;
  confirm: string;
  danger?: boolean;
  opener?: Element | null;
  action: () => Promise<void>;
}): void {
  const errors = errorBox();
  const confirmButton = h('button', { type: 'submit', class: options.danger ? 'danger' : 'primary' }, options.confirm);
  const form = h(
    'form',
    { method: 'dialog' },
    h('p', {}, options.message),
    errors.element,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: () => dialog.close() } }, 'Cancel'),
      confirmButton,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    confirmButton.disabled = true;
    errors.clear();
    options.action().then(
      () => dialog.close(),
      (error: Error) => {
        errors.show(error.message);
        confirmButton.disabled = false;
      },
    );
  });
  const dialog = showDialog({ title: options.title, content: [form], opener: options.opener });
}

/** A field's message, shown next to it and tied to it with aria-describedby / aria-invalid. */
export function fieldError(control: HTMLElement | null) {
  const element = h('p', { id: uid('field-error'), class: 'field-error', hidden: true });
  return {
    element,
    id: element.id,
    show(message: string) {
      element.textContent = message;
      element.hidden = false;
      control?.setAttribute('aria-invalid', 'true');
    },
    clear() {
      element.textContent = '';
      element.hidden = true;
      control?.removeAttribute('aria-invalid');
    },
  };
}
