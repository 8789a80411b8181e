import { builtIns } from './permission-catalog.testing';
import { PermissionRegistry } from './permission-registry';
import { PermissionCatalog } from './permission.types';
import { isRoleId, ROLE_IDS, rolePermissions, ROLES } from './roles';

describe('ROLES', () => {
  it('are org-admin "Organization Admin" and org-member "Organization Member"', () => {
    expect(ROLE_IDS).toEqual(['org-admin', 'org-member']);
    expect(ROLES.map((r) => [r.id, r.title])).toEqual([
      ['org-admin', 'Organization Admin'],
      ['org-member', 'Organization Member'],
    ]);
    for (const r of ROLES) expect(r.description.length).toBeGreaterThan(0);
  });
});

describe('isRoleId', () => {
  it.each(['org-admin', 'org-member'])('accepts %j', (id) => expect(isRoleId(id)).toBe(true));

  it.each(['', 'admin', 'Org-Admin', 'ORG-ADMIN', 'org-admin ', 'organizations/o/roles/org-admin', 'org-owner'])(
    'rejects %j',
    (id) => expect(isRoleId(id)).toBe(false),
  );

  it.each([null, undefined, 1, {}, ['org-admin']])('rejects the non-string %p', (value) => {
    expect(isRoleId(value)).toBe(false);
  });
});

describe('rolePermissions', () => {
  describe('with the built-in catalog', () => {
    const catalog = builtIns();

    it('org-admin has every permission in the catalog', () => {
      expect(rolePermissions('org-admin', catalog)).toEqual([...catalog.all]);
    });

    it('org-member has every read:* plus create, update and delete of ApiKey, and nothing else', () => {
      expect(rolePermissions('org-member', catalog).sort()).toEqual(
        [
          'read:Organization',
          'read:User',
          'read:Role',
          'read:Workspace',
          'read:ApiKey',
          'create:ApiKey',
          'update:ApiKey',
          'delete:ApiKey',
        ].sort(),
      );
    });

    it('org-member holds no organization, user or workspace write', () => {
      const member = rolePermissions('org-member', catalog);
      for (const p of [
        'update:Organization',
        'create:User',
        'update:User',
        'delete:User',
        'create:Workspace',
        'update:Workspace',
        'delete:Workspace',
      ]) {
        expect(member).not.toContain(p);
      }
    });

    it('org-member is a subset of org-admin, listed in catalog order without duplicates', () => {
      const admin = rolePermissions('org-admin', catalog);
      const member = rolePermissions('org-member', catalog);
      expect(member.every((p) => admin.includes(p))).toBe(true);
      expect(new Set(member).size).toBe(member.length);
      expect(member).toEqual(catalog.all.filter((p) => member.includes(p)));
    });

    it('returns a fresh array each time (callers may not corrupt the catalog)', () => {
      const admin = rolePermissions('org-admin', catalog);
      admin.push('frob:Everything');
      admin.length = 0;
      expect(rolePermissions('org-admin', catalog)).toEqual([...catalog.all]);
      expect(catalog.all.length).toBeGreaterThan(0);
    });
  });

  describe('derived from the registry', () => {
    it('a module registered later appears in both roles as its flags say', () => {
      const catalog = builtIns();
      catalog.register({
        resource: 'Widget',
        title: 'Widgets',
        actions: [
          { action: 'read', title: 'View', readOnly: true },
          { action: 'frob', title: 'Frob', readOnly: false },
          { action: 'polish', title: 'Polish', readOnly: false, grantedToMembers: true },
        ],
      });
      const admin = rolePermissions('org-admin', catalog);
      const member = rolePermissions('org-member', catalog);
      expect(admin).toEqual(expect.arrayContaining(['read:Widget', 'frob:Widget', 'polish:Widget']));
      expect(member).toEqual(expect.arrayContaining(['read:Widget', 'polish:Widget']));
      expect(member).not.toContain('frob:Widget');
    });

    it('works from any PermissionCatalog (a fake one)', () => {
      const fake: PermissionCatalog = {
        all: ['read:A', 'write:A', 'read:B', 'share:B'],
        readOnly: ['read:A', 'read:B'],
        memberExtras: ['share:B'],
        has: (n) => ['read:A', 'write:A', 'read:B', 'share:B'].includes(n),
      };
      expect(rolePermissions('org-admin', fake)).toEqual(['read:A', 'write:A', 'read:B', 'share:B']);
      expect(rolePermissions('org-member', fake)).toEqual(['read:A', 'read:B', 'share:B']);
    });

    it('an empty catalog gives both roles nothing', () => {
      const empty = new PermissionRegistry();
      expect(rolePermissions('org-admin', empty)).toEqual([]);
      expect(rolePermissions('org-member', empty)).toEqual([]);
    });
  });
});
