import type { ConsoleContext } from './context.js';
import { fieldError } from './dialog.js';
import { h, uid } from './dom.js';
import { idOf } from './format.js';
import type { ApiKey, WorkspaceScope } from './types.js';

/** "All workspaces" or "Specific workspaces" with a checkbox per workspace. */
export function workspaceFields(ctx: ConsoleContext, existing: ApiKey | undefined) {
  const group = uid('scope');
  const specific = existing?.workspace_scope === 'WORKSPACE_SCOPE_SPECIFIC';
  const all = h('input', {
    type: 'radio',
    name: group,
    id: `${group}-all`,
    value: 'WORKSPACE_SCOPE_ALL',
    checked: !specific,
  });
  const some = h('input', {
    type: 'radio',
    name: group,
    id: `${group}-some`,
    value: 'WORKSPACE_SCOPE_SPECIFIC',
    checked: specific,
  });
  // The caller's workspaces, plus any of the key's that the caller cannot see (shown by id).
  const known = new Map(ctx.workspaces.map((w) => [w.name, w.title]));
  for (const w of existing?.workspaces ?? []) if (!known.has(w)) known.set(w, idOf(w));
  const boxes = [...known].map(([name, title]) => {
    const id = uid('workspace');
    const box = h('input', {
      type: 'checkbox',
      id,
      value: name,
      checked: existing?.workspaces.includes(name) ?? false,
    });
    return { box, element: h('div', { class: 'check' }, box, h('label', { for: id }, title)) };
  });
  const list = h(
    'div',
    { class: 'choices nested', role: 'group', 'aria-label': 'Workspaces this key can reach' },
    boxes.length ? boxes.map((b) => b.element) : h('p', { class: 'hint' }, 'This key cannot see any workspace.'),
  );
  const fieldset = h(
    'fieldset',
    {},
    h('legend', {}, 'Workspaces'),
    h('div', { class: 'check' }, all, h('label', { for: all.id }, 'All workspaces')),
    h('div', { class: 'check' }, some, h('label', { for: some.id }, 'Specific workspaces')),
    list,
  );
  const error = fieldError(fieldset);
  fieldset.append(error.element);
  fieldset.setAttribute('aria-describedby', error.id);
  const sync = () => (list.hidden = !some.checked);
  all.addEventListener('change', sync);
  some.addEventListener('change', sync);
  sync();
  const chosen = () => boxes.filter((b) => b.box.checked).map((b) => b.box.value);
  return {
    element: fieldset,
    error,
    validate(): boolean {
      if (some.checked && chosen().length === 0) {
        error.show('Choose at least one workspace, or All workspaces.');
        return false;
      }
      return true;
    },
    value(): { workspace_scope: WorkspaceScope; workspaces?: string[] } {
      return some.checked
        ? { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspaces: chosen() }
        : { workspace_scope: 'WORKSPACE_SCOPE_ALL' };
    },
  };
}
