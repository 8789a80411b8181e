import { ApiError } from './api.js';
import type { ConsoleContext } from './context.js';
import { errorBox, fieldError, showDialog } from './dialog.js';
import { h, uid } from './dom.js';
import { EXPIRATIONS, time } from './format.js';
import { permissionFields } from './permission-fields.js';
import { workspaceFields } from './workspace-fields.js';
import type { ApiKey, Expiration, IssuedApiKey, PermissionLevel, WorkspaceScope } from './types.js';

const NAME_MAX = 100;

type FieldError = ReturnType<typeof fieldError>;

/**
 * The Create API key dialog, or Edit (the same form, prefilled; the expiration is shown read-only:
 * it cannot be changed). Client-side checks first, then the API's own answer: its field
 * violations next to the fields, and its message (escalation, limit, …) in the dialog.
 */
export function showKeyForm(
  ctx: ConsoleContext,
  options: {
    key?: ApiKey;
    opener: Element | null;
    /** After a successful save, before the dialog closes (e.g. refresh the table). */
    onSaved: (saved: ApiKey | IssuedApiKey) => Promise<void>;
    /** After the dialog has closed following a save. */
    afterClose?: (saved: ApiKey | IssuedApiKey) => void;
    /** The API refused the request (the error is shown in the dialog too). */
    onFailed?: (error: Error) => void;
  },
): void {
  const existing = options.key;
  const errors = errorBox();

  // Name, with a counter of Unicode characters (what the API counts).
  const nameId = uid('name');
  const counterId = uid('name-counter');
  const nameInput = h('input', {
    id: nameId,
    name: 'display_name',
    type: 'text',
    autocomplete: 'off',
    required: true,
    value: existing?.display_name ?? '',
  });
  const nameError = fieldError(nameInput);
  const counter = h('span', { id: counterId, class: 'hint' });
  nameInput.setAttribute('aria-describedby', `${counterId} ${nameError.id}`);
  const updateCounter = () => {
    const length = [...nameInput.value.trim()].length;
    counter.textContent = `${length} / ${NAME_MAX} characters`;
    counter.classList.toggle('over', length > NAME_MAX);
  };
  nameInput.addEventListener('input', updateCounter);
  updateCounter();

  // Expiration: chosen at creation, read-only afterwards.
  const expirationId = uid('expiration');
  const expirationSelect = h(
    'select',
    { id: expirationId, name: 'expiration' },
    EXPIRATIONS.map((e) => h('option', { value: e.value, selected: e.value === 'EXPIRATION_30_DAYS' }, e.label)),
  );
  const expirationField = existing
    ? h(
        'div',
        { class: 'field' },
        h('span', { class: 'label', id: expirationId }, 'Expiration'),
        h(
          'p',
          { 'aria-labelledby': expirationId },
          'Expires ',
          time(existing.expire_time),
          ' (set at creation; it cannot be changed).',
        ),
      )
    : h('div', { class: 'field' }, h('label', { for: expirationId }, 'Expiration'), expirationSelect);

  const scope = workspaceFields(ctx, existing);
  const permissions = permissionFields(ctx.permissionGroups, existing);

  // Allowed IP addresses (API.md §10).
  const ipsId = uid('ips');
  const ipsHintId = uid('ips-hint');
  const ipsInput = h('textarea', {
    id: ipsId,
    name: 'allowed_ips',
    rows: 2,
    'aria-describedby': ipsHintId,
    spellcheck: 'false',
  });
  ipsInput.value = (existing?.allowed_ips ?? []).join('\n');
  const ipsError = fieldError(ipsInput);
  ipsInput.setAttribute('aria-describedby', `${ipsHintId} ${ipsError.id}`);

  const submit = h('button', { type: 'submit', class: 'primary' }, existing ? 'Save' : 'Create');
  const form = h(
    'form',
    { novalidate: true },
    h('div', { class: 'field' }, h('label', { for: nameId }, 'Name'), nameInput, counter, nameError.element),
    expirationField,
    scope.element,
    permissions.element,
    h(
      'div',
      { class: 'field' },
      h('label', { for: ipsId }, 'Allowed IP addresses (optional)'),
      ipsInput,
      h(
        'span',
        { id: ipsHintId, class: 'hint' },
        'One address or CIDR per line, e.g. 203.0.113.7 or 10.0.0.0/8. Empty: any address.',
      ),
      ipsError.element,
    ),
    errors.element,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', on: { click: () => dialog.close() } }, 'Cancel'),
      submit,
    ),
  );

  const fieldErrors: [string, FieldError][] = [
    ['display_name', nameError],
    ['workspace', scope.error],
    ['permission', permissions.error],
    ['allowed_ips', ipsError],
  ];
  // A message goes as soon as its field is being fixed.
  nameInput.addEventListener('input', () => nameError.clear());
  scope.element.addEventListener('change', () => scope.error.clear());
  permissions.element.addEventListener('change', () => permissions.error.clear());
  ipsInput.addEventListener('input', () => ipsError.clear());
  const clearErrors = () => {
    errors.clear();
    for (const [, e] of fieldErrors) e.clear();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors();
    const name = nameInput.value.trim();
    const length = [...name].length;
    let valid = true;
    if (length < 1 || length > NAME_MAX) {
      nameError.show(`Enter a name of 1 to ${NAME_MAX} characters.`);
      valid = false;
    }
    valid = scope.validate() && valid;
    valid = permissions.validate() && valid;
    if (!valid) {
      focusFirstInvalid(form);
      return;
    }
    const allowedIps = ipsInput.value
      .split(/[\s,]+/)
      .map((ip) => ip.trim())
      .filter(Boolean);
    const grants = { ...scope.value(), ...permissions.value() };
    submit.disabled = true;
    const request = existing
      ? ctx.api.updateKey(
          existing.name,
          changedFields(existing, { display_name: name, ...grants, allowed_ips: allowedIps }),
        )
      : ctx.api.createKey(ctx.me.organization, {
          display_name: name,
          expiration: expirationSelect.value as Expiration,
          ...grants,
          ...(allowedIps.length ? { allowed_ips: allowedIps } : {}),
        });
    request
      .then(async (saved) => {
        await options.onSaved(saved);
        dialog.close();
        options.afterClose?.(saved);
      })
      .catch((error: Error) => {
        submit.disabled = false;
        options.onFailed?.(error);
        showApiError(error, errors, fieldErrors);
        if (!focusFirstInvalid(form)) errors.element.focus();
      });
  });

  const dialog = showDialog({
    title: existing ? `Edit API key ${existing.display_name}` : 'Create API key',
    className: 'key-form',
    opener: options.opener,
    content: [form],
  });
  errors.element.tabIndex = -1;
  nameInput.focus();
}

/** Focus the first field marked invalid (or the first control of an invalid group); false when none is. */
function focusFirstInvalid(form: HTMLFormElement): boolean {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.matches('input, select, textarea') ? invalid : invalid?.querySelector<HTMLElement>('input');
  target?.focus();
  return !!target;
}

/** The API's answer in the dialog: its message always, and each field violation next to its field. */
function showApiError(error: Error, errors: ReturnType<typeof errorBox>, fieldErrors: [string, FieldError][]): void {
  errors.show(error.message);
  if (!(error instanceof ApiError)) return;
  for (const violation of error.fieldViolations) {
    const match = fieldErrors.find(([prefix]) => violation.field.startsWith(prefix));
    match?.[1].show(violation.description);
  }
}

interface Editable {
  display_name: string;
  permission_level: PermissionLevel;
  permissions?: string[];
  workspace_scope: WorkspaceScope;
  workspaces?: string[];
  allowed_ips: string[];
}

/**
 * Only what changed (a rename alone is not an escalation check, API.md §5); a level or scope is
 * sent with its list, since the API checks them together.
 */
function changedFields(key: ApiKey, next: Editable): Partial<Editable> {
  const same = (a: readonly string[] = [], b: readonly string[] = []) =>
    a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  const body: Partial<Editable> = {};
  if (next.display_name !== key.display_name) body.display_name = next.display_name;
  if (next.permission_level !== key.permission_level || !same(next.permissions, key.permissions)) {
    body.permission_level = next.permission_level;
    if (next.permissions) body.permissions = next.permissions;
  }
  if (next.workspace_scope !== key.workspace_scope || !same(next.workspaces, key.workspaces)) {
    body.workspace_scope = next.workspace_scope;
    if (next.workspaces) body.workspaces = next.workspaces;
  }
  if (!same(next.allowed_ips, key.allowed_ips)) body.allowed_ips = next.allowed_ips;
  return body;
}
