import { GrantsPatch, mergeGrantsPatch, patchSendsGrants, StoredGrants } from './grants-patch';

const RESTRICTED_SPECIFIC: StoredGrants = {
  level: 'PERMISSION_LEVEL_RESTRICTED',
  permissions: ['read:Workspace'],
  scope: 'WORKSPACE_SCOPE_SPECIFIC',
  workspaces: ['organizations/o/workspaces/w1'],
};
const ALL_ALL: StoredGrants = {
  level: 'PERMISSION_LEVEL_ALL',
  permissions: [],
  scope: 'WORKSPACE_SCOPE_ALL',
  workspaces: [],
};

describe(mergeGrantsPatch.name, () => {
  it('keeps every stored field the patch does not send', () => {
    expect(mergeGrantsPatch(RESTRICTED_SPECIFIC, {})).toEqual(RESTRICTED_SPECIFIC);
  });

  it('replaces each field sent', () => {
    const patch: GrantsPatch = { permissions: ['read:User'], workspaces: ['organizations/o/workspaces/w2'] };
    expect(mergeGrantsPatch(RESTRICTED_SPECIFIC, patch)).toEqual({
      ...RESTRICTED_SPECIFIC,
      permissions: ['read:User'],
      workspaces: ['organizations/o/workspaces/w2'],
    });
  });

  it('switching the level to ALL or READ_ONLY clears the stored permissions', () => {
    for (const level of ['PERMISSION_LEVEL_ALL', 'PERMISSION_LEVEL_READ_ONLY'] as const) {
      expect(mergeGrantsPatch(RESTRICTED_SPECIFIC, { permission_level: level })).toMatchObject({
        level,
        permissions: [],
      });
    }
  });

  it('keeps a permission list sent with a non-RESTRICTED level, for the create rules to refuse', () => {
    expect(
      mergeGrantsPatch(RESTRICTED_SPECIFIC, { permission_level: 'PERMISSION_LEVEL_ALL', permissions: ['read:User'] }),
    ).toMatchObject({ level: 'PERMISSION_LEVEL_ALL', permissions: ['read:User'] });
  });

  it('switching to RESTRICTED without a list keeps the stored one (empty for an ALL key: then refused)', () => {
    expect(mergeGrantsPatch(ALL_ALL, { permission_level: 'PERMISSION_LEVEL_RESTRICTED' })).toMatchObject({
      level: 'PERMISSION_LEVEL_RESTRICTED',
      permissions: [],
    });
  });

  it('switching the scope to ALL clears the stored workspaces; to SPECIFIC keeps them', () => {
    expect(mergeGrantsPatch(RESTRICTED_SPECIFIC, { workspace_scope: 'WORKSPACE_SCOPE_ALL' })).toMatchObject({
      scope: 'WORKSPACE_SCOPE_ALL',
      workspaces: [],
    });
    expect(mergeGrantsPatch(RESTRICTED_SPECIFIC, { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC' })).toMatchObject({
      workspaces: ['organizations/o/workspaces/w1'],
    });
  });
});

describe(patchSendsGrants.name, () => {
  it('is true when any grant field is sent, false for a rename alone', () => {
    expect(patchSendsGrants({})).toBe(false);
    expect(patchSendsGrants({ workspaces: [] })).toBe(true);
    expect(patchSendsGrants({ permission_level: 'PERMISSION_LEVEL_ALL' })).toBe(true);
  });
});
