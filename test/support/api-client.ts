import type { TestApp } from './test-app';

/** A tiny client over supertest that sends a bearer key and JSON: `as(t, key).get('/me')`. */
export function as(t: TestApp, key: string) {
  const auth = { Authorization: `Bearer ${key}` };
  const url = (path: string) => (path.startsWith('/') ? `/api/v1${path}` : `/api/v1/${path}`);
  return {
    get: (path: string) => t.http().get(url(path)).set(auth),
    delete: (path: string) => t.http().delete(url(path)).set(auth),
    post: (path: string, body?: object) => {
      const req = t.http().post(url(path)).set(auth);
      return body === undefined ? req : req.send(body);
    },
    patch: (path: string, body: object) => t.http().patch(url(path)).set(auth).send(body),
  };
}

/** The ErrorInfo reason of an error body. */
export function reasonOf(body: { details?: { '@type': string; reason?: string }[] }): string | undefined {
  return body.details?.find((d) => d['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo')?.reason;
}

export interface ApiKeyBody {
  name: string;
  display_name: string;
  key_prefix: string;
  expiration: string;
  expire_time: string;
  permission_level: string;
  permissions: string[];
  workspace_scope: string;
  workspaces: string[];
  state: string;
  owner: string;
  owner_display_name: string;
  owner_email: string;
  creator_key: string;
  create_time: string;
  update_time: string;
  last_used_time: string | null;
  previous_secret_expire_time: string | null;
  expires_soon: boolean;
  allowed_ips: string[];
  last_used_ip: string;
}

export type IssuedKey = ApiKeyBody & { key: string };

/** A valid create body (ALL, all workspaces, 30 days); override any field. */
export function createBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    display_name: 'test key',
    expiration: 'EXPIRATION_30_DAYS',
    permission_level: 'PERMISSION_LEVEL_ALL',
    workspace_scope: 'WORKSPACE_SCOPE_ALL',
    ...overrides,
  };
}

/** Creates a key through the API as `callerKey` from createBody(overrides); throws unless 201. */
export async function createKey(
  t: TestApp,
  callerKey: string,
  organization: string,
  overrides: Record<string, unknown> = {},
): Promise<IssuedKey> {
  const res = await as(t, callerKey).post(`${organization}/apiKeys`, createBody(overrides));
  if (res.status !== 201) throw new Error(`createKey failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as IssuedKey;
}
