import fc from 'fast-check';
import { newId } from './ids';
import { names, parseChildName, parseOrganizationRef } from './resource-names';

const idArb = fc.stringMatching(/^[0-9a-z]{1,64}$/);

describe('names', () => {
  it('formats the resource names of API.md §1', () => {
    expect(names.organization('o1')).toBe('organizations/o1');
    expect(names.workspace('o1', 'w1')).toBe('organizations/o1/workspaces/w1');
    expect(names.user('o1', 'u1')).toBe('organizations/o1/users/u1');
    expect(names.role('o1', 'org-admin')).toBe('organizations/o1/roles/org-admin');
    expect(names.apiKey('o1', 'k1')).toBe('organizations/o1/apiKeys/k1');
  });
});

describe('parseChildName', () => {
  it.each([
    ['organizations/o1/workspaces/w1', 'workspaces', { organizationId: 'o1', id: 'w1' }],
    ['organizations/o1/users/u1', 'users', { organizationId: 'o1', id: 'u1' }],
    ['organizations/o1/apiKeys/k1', 'apiKeys', { organizationId: 'o1', id: 'k1' }],
    ['organizations/o1/roles/org-admin', 'roles', { organizationId: 'o1', id: 'org-admin' }],
  ] as const)('parses %s', (name, collection, expected) => {
    expect(parseChildName(name, collection)).toEqual(expected);
  });

  it('parses names built from generated ids', () => {
    const o = newId();
    const w = newId();
    expect(parseChildName(names.workspace(o, w), 'workspaces')).toEqual({ organizationId: o, id: w });
  });

  it('round-trips any valid ids', () => {
    fc.assert(
      fc.property(idArb, idArb, (o, id) => {
        expect(parseChildName(names.workspace(o, id), 'workspaces')).toEqual({ organizationId: o, id });
        expect(parseChildName(names.user(o, id), 'users')).toEqual({ organizationId: o, id });
        expect(parseChildName(names.apiKey(o, id), 'apiKeys')).toEqual({ organizationId: o, id });
      }),
    );
  });

  it.each([
    ['another collection', 'organizations/o1/users/u1', 'workspaces'],
    ['collection in another case', 'organizations/o1/Workspaces/w1', 'workspaces'],
    ['singular collection', 'organizations/o1/workspace/w1', 'workspaces'],
    ['a leading slash', '/organizations/o1/workspaces/w1', 'workspaces'],
    ['a trailing slash', 'organizations/o1/workspaces/w1/', 'workspaces'],
    ['an extra segment', 'organizations/o1/workspaces/w1/extra', 'workspaces'],
    ['a missing id', 'organizations/o1/workspaces', 'workspaces'],
    ['an empty id', 'organizations/o1/workspaces/', 'workspaces'],
    ['an empty organization', 'organizations//workspaces/w1', 'workspaces'],
    ['a bare id', 'w1', 'workspaces'],
    ['another root', 'projects/o1/workspaces/w1', 'workspaces'],
    ['a root in another case', 'Organizations/o1/workspaces/w1', 'workspaces'],
    ['an upper-case id', 'organizations/o1/workspaces/W1', 'workspaces'],
    ['an upper-case organization id', 'organizations/O1/workspaces/w1', 'workspaces'],
    ['a dotted id', 'organizations/o1/workspaces/..', 'workspaces'],
    ['a percent-encoded id', 'organizations/o1/workspaces/w%31', 'workspaces'],
    ['spaces', ' organizations/o1/workspaces/w1', 'workspaces'],
    ['an id too long', `organizations/o1/workspaces/${'a'.repeat(65)}`, 'workspaces'],
    ['a full URL', 'https://x/organizations/o1/workspaces/w1', 'workspaces'],
    ['an api key name asked as a user', 'organizations/o1/apiKeys/k1', 'users'],
  ] as const)('rejects %s: %j', (_label, name, collection) => {
    expect(parseChildName(name, collection)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ['organizations', 'o1', 'workspaces', 'w1']])(
    'rejects the non-string %p',
    (value) => {
      expect(parseChildName(value, 'workspaces')).toBeNull();
    },
  );

  it('never throws, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.anything()), (value) => {
        const parsed = parseChildName(value, 'workspaces');
        if (parsed !== null) {
          expect(parsed.organizationId).toMatch(/^[0-9a-z]{1,64}$/);
          expect(parsed.id).toMatch(/^[0-9a-z]{1,64}$/);
          expect(value).toBe(names.workspace(parsed.organizationId, parsed.id));
        }
      }),
    );
  });
});

describe('parseOrganizationRef', () => {
  it('accepts an organization id or its full name', () => {
    expect(parseOrganizationRef('o1')).toBe('o1');
    expect(parseOrganizationRef('organizations/o1')).toBe('o1');
    const id = newId();
    expect(parseOrganizationRef(id)).toBe(id);
    expect(parseOrganizationRef(names.organization(id))).toBe(id);
  });

  it.each([
    '',
    'organizations/',
    'organizations/o1/workspaces/w1',
    'organizations/O1',
    'O1',
    'o 1',
    '/organizations/o1',
    'organizations//o1',
    'a'.repeat(65),
  ])('rejects %j', (ref) => {
    expect(parseOrganizationRef(ref)).toBeNull();
  });
});
