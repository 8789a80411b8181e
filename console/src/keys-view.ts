import { ApiError } from './api.js';
import type { ConsoleContext } from './context.js';
import { confirmDialog, errorBox } from './dialog.js';
import { h, replaceChildren, uid } from './dom.js';
import { permissionsLabel, scopeLabel, time } from './format.js';
import { showKeyForm } from './key-form.js';
import { showRotateDialog } from './rotate-dialog.js';
import { showSecretDialog } from './secret-dialog.js';
import { session } from './session.js';
import type { ApiKey, IssuedApiKey } from './types.js';
import { showUsageDialog } from './usage-dialog.js';

/**
 * "API Keys": the counter against the organization's limit, "Create API key", and the table with
 * each key's actions. Admins see every key of the organization (with its owner); members their own.
 */
export function keysView(ctx: ConsoleContext): HTMLElement {
  const headingId = uid('keys-heading');
  const counterId = uid('counter');
  const limitNoteId = uid('limit-note');
  const counter = h('p', { id: counterId, class: 'counter' });
  const limitNote = h('p', { id: limitNoteId, class: 'hint', hidden: true });
  const errors = errorBox();
  const createButton = h(
    'button',
    { type: 'button', class: 'primary', 'aria-describedby': `${counterId} ${limitNoteId}`, 'data-focus-id': 'create' },
    'Create API key',
  );
  const tableHolder = h('div', { class: 'table-holder' }, h('p', {}, 'Loading keys…'));
  const section = h(
    'section',
    { 'aria-labelledby': headingId, class: 'keys' },
    h(
      'div',
      { class: 'section-head' },
      h('h1', { id: headingId }, 'API Keys'),
      h('div', { class: 'create' }, createButton),
    ),
    counter,
    limitNote,
    errors.element,
    tableHolder,
  );

  let keys: ApiKey[] = [];
  const canCreate = ctx.can('create:ApiKey');

  async function refresh(): Promise<void> {
    try {
      keys = await ctx.api.apiKeys(ctx.me.organization);
      errors.clear();
    } catch (error) {
      errors.show((error as Error).message);
    }
    render();
  }

  function render(): void {
    const limit = ctx.me.api_key_limit;
    // Admins see the whole organization's keys; a member sees only theirs, so only an admin's count is the organization's.
    const atLimit = ctx.isAdmin && keys.length >= limit;
    counter.textContent = ctx.isAdmin
      ? `${keys.length} of ${limit} keys`
      : `${keys.length} of your keys (the organization may hold ${limit} in all)`;
    createButton.disabled = !canCreate || atLimit;
    limitNote.hidden = !createButton.disabled;
    limitNote.textContent = !canCreate
      ? 'This key may not create API keys (it lacks create:ApiKey).'
      : `The organization has reached its limit of ${limit} keys. Delete a key to create another.`;
    replaceChildren(tableHolder, keys.length ? table() : h('p', {}, 'No API keys yet.'));
  }

  function table(): HTMLElement {
    const columns = ['Name', 'Key', 'Scope', 'Permissions', 'Created', 'Expires', 'Last used', 'Owner', 'Actions'];
    return h(
      'table',
      { class: 'keys-table', 'aria-labelledby': headingId },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h('tbody', {}, keys.map(row)),
    );
  }

  function row(key: ApiKey): HTMLElement {
    const cell = (label: string, ...content: (Node | string)[]) => h('td', { 'data-label': label }, ...content);
    const expired = key.state === 'STATE_EXPIRED';
    return h(
      'tr',
      {},
      h('th', { scope: 'row', 'data-label': 'Name' }, key.display_name),
      cell('Key', h('code', {}, `${key.key_prefix}…`)),
      cell('Scope', scopeLabel(key, ctx.workspaceTitles)),
      cell('Permissions', permissionsLabel(key)),
      cell('Created', time(key.create_time)),
      cell(
        'Expires',
        time(key.expire_time),
        ...(expired
          ? [' ', h('span', { class: 'badge expired' }, 'Expired')]
          : key.expires_soon
            ? [' ', h('span', { class: 'badge soon' }, 'Expires soon')]
            : []),
      ),
      cell('Last used', key.last_used_time ? time(key.last_used_time, true) : 'Never'),
      cell('Owner', key.owner_display_name || key.owner_email, h('span', { class: 'hint block' }, key.owner_email)),
      cell('Actions', h('div', { class: 'row-actions' }, actions(key))),
    );
  }

  function actions(key: ApiKey): HTMLElement[] {
    const button = (
      label: string,
      action: string,
      onClick: (b: HTMLButtonElement) => void,
      disabled = false,
      why: string | null = null,
    ) => {
      const b = h(
        'button',
        {
          type: 'button',
          'aria-label': `${label} ${key.display_name}`,
          'data-focus-id': `${action}:${key.name}`,
          disabled,
          title: disabled ? why : null,
        },
        label,
      );
      b.addEventListener('click', () => onClick(b));
      return b;
    };
    const mine = key.owner === ctx.me.user.name;
    return [
      button('Edit', 'edit', (b) => showKeyForm(ctx, { key, opener: b, onSaved: refresh }), !ctx.can('update:ApiKey')),
      // Only the owner may rotate a key, and not once it has expired (API.md §5).
      button(
        'Rotate',
        'rotate',
        (b) => showRotateDialog(ctx, key, b, (issued) => afterRotate(issued)),
        !mine || key.state === 'STATE_EXPIRED' || !ctx.can('update:ApiKey'),
        !mine ? 'Only its owner can rotate a key.' : 'An expired key cannot be rotated.',
      ),
      button('Usage', 'usage', (b) => showUsageDialog(ctx, key, b)),
      button(
        'Delete',
        'delete',
        (b) =>
          confirmDialog({
            title: 'Delete API key',
            message: signedInWith(key)
              ? `Delete key ${key.display_name}? Requests using it will fail immediately. It is the key you are signed in with: you will be signed out.`
              : `Delete key ${key.display_name}? Requests using it will fail immediately.`,
            confirm: 'Delete',
            danger: true,
            opener: b,
            action: async () => {
              await ctx.api.deleteKey(key.name);
              await refresh();
            },
          }),
        !ctx.can('delete:ApiKey'),
      ),
    ];
  }

  const signedInWith = (key: ApiKey) => key.name === ctx.me.api_key.name;

  /** Rotating the key the console is signed in with: the page carries on with the new secret. */
  async function afterRotate(issued: IssuedApiKey): Promise<void> {
    if (signedInWith(issued)) {
      ctx.api.useKey(issued.key);
      session.signIn(issued.key);
    }
    await refresh();
  }

  createButton.addEventListener('click', () =>
    showKeyForm(ctx, {
      opener: createButton,
      onSaved: refresh,
      // Once the form has closed: the key, once; focus goes back to Create API key after it.
      afterClose: (saved) => showSecretDialog(saved as IssuedApiKey, createButton),
      onFailed: (error) => {
        // At the limit (other members' keys count too): show the count as it is now.
        if (error instanceof ApiError && error.reason === 'API_KEY_LIMIT_REACHED') void refresh();
      },
    }),
  );

  void refresh();
  return section;
}
