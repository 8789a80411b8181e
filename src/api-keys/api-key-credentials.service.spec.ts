import { Metrics } from '../observability/metrics';
import { Clock } from '../common/time';
import { ApiKeyCredentials } from './api-key-credentials.service';
import { ApiKeyRepository } from './api-key.repository';
import { CredentialRow } from './credential-lookup';
import { generateKey } from './key-format';
import { KeyHasher } from './key-hasher';

const NOW = Date.UTC(2026, 11, 5);
const HOUR = 3_600_000;

class FixedClock extends Clock {
  now(): number {
    return NOW;
  }
}

/** A hasher that makes hashes readable: `h(<key>)`. */
const hasher = { hash: (key: string) => `h(${key})`, previousHash: () => null } as unknown as KeyHasher;

function row(overrides: Partial<CredentialRow> = {}): CredentialRow {
  return {
    id: 'key1',
    organization_id: 'org1',
    owner_user_id: 'user1',
    creator_key: '',
    display_name: 'CI',
    key_prefix: 'tsr_abcdefgh',
    secret_hash: 'h(current)',
    previous_secret_hash: null,
    previous_secret_expire_time: null,
    expiration: 'EXPIRATION_30_DAYS',
    expire_time: String(NOW + 24 * HOUR), // mysql2 may answer BIGINT as a string
    permission_level: 'PERMISSION_LEVEL_RESTRICTED',
    permissions: '["read:Workspace"]',
    workspace_scope: 'WORKSPACE_SCOPE_ALL',
    state: 'STATE_ACTIVE',
    create_time: NOW - HOUR,
    update_time: NOW - HOUR,
    last_used_time: null,
    last_used_ip: '',
    owner_organization_id: 'org1',
    owner_display_name: 'Ada',
    owner_email: 'ada@example.test',
    owner_role: 'org-admin',
    workspace_id: null,
    allowed_ips: '[]',
    ...overrides,
  };
}

/** Verifies `presented` against these rows; `current`/`previous` stand for two well-formed keys. */
async function verify(rows: CredentialRow[], which: 'current' | 'previous' = 'current') {
  const current = generateKey();
  const previous = generateKey();
  const byHash = new Map<string, CredentialRow[]>();
  for (const r of rows) {
    const withHashes = {
      ...r,
      secret_hash: `h(${current})`,
      previous_secret_hash: r.previous_secret_hash === null ? null : `h(${previous})`,
    };
    for (const hash of [withHashes.secret_hash, withHashes.previous_secret_hash]) {
      if (hash) byHash.set(hash, [...(byHash.get(hash) ?? []), withHashes]);
    }
  }
  const keys = { findByCredentialHash: (hash: string) => byHash.get(hash) ?? [] } as unknown as ApiKeyRepository;
  return new ApiKeyCredentials(keys, hasher, new FixedClock(), new Metrics()).verify(
    which === 'current' ? current : previous,
  );
}

describe(ApiKeyCredentials.name, () => {
  it('turns the row into the key, its owner and no scope for an all-workspaces key', async () => {
    const verified = await verify([row()]);
    expect(verified).toEqual({
      key: expect.objectContaining({
        id: 'key1',
        organizationId: 'org1',
        expireTime: NOW + 24 * HOUR,
        permissions: ['read:Workspace'],
        lastUsedTime: null,
        lastUsedIp: '',
      }),
      owner: { id: 'user1', displayName: 'Ada', email: 'ada@example.test', role: 'org-admin' },
      workspaceIds: [],
      viaPreviousSecret: false,
    });
    expect(verified!.key).not.toHaveProperty('secretHash');
  });

  it("collects a SPECIFIC key's scope from its rows, sorted", async () => {
    const specific = { workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC' };
    const verified = await verify([
      row({ ...specific, workspace_id: 'wsC' }),
      row({ ...specific, workspace_id: 'wsA' }),
      row({ ...specific, workspace_id: 'wsB' }),
    ]);
    expect(verified!.workspaceIds).toEqual(['wsA', 'wsB', 'wsC']);
  });

  it('gives an emptied SPECIFIC key an empty scope (it never widens to all)', async () => {
    const verified = await verify([row({ workspace_scope: 'WORKSPACE_SCOPE_SPECIFIC', workspace_id: null })]);
    expect(verified!.workspaceIds).toEqual([]);
    expect(verified!.key.workspaceScope).toBe('WORKSPACE_SCOPE_SPECIFIC');
  });

  it('refuses an expired key, whether expire_time passed or the sweep marked it', async () => {
    expect(await verify([row({ expire_time: NOW })])).toBeNull();
    expect(await verify([row({ state: 'STATE_EXPIRED' })])).toBeNull();
  });

  it('accepts the previous secret only during its grace period, and says so', async () => {
    const inGrace = row({ previous_secret_hash: 'x', previous_secret_expire_time: NOW + 1 });
    expect(await verify([inGrace], 'previous')).toMatchObject({ viaPreviousSecret: true });
    const ended = row({ previous_secret_hash: 'x', previous_secret_expire_time: NOW });
    expect(await verify([ended], 'previous')).toBeNull();
    expect(await verify([ended], 'current')).toMatchObject({ viaPreviousSecret: false });
  });

  it('refuses a key whose owner is no longer in its organization', async () => {
    expect(await verify([row({ owner_organization_id: 'another' })])).toBeNull();
  });

  it('refuses an unknown key and never looks up a malformed one', async () => {
    expect(await verify([])).toBeNull();
    const findByCredentialHash = jest.fn();
    const credentials = new ApiKeyCredentials(
      { findByCredentialHash } as unknown as ApiKeyRepository,
      hasher,
      new FixedClock(),
      new Metrics(),
    );
    expect(await credentials.verify('not a key')).toBeNull();
    expect(findByCredentialHash).not.toHaveBeenCalled();
  });
});
