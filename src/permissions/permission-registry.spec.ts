import { BUILT_IN_PERMISSIONS, builtIns } from './permission-catalog.testing';
import { PermissionRegistry } from './permission-registry';
import { PermissionGroupDefinition } from './permission.types';

const WIDGETS: PermissionGroupDefinition = {
  resource: 'Widget',
  title: 'Widgets',
  actions: [
    { action: 'read', title: 'View widgets', readOnly: true },
    { action: 'frob', title: 'Frob widgets', readOnly: false },
    { action: 'polish', title: 'Polish widgets', readOnly: false, grantedToMembers: true },
  ],
};

const GADGETS: PermissionGroupDefinition = {
  resource: 'Gadget',
  title: 'Gadgets',
  actions: [
    { action: 'read', title: 'View gadgets', readOnly: true },
    { action: 'spin', title: 'Spin gadgets', readOnly: false, grantedToMembers: true },
  ],
};

describe(PermissionRegistry.name, () => {
  describe('register', () => {
    it('starts empty', () => {
      const registry = new PermissionRegistry();
      expect(registry.groups()).toEqual([]);
      expect(registry.all).toEqual([]);
      expect(registry.readOnly).toEqual([]);
      expect(registry.memberExtras).toEqual([]);
      expect(registry.has('read:Widget')).toBe(false);
    });

    it('derives action:Resource names for every action of a group, in registration order', () => {
      const registry = new PermissionRegistry();
      registry.register(WIDGETS);
      registry.register(GADGETS);
      expect(registry.groups()).toEqual([WIDGETS, GADGETS]);
      expect(registry.all).toEqual(['read:Widget', 'frob:Widget', 'polish:Widget', 'read:Gadget', 'spin:Gadget']);
    });

    it('puts read-only actions in readOnly and granted-to-members non-read actions in memberExtras', () => {
      const registry = new PermissionRegistry();
      registry.register(WIDGETS);
      expect(registry.readOnly).toEqual(['read:Widget']);
      expect(registry.memberExtras).toEqual(['polish:Widget']);
    });

    it('has() knows exactly the registered names', () => {
      const registry = new PermissionRegistry();
      registry.register(WIDGETS);
      expect(registry.has('read:Widget')).toBe(true);
      expect(registry.has('frob:Widget')).toBe(true);
      expect(registry.has('frob:Gadget')).toBe(false);
      expect(registry.has('Read:Widget')).toBe(false);
      expect(registry.has('read:widget')).toBe(false);
      expect(registry.has('read')).toBe(false);
      expect(registry.has('')).toBe(false);
      expect(registry.has('*')).toBe(false);
    });

    it('accepts the same group object twice (idempotent) without duplicating its permissions', () => {
      const registry = new PermissionRegistry();
      registry.register(WIDGETS);
      registry.register(WIDGETS);
      expect(registry.groups()).toEqual([WIDGETS]);
      expect(registry.all).toEqual(['read:Widget', 'frob:Widget', 'polish:Widget']);
    });

    it('rejects a second, different group for a resource already registered', () => {
      const registry = new PermissionRegistry();
      registry.register(WIDGETS);
      const impostor: PermissionGroupDefinition = {
        resource: 'Widget',
        title: 'Other widgets',
        actions: [{ action: 'delete', title: 'Delete widgets', readOnly: false }],
      };
      expect(() => registry.register(impostor)).toThrow(/Widget/);
      expect(() => registry.register({ ...WIDGETS })).toThrow(/registered twice/);
      // The first registration stands untouched.
      expect(registry.groups()).toEqual([WIDGETS]);
      expect(registry.has('delete:Widget')).toBe(false);
    });

    it.each(['widget', 'Wid get', 'Wid-get', 'Wid:get', 'Wid_get', '', '1Widget', 'Widget*', 'read:Widget'])(
      'rejects the resource name %j (must be PascalCase)',
      (resource) => {
        const registry = new PermissionRegistry();
        expect(() => registry.register({ ...WIDGETS, resource })).toThrow();
        expect(registry.groups()).toEqual([]);
        expect(registry.all).toEqual([]);
      },
    );

    it.each(['Read', 'read:all', 'read all', '', '1read', 'read-all', 'read_all', '*'])(
      'rejects the action name %j',
      (action) => {
        const registry = new PermissionRegistry();
        const group: PermissionGroupDefinition = {
          resource: 'Widget',
          title: 'Widgets',
          actions: [
            { action: 'read', title: 'View', readOnly: true },
            { action, title: 'Bad', readOnly: false },
          ],
        };
        expect(() => registry.register(group)).toThrow();
        expect(registry.groups()).toEqual([]);
        expect(registry.has('read:Widget')).toBe(false);
      },
    );

    it('rejects a group that declares the same action twice', () => {
      const registry = new PermissionRegistry();
      const group: PermissionGroupDefinition = {
        resource: 'Widget',
        title: 'Widgets',
        actions: [
          { action: 'read', title: 'View', readOnly: true },
          { action: 'read', title: 'View again', readOnly: true },
        ],
      };
      expect(() => registry.register(group)).toThrow(/duplicate/i);
      expect(registry.all).toEqual([]);
    });

    it('accepts camelCase actions', () => {
      const registry = new PermissionRegistry();
      registry.register({
        resource: 'Widget',
        title: 'W',
        actions: [{ action: 'readSecret', title: 'x', readOnly: false }],
      });
      expect(registry.all).toEqual(['readSecret:Widget']);
    });
  });

  describe('later registrations', () => {
    it('all, readOnly, memberExtras and has() include a group registered after they were first read', () => {
      const registry = new PermissionRegistry();
      registry.register(WIDGETS);
      // Read everything once (fills any cache) before the later registration.
      expect(registry.all).toHaveLength(3);
      expect(registry.readOnly).toEqual(['read:Widget']);
      expect(registry.memberExtras).toEqual(['polish:Widget']);
      expect(registry.has('spin:Gadget')).toBe(false);

      registry.register(GADGETS);

      expect(registry.all).toEqual(['read:Widget', 'frob:Widget', 'polish:Widget', 'read:Gadget', 'spin:Gadget']);
      expect(registry.readOnly).toEqual(['read:Widget', 'read:Gadget']);
      expect(registry.memberExtras).toEqual(['polish:Widget', 'spin:Gadget']);
      expect(registry.has('spin:Gadget')).toBe(true);
      expect(registry.groups()).toEqual([WIDGETS, GADGETS]);
    });

    it('a failed registration leaves the catalog as it was', () => {
      const registry = new PermissionRegistry();
      registry.register(WIDGETS);
      const before = [...registry.all];
      expect(() => registry.register({ ...GADGETS, resource: 'gadget' })).toThrow();
      expect(registry.all).toEqual(before);
    });
  });

  describe('built-in catalog (API.md §4)', () => {
    const registry = builtIns();

    it('holds exactly the built-in permissions', () => {
      expect([...registry.all].sort()).toEqual([...BUILT_IN_PERMISSIONS].sort());
    });

    it('readOnly is exactly every read:* permission', () => {
      expect([...registry.readOnly].sort()).toEqual(registry.all.filter((p) => p.startsWith('read:')).sort());
    });

    it('memberExtras is exactly create, update and delete of ApiKey', () => {
      expect([...registry.memberExtras].sort()).toEqual(['create:ApiKey', 'delete:ApiKey', 'update:ApiKey']);
    });

    it('every permission name has the action:Resource shape', () => {
      for (const p of registry.all) expect(p).toMatch(/^[a-z][a-zA-Z]*:[A-Z][A-Za-z0-9]*$/);
    });
  });
});
