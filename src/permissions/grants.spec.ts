import fc from 'fast-check';
import {
  effectivePermissions,
  Grants,
  grantsWithin,
  levelPermissions,
  levelWithin,
  PermissionLevel,
  scopeWithin,
} from './grants';
import { builtIns } from './permission-catalog.testing';
import { PermissionCatalog, PermissionGroupDefinition } from './permission.types';
import { rolePermissions } from './roles';

const WIDGETS: PermissionGroupDefinition = {
  resource: 'Widget',
  title: 'Widgets',
  actions: [
    { action: 'read', title: 'View widgets', readOnly: true },
    { action: 'frob', title: 'Frob widgets', readOnly: false },
  ],
};

const ALL = 'PERMISSION_LEVEL_ALL' as const;
const READ_ONLY = 'PERMISSION_LEVEL_READ_ONLY' as const;
const RESTRICTED = 'PERMISSION_LEVEL_RESTRICTED' as const;
const SCOPE_ALL = 'WORKSPACE_SCOPE_ALL' as const;
const SPECIFIC = 'WORKSPACE_SCOPE_SPECIFIC' as const;

type Level = Pick<Grants, 'level' | 'permissions'>;
type Scope = Pick<Grants, 'scope' | 'workspaceIds'>;

const all = (): Level => ({ level: ALL, permissions: [] });
const readOnly = (): Level => ({ level: READ_ONLY, permissions: [] });
const restricted = (...permissions: string[]): Level => ({ level: RESTRICTED, permissions });
const scopeAll = (): Scope => ({ scope: SCOPE_ALL, workspaceIds: [] });
const specific = (...workspaceIds: string[]): Scope => ({ scope: SPECIFIC, workspaceIds });
const grants = (level: Level, scope: Scope): Grants => ({ ...level, ...scope });

const isSubset = <T>(a: Iterable<T>, b: Set<T>) => [...a].every((x) => b.has(x));

// Arbitraries over the built-in catalog (plus names it does not know).
const BUILT_IN = builtIns();
const knownPermission = fc.constantFrom(...BUILT_IN.all);
const anyPermission = fc.oneof(knownPermission, fc.constantFrom('read:Widget', 'frob:Widget', 'nonsense'));
const levelArb = (perm: fc.Arbitrary<string>): fc.Arbitrary<Level> =>
  fc.oneof(
    fc.constant(all()),
    fc.constant(readOnly()),
    fc.uniqueArray(perm, { minLength: 1, maxLength: 8 }).map((p) => restricted(...p)),
  );
const scopeArb: fc.Arbitrary<Scope> = fc.oneof(
  fc.constant(scopeAll()),
  fc.uniqueArray(fc.constantFrom('w1', 'w2', 'w3', 'w4'), { maxLength: 4 }).map((w) => specific(...w)),
);
const grantsArb = (perm: fc.Arbitrary<string>) => fc.tuple(levelArb(perm), scopeArb).map(([l, s]) => grants(l, s));

describe('levelPermissions', () => {
  const catalog = builtIns();

  it('PERMISSION_LEVEL_ALL is every permission in the catalog', () => {
    expect(levelPermissions(ALL, [], catalog)).toEqual(new Set(catalog.all));
  });

  it('PERMISSION_LEVEL_ALL ignores a stray permissions list', () => {
    expect(levelPermissions(ALL, ['read:Role'], catalog)).toEqual(new Set(catalog.all));
  });

  it('PERMISSION_LEVEL_READ_ONLY is every read:* permission and nothing else', () => {
    const set = levelPermissions(READ_ONLY, [], catalog);
    expect([...set].sort()).toEqual(catalog.all.filter((p) => p.startsWith('read:')).sort());
    expect(set.has('update:Organization')).toBe(false);
    expect(set.has('create:ApiKey')).toBe(false);
  });

  it('PERMISSION_LEVEL_RESTRICTED is exactly the listed permissions', () => {
    expect(levelPermissions(RESTRICTED, ['read:Workspace', 'update:Workspace'], catalog)).toEqual(
      new Set(['read:Workspace', 'update:Workspace']),
    );
  });

  it('PERMISSION_LEVEL_RESTRICTED drops names the catalog does not know today', () => {
    expect(levelPermissions(RESTRICTED, ['read:Workspace', 'frob:Widget', 'nonsense'], catalog)).toEqual(
      new Set(['read:Workspace']),
    );
  });

  it('ALL and READ_ONLY grow when a module registers permissions later', () => {
    const growing = builtIns();
    const allBefore = levelPermissions(ALL, [], growing);
    const readBefore = levelPermissions(READ_ONLY, [], growing);
    expect(allBefore.has('frob:Widget')).toBe(false);
    growing.register(WIDGETS);
    const allAfter = levelPermissions(ALL, [], growing);
    const readAfter = levelPermissions(READ_ONLY, [], growing);
    expect(allAfter).toEqual(new Set([...allBefore, 'read:Widget', 'frob:Widget']));
    expect(readAfter).toEqual(new Set([...readBefore, 'read:Widget']));
    // A RESTRICTED list does not grow.
    expect(levelPermissions(RESTRICTED, ['read:Workspace'], growing)).toEqual(new Set(['read:Workspace']));
  });

  it('returns a fresh set: mutating it does not change the catalog', () => {
    const set = levelPermissions(ALL, [], catalog);
    set.clear();
    expect(levelPermissions(ALL, [], catalog).size).toBe(catalog.all.length);
  });

  it('uses the catalog it is given (a fake one)', () => {
    const fake: PermissionCatalog = {
      all: ['read:A', 'write:A'],
      readOnly: ['read:A'],
      memberExtras: [],
      has: (n) => n === 'read:A' || n === 'write:A',
    };
    expect(levelPermissions(ALL, [], fake)).toEqual(new Set(['read:A', 'write:A']));
    expect(levelPermissions(READ_ONLY, [], fake)).toEqual(new Set(['read:A']));
    expect(levelPermissions(RESTRICTED, ['write:A', 'read:B'], fake)).toEqual(new Set(['write:A']));
  });
});

describe('levelWithin', () => {
  const catalog = builtIns();
  const everyRead = catalog.readOnly;
  const everything = catalog.all;

  describe('compares levels first (ALL and READ_ONLY grow with the catalog)', () => {
    it.each<[string, Level, Level, boolean]>([
      ['ALL ⊆ ALL', all(), all(), true],
      ['ALL ⊄ READ_ONLY', all(), readOnly(), false],
      ['ALL ⊄ RESTRICTED listing every permission of today', all(), restricted(...everything), false],
      ['READ_ONLY ⊆ ALL', readOnly(), all(), true],
      ['READ_ONLY ⊆ READ_ONLY', readOnly(), readOnly(), true],
      ['READ_ONLY ⊄ RESTRICTED listing every read of today', readOnly(), restricted(...everyRead), false],
      ['READ_ONLY ⊄ RESTRICTED listing every permission of today', readOnly(), restricted(...everything), false],
      ['RESTRICTED (any known) ⊆ ALL', restricted('delete:User', 'update:Organization'), all(), true],
      ['RESTRICTED listing every permission ⊆ ALL', restricted(...everything), all(), true],
      ['RESTRICTED reads ⊆ READ_ONLY', restricted('read:Workspace', 'read:ApiKey'), readOnly(), true],
      ['RESTRICTED with a write ⊄ READ_ONLY', restricted('read:Workspace', 'update:Workspace'), readOnly(), false],
      ['RESTRICTED subset ⊆ RESTRICTED', restricted('read:User'), restricted('read:User', 'create:User'), true],
      [
        'RESTRICTED equal ⊆ RESTRICTED',
        restricted('read:User', 'create:User'),
        restricted('create:User', 'read:User'),
        true,
      ],
      ['RESTRICTED superset ⊄ RESTRICTED', restricted('read:User', 'create:User'), restricted('read:User'), false],
      ['RESTRICTED disjoint ⊄ RESTRICTED', restricted('read:Role'), restricted('read:User'), false],
      ['RESTRICTED with an unknown name ⊄ ALL', restricted('read:User', 'frob:Widget'), all(), false],
      [
        'RESTRICTED with an unknown name ⊄ RESTRICTED listing it',
        restricted('frob:Widget'),
        restricted('frob:Widget'),
        false,
      ],
    ])('%s', (_label, inner, outer, expected) => {
      expect(levelWithin(inner, outer, catalog)).toBe(expected);
    });
  });

  it('a RESTRICTED list is compared with the outer set as it is today', () => {
    const growing = builtIns();
    const widgetRead = restricted('read:Widget');
    expect(levelWithin(widgetRead, readOnly(), growing)).toBe(false); // unknown today
    growing.register(WIDGETS);
    expect(levelWithin(widgetRead, readOnly(), growing)).toBe(true);
    expect(levelWithin(restricted('frob:Widget'), readOnly(), growing)).toBe(false);
    expect(levelWithin(restricted('frob:Widget'), all(), growing)).toBe(true);
  });

  it('a RESTRICTED list holding every read of today is not ⊇ READ_ONLY once a module adds a read', () => {
    const growing = builtIns();
    const readsOfToday = restricted(...growing.readOnly);
    expect(levelWithin(readOnly(), readsOfToday, growing)).toBe(false);
    growing.register(WIDGETS);
    // The reason for level-first: READ_ONLY now holds read:Widget, which the list never had.
    expect(levelPermissions(READ_ONLY, [], growing).has('read:Widget')).toBe(true);
    expect(levelPermissions(RESTRICTED, readsOfToday.permissions, growing).has('read:Widget')).toBe(false);
    expect(levelWithin(readOnly(), readsOfToday, growing)).toBe(false);
  });

  it('is sound: inner ⊆ outer implies the inner permission set ⊆ the outer one', () => {
    fc.assert(
      fc.property(levelArb(anyPermission), levelArb(anyPermission), (inner, outer) => {
        if (levelWithin(inner, outer, catalog)) {
          const innerSet = levelPermissions(inner.level, inner.permissions, catalog);
          const outerSet = levelPermissions(outer.level, outer.permissions, catalog);
          expect(isSubset(innerSet, outerSet)).toBe(true);
        }
      }),
    );
  });

  it('is reflexive for grants over known permissions', () => {
    fc.assert(fc.property(levelArb(knownPermission), (l) => levelWithin(l, l, catalog)));
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(levelArb(anyPermission), levelArb(anyPermission), levelArb(anyPermission), (a, b, c) => {
        if (levelWithin(a, b, catalog) && levelWithin(b, c, catalog)) expect(levelWithin(a, c, catalog)).toBe(true);
      }),
    );
  });

  it('between RESTRICTED lists of known permissions, is exactly list inclusion', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(knownPermission, { minLength: 1 }),
        fc.uniqueArray(knownPermission, { minLength: 1 }),
        (a, b) => levelWithin(restricted(...a), restricted(...b), catalog) === isSubset(a, new Set(b)),
      ),
    );
  });

  it('ALL is within only ALL; READ_ONLY only ALL or READ_ONLY', () => {
    fc.assert(
      fc.property(levelArb(anyPermission), (outer) => {
        expect(levelWithin(all(), outer, catalog)).toBe(outer.level === ALL);
        expect(levelWithin(readOnly(), outer, catalog)).toBe(outer.level === ALL || outer.level === READ_ONLY);
      }),
    );
  });

  it('a verdict over known permissions survives modules registering more permissions', () => {
    fc.assert(
      fc.property(levelArb(knownPermission), levelArb(knownPermission), (inner, outer) => {
        const before = levelWithin(inner, outer, builtIns());
        const grown = builtIns();
        grown.register(WIDGETS);
        expect(levelWithin(inner, outer, grown)).toBe(before);
        if (before) {
          expect(
            isSubset(
              levelPermissions(inner.level, inner.permissions, grown),
              levelPermissions(outer.level, outer.permissions, grown),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('scopeWithin', () => {
  it.each<[string, Scope, Scope, boolean]>([
    ['ALL ⊆ ALL', scopeAll(), scopeAll(), true],
    ['SPECIFIC ⊆ ALL', specific('w1', 'w2'), scopeAll(), true],
    ['ALL ⊄ SPECIFIC', scopeAll(), specific('w1'), false],
    ['ALL ⊄ SPECIFIC listing every workspace', scopeAll(), specific('w1', 'w2', 'w3', 'w4'), false],
    ['SPECIFIC subset ⊆ SPECIFIC', specific('w1'), specific('w1', 'w2'), true],
    ['SPECIFIC equal (other order) ⊆ SPECIFIC', specific('w2', 'w1'), specific('w1', 'w2'), true],
    ['SPECIFIC superset ⊄ SPECIFIC', specific('w1', 'w2'), specific('w1'), false],
    ['SPECIFIC disjoint ⊄ SPECIFIC', specific('w3'), specific('w1', 'w2'), false],
    ['SPECIFIC with duplicates ⊆ SPECIFIC holding them', specific('w1', 'w1'), specific('w1'), true],
    ['emptied SPECIFIC (reaches nothing) ⊆ SPECIFIC', specific(), specific('w1'), true],
    ['SPECIFIC ⊄ emptied SPECIFIC', specific('w1'), specific(), false],
    ['ALL ⊄ emptied SPECIFIC (an emptied list never widens)', scopeAll(), specific(), false],
  ])('%s', (_label, inner, outer, expected) => {
    expect(scopeWithin(inner, outer)).toBe(expected);
  });

  it('is set inclusion between SPECIFIC scopes, true whenever the outer scope is ALL', () => {
    fc.assert(
      fc.property(scopeArb, scopeArb, (inner, outer) => {
        const expected =
          outer.scope === SCOPE_ALL ||
          (inner.scope === SPECIFIC && isSubset(inner.workspaceIds, new Set(outer.workspaceIds)));
        expect(scopeWithin(inner, outer)).toBe(expected);
      }),
    );
  });
});

describe('grantsWithin', () => {
  const catalog = builtIns();

  it.each<[string, Grants, Grants, boolean]>([
    ['same grants', grants(all(), scopeAll()), grants(all(), scopeAll()), true],
    ['narrower level, same scope', grants(readOnly(), scopeAll()), grants(all(), scopeAll()), true],
    ['same level, narrower scope', grants(all(), specific('w1')), grants(all(), scopeAll()), true],
    [
      'narrower on both',
      grants(restricted('read:Workspace'), specific('w1')),
      grants(readOnly(), specific('w1', 'w2')),
      true,
    ],
    ['wider level, narrower scope', grants(all(), specific('w1')), grants(readOnly(), scopeAll()), false],
    ['narrower level, wider scope', grants(readOnly(), scopeAll()), grants(all(), specific('w1')), false],
    ['extra workspace', grants(readOnly(), specific('w1', 'w2')), grants(readOnly(), specific('w1')), false],
    [
      'extra permission',
      grants(restricted('read:User', 'delete:User'), scopeAll()),
      grants(restricted('read:User'), scopeAll()),
      false,
    ],
  ])('%s', (_label, inner, outer, expected) => {
    expect(grantsWithin(inner, outer, catalog)).toBe(expected);
  });

  it('holds exactly when both the level and the scope are within', () => {
    fc.assert(
      fc.property(grantsArb(anyPermission), grantsArb(anyPermission), (inner, outer) => {
        expect(grantsWithin(inner, outer, catalog)).toBe(
          levelWithin(inner, outer, catalog) && scopeWithin(inner, outer),
        );
      }),
    );
  });

  it('is reflexive and transitive over known permissions', () => {
    fc.assert(
      fc.property(grantsArb(knownPermission), grantsArb(knownPermission), grantsArb(knownPermission), (a, b, c) => {
        expect(grantsWithin(a, a, catalog)).toBe(true);
        if (grantsWithin(a, b, catalog) && grantsWithin(b, c, catalog)) expect(grantsWithin(a, c, catalog)).toBe(true);
      }),
    );
  });
});

describe('effectivePermissions', () => {
  const catalog = builtIns();
  const admin = rolePermissions('org-admin', catalog);
  const member = rolePermissions('org-member', catalog);
  const effective = (level: PermissionLevel, permissions: string[], role: string[]) =>
    effectivePermissions(levelPermissions(level, permissions, catalog), role);

  it('an ALL key of an org-admin has every permission', () => {
    expect(effective(ALL, [], admin)).toEqual(new Set(catalog.all));
  });

  it('an ALL key of an org-member is capped by the role: reads and own-key management only', () => {
    expect(effective(ALL, [], member)).toEqual(new Set(member));
    expect(effective(ALL, [], member).has('create:Workspace')).toBe(false);
    expect(effective(ALL, [], member).has('create:ApiKey')).toBe(true);
  });

  it('a READ_ONLY key of an org-admin has only the reads', () => {
    expect(effective(READ_ONLY, [], admin)).toEqual(new Set(catalog.readOnly));
  });

  it('a RESTRICTED key of an org-member loses the listed permissions its owner lacks', () => {
    expect(effective(RESTRICTED, ['update:Workspace', 'read:Workspace', 'delete:ApiKey'], member)).toEqual(
      new Set(['read:Workspace', 'delete:ApiKey']),
    );
    expect(effective(RESTRICTED, ['update:Workspace'], member)).toEqual(new Set());
  });

  it('is the intersection of the key level and the role, in role order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyPermission), fc.uniqueArray(anyPermission), (keyLevel, role) => {
        const result = effectivePermissions(new Set(keyLevel), role);
        expect([...result]).toEqual(role.filter((p) => keyLevel.includes(p)));
      }),
    );
  });

  it('never exceeds either the key level or the role', () => {
    fc.assert(
      fc.property(levelArb(anyPermission), fc.constantFrom(admin, member), (level, role) => {
        const keySet = levelPermissions(level.level, level.permissions, catalog);
        const result = effectivePermissions(keySet, role);
        expect(isSubset(result, keySet)).toBe(true);
        expect(isSubset(result, new Set(role))).toBe(true);
      }),
    );
  });

  it('narrows at once when the owner is demoted (role applied at request time)', () => {
    const keySet = levelPermissions(ALL, [], catalog);
    expect(effectivePermissions(keySet, admin).has('delete:User')).toBe(true);
    expect(effectivePermissions(keySet, member).has('delete:User')).toBe(false);
  });
});
