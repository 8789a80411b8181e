import { fieldError } from './dialog.js';
import { h, uid } from './dom.js';
import type { ApiKey, PermissionGroup, PermissionLevel } from './types.js';

const LEVELS: { value: PermissionLevel; label: string; hint: string }[] = [
  {
    value: 'PERMISSION_LEVEL_ALL',
    label: 'All',
    hint: 'Everything its owner may do, including permissions added later.',
  },
  { value: 'PERMISSION_LEVEL_READ_ONLY', label: 'Read only', hint: 'Every read permission.' },
  { value: 'PERMISSION_LEVEL_RESTRICTED', label: 'Restricted', hint: 'Exactly the permissions chosen below.' },
];

/**
 * "All", "Read only" or "Restricted"; Restricted opens one group per resource of `GET /permissions`,
 * a checkbox per permission and one for the whole group (mixed when only some are chosen).
 */
export function permissionFields(groups: PermissionGroup[], existing: ApiKey | undefined) {
  const radioName = uid('level');
  const current = existing?.permission_level ?? 'PERMISSION_LEVEL_ALL';
  const radios = LEVELS.map((level) => {
    const id = uid('level');
    const hintId = uid('level-hint');
    const input = h('input', {
      type: 'radio',
      name: radioName,
      id,
      value: level.value,
      checked: level.value === current,
      'aria-describedby': hintId,
    });
    return {
      input,
      element: h(
        'div',
        { class: 'check' },
        input,
        h('label', { for: id }, level.label),
        h('span', { id: hintId, class: 'hint' }, level.hint),
      ),
    };
  });
  const granted = new Set(existing?.permissions ?? []);
  const boxes: HTMLInputElement[] = [];
  const groupSets = groups.map((group) => {
    const toggleId = uid('group');
    const toggle = h('input', { type: 'checkbox', id: toggleId });
    const items = group.permissions.map((permission) => {
      const id = uid('permission');
      const box = h('input', { type: 'checkbox', id, value: permission.name, checked: granted.has(permission.name) });
      boxes.push(box);
      return {
        box,
        element: h(
          'div',
          { class: 'check' },
          box,
          h('label', { for: id }, permission.title, ' ', h('code', {}, permission.name)),
        ),
      };
    });
    const sync = () => {
      const on = items.filter((i) => i.box.checked).length;
      toggle.checked = on === items.length;
      toggle.indeterminate = on > 0 && on < items.length;
    };
    toggle.addEventListener('change', () => {
      for (const i of items) i.box.checked = toggle.checked;
      sync();
    });
    for (const i of items) i.box.addEventListener('change', sync);
    sync();
    return h(
      'fieldset',
      { class: 'permission-group' },
      h('legend', {}, group.title),
      h(
        'div',
        { class: 'check group-toggle' },
        toggle,
        h('label', { for: toggleId }, `All ${group.title} permissions`),
      ),
      items.map((i) => i.element),
    );
  });
  const restrictedPanel = h(
    'div',
    { class: 'nested permission-groups', role: 'group', 'aria-label': 'Permissions to grant' },
    groupSets,
  );
  const fieldset = h(
    'fieldset',
    {},
    h('legend', {}, 'Permissions'),
    radios.map((r) => r.element),
    restrictedPanel,
  );
  const error = fieldError(fieldset);
  fieldset.append(error.element);
  fieldset.setAttribute('aria-describedby', error.id);
  const level = () => (radios.find((r) => r.input.checked)?.input.value ?? 'PERMISSION_LEVEL_ALL') as PermissionLevel;
  const sync = () => (restrictedPanel.hidden = level() !== 'PERMISSION_LEVEL_RESTRICTED');
  for (const r of radios) r.input.addEventListener('change', sync);
  sync();
  const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value);
  return {
    element: fieldset,
    error,
    validate(): boolean {
      if (level() === 'PERMISSION_LEVEL_RESTRICTED' && chosen().length === 0) {
        error.show('Choose at least one permission, or All / Read only.');
        return false;
      }
      return true;
    },
    value(): { permission_level: PermissionLevel; permissions?: string[] } {
      return level() === 'PERMISSION_LEVEL_RESTRICTED'
        ? { permission_level: level(), permissions: chosen() }
        : { permission_level: level() };
    },
  };
}
