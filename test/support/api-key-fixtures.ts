/**
 * Small fixtures shared by the e2e spec files, mostly test/api-keys-*.e2e-spec.ts (API.md §5–§7).
 * Not a spec file.
 */
import { ExpirationPreset } from '../../src/api-keys/expiration';
import { PermissionLevel } from '../../src/permissions/grants';
import { OperatorService } from '../../src/setup/operator.service';
import { as, IssuedKey } from './api-client';
import { Bootstrapped, bootstrapOrganization, startApp, TestApp } from './test-app';

/** A full key: `tsr_` + 43 secret + 6 checksum characters, base62. */
export const KEY_SHAPE = /^tsr_[0-9A-Za-z]{49}$/;
/** A key anywhere inside a larger text (e.g. a serialized response). */
export const KEY_ANYWHERE = /tsr_[0-9A-Za-z]{49}/;
/** RFC 3339 UTC with milliseconds. */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The same key with its last character changed: right shape, wrong checksum. */
export function flipLast(key: string): string {
  return key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
}

/** Every field of the ApiKey shape (API.md §7). */
export const API_KEY_FIELDS = [
  'name',
  'display_name',
  'key_prefix',
  'expiration',
  'expire_time',
  'permission_level',
  'permissions',
  'workspace_scope',
  'workspaces',
  'state',
  'owner',
  'owner_display_name',
  'owner_email',
  'creator_key',
  'create_time',
  'update_time',
  'last_used_time',
  'previous_secret_expire_time',
  'expires_soon',
  'allowed_ips',
  'last_used_ip',
].sort();

/** Adds a member through the API; returns the user's resource name. */
export async function addUser(
  t: TestApp,
  adminKey: string,
  organization: string,
  email: string,
  displayName: string,
  role: 'org-admin' | 'org-member' = 'org-member',
): Promise<string> {
  const res = await as(t, adminKey).post(`${organization}/users`, { email, display_name: displayName, role });
  if (res.status !== 201) throw new Error(`addUser failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.user.name as string;
}

/**
 * Mints a key for an existing user as the operator CLI does (no escalation rule, and no HTTP
 * request, so no key's last_used_time moves), so a test can hold keys of any shape for any user.
 * Defaults: ALL, all workspaces, one year. Answers the ApiKey with its secret and its id.
 */
export async function operatorKey(
  t: TestApp,
  organization: string,
  email: string,
  options: Partial<{
    displayName: string;
    expiration: ExpirationPreset;
    level: PermissionLevel;
    permissions: string[];
    workspaces: string[];
  }> = {},
): Promise<IssuedKey & { id: string }> {
  const issued = await t.get(OperatorService).createKey({
    organization,
    email,
    displayName: options.displayName ?? `operator key for ${email}`,
    expiration: options.expiration ?? 'EXPIRATION_1_YEAR',
    level: options.level ?? 'PERMISSION_LEVEL_ALL',
    permissions: options.permissions ?? [],
    workspaces: options.workspaces ?? [],
  });
  return { ...(issued as IssuedKey), id: issued.name.split('/').pop() as string };
}

/** Creates a workspace through the API; returns its resource name. */
export async function addWorkspace(t: TestApp, adminKey: string, organization: string, title: string): Promise<string> {
  const res = await as(t, adminKey).post(`${organization}/workspaces`, { title });
  if (res.status !== 201) throw new Error(`addWorkspace failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.name as string;
}

/** The status of GET /me with `key` (200 when the key works, 401 when it does not). */
export async function meStatus(t: TestApp, key: string): Promise<number> {
  return (await as(t, key).get('/me')).status;
}

/**
 * Starts the app as the api-keys-* suites run it (room for 1000 keys per organization, no
 * failed-authentication limit) and bootstraps the default organization (Acme, admin@acme.test).
 */
export async function startWithOrganization(): Promise<{ t: TestApp; boot: Bootstrapped }> {
  const t = await startApp({ env: { MAX_API_KEYS_PER_ORGANIZATION: '1000', AUTH_FAILURES_PER_MINUTE: '0' } });
  return { t, boot: await bootstrapOrganization(t) };
}

/** Every key name (recursively) and every string value of a JSON value. */
export function walkJson(
  value: unknown,
  visit: (key: string | null, v: unknown) => void,
  key: string | null = null,
): void {
  visit(key, value);
  if (Array.isArray(value)) value.forEach((v) => walkJson(v, visit, null));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkJson(v, visit, k);
}

/** Asserts that a (non-create, non-rotate) answer carries neither a secret nor a hash. */
export function expectNoSecrets(body: unknown): void {
  expect(JSON.stringify(body)).not.toMatch(KEY_ANYWHERE);
  const keys: string[] = [];
  walkJson(body, (k) => {
    if (k !== null) keys.push(k);
  });
  expect(keys.filter((k) => /secret|hash|^key$|pepper/i.test(k) && k !== 'previous_secret_expire_time')).toEqual([]);
}
