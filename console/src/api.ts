import type { ApiKey, AuditEvent, IssuedApiKey, Me, Organization, PermissionGroup, Usage, Workspace } from './types.js';

/** A field the API refused (google.rpc.BadRequest), e.g. `{field: "display_name", description}`. */
export interface FieldViolation {
  field: string;
  description: string;
}

/** An error answer of the API (google.rpc.Status, API.md §2), or a request that never got one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string,
    readonly fieldViolations: FieldViolation[] = [],
    readonly metadata: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface StatusBody {
  message?: string;
  details?: {
    '@type'?: string;
    reason?: string;
    metadata?: Record<string, string>;
    field_violations?: FieldViolation[];
  }[];
}

const BASE = '/api/v1/';

/** Dispatched on `window` when the API answers 401 to the signed-in key; `detail` is its message. */
export const UNAUTHENTICATED = 'tessera:unauthenticated';

/** Everything the console does goes through the public /api/v1 with the signed-in key, same origin. */
export class Api {
  constructor(private key: string) {}

  /** After rotating the key the console is signed in with: carry on with its new secret. */
  useKey(key: string): void {
    this.key = key;
  }

  me = () => this.request<Me>('GET', 'me');
  organizations = () => this.request<{ user_organizations: Organization[] }>('GET', 'me/organizations');
  permissions = () => this.request<{ permission_groups: PermissionGroup[] }>('GET', 'permissions');

  workspaces = (organization: string) =>
    this.list<Workspace>(`${organization}/workspaces`, 'workspaces', { order_by: 'title' });
  apiKeys = (organization: string) => this.list<ApiKey>(`${organization}/apiKeys`, 'api_keys', {});

  createKey = (organization: string, body: object) =>
    this.request<IssuedApiKey>('POST', `${organization}/apiKeys`, undefined, body);
  updateKey = (key: string, body: object) => this.request<ApiKey>('PATCH', key, undefined, body);
  rotateKey = (key: string, gracePeriodSeconds: number) =>
    this.request<IssuedApiKey>('POST', `${key}:rotate`, undefined, { grace_period_seconds: gracePeriodSeconds });
  deleteKey = (key: string) => this.request<object>('DELETE', key);
  usage = (key: string, days = 30) => this.request<Usage>('GET', `${key}/usage`, { days: String(days) });

  auditEvents = (organization: string, query: { filter?: string; page_token?: string; page_size?: number }) =>
    this.request<{ audit_events: AuditEvent[]; next_page_token: string }>('GET', `${organization}/auditEvents`, {
      page_size: String(query.page_size ?? 20),
      ...(query.filter ? { filter: query.filter } : {}),
      ...(query.page_token ? { page_token: query.page_token } : {}),
    });

  /** Every page of a list (the console's lists are small: keys are capped per organization). */
  private async list<T>(path: string, field: string, query: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    let pageToken = '';
    do {
      const page = await this.request<Record<string, unknown> & { next_page_token: string }>('GET', path, {
        ...query,
        page_size: '1000',
        ...(pageToken ? { page_token: pageToken } : {}),
      });
      items.push(...(page[field] as T[]));
      pageToken = page.next_page_token;
    } while (pageToken);
    return items;
  }

  private async request<T>(method: string, path: string, query?: Record<string, string>, body?: object): Promise<T> {
    const url = BASE + path + (query ? `?${new URLSearchParams(query).toString()}` : '');
    const headers: Record<string, string> = { Authorization: `Bearer ${this.key}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw new ApiError(
        'Tessera could not be reached. Check that the server is running, then try again.',
        0,
        'NETWORK',
      );
    }
    const payload = (await response.json().catch(() => null)) as unknown;
    if (response.ok) return payload as T;
    const error = toApiError(response.status, payload as StatusBody | null);
    // The signed-in key stopped working (deleted, expired, rotated elsewhere): the page signs out.
    if (response.status === 401) dispatchEvent(new CustomEvent(UNAUTHENTICATED, { detail: error.message }));
    throw error;
  }
}

function toApiError(status: number, body: StatusBody | null): ApiError {
  const details = body?.details ?? [];
  const info = details.find((d) => d['@type']?.endsWith('google.rpc.ErrorInfo'));
  const badRequest = details.find((d) => d['@type']?.endsWith('google.rpc.BadRequest'));
  return new ApiError(
    body?.message ?? `The server answered ${status}.`,
    status,
    info?.reason ?? 'UNKNOWN',
    badRequest?.field_violations ?? [],
    info?.metadata ?? {},
  );
}
