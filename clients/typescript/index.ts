/**
 * Tessera's typed client: openapi-fetch over the types generated from the OpenAPI document
 * (schema.ts), with the API key sent as a bearer token. Paths, parameters, bodies and the answer of
 * every status are checked by the compiler.
 */
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type * from './schema';

export type TesseraClient = Client<paths>;

export interface TesseraClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where Tessera is served, e.g. `https://tessera.example.com` (the paths carry `/api/v1`). */
  baseUrl: string;
  /** An API key (`tsr_…`), sent as `Authorization: Bearer` on every request; omit it for public routes. */
  apiKey?: string;
}

/** A client for one Tessera instance, acting with one API key. */
export function createTesseraClient({ baseUrl, apiKey, ...options }: TesseraClientOptions): TesseraClient {
  const client = createClient<paths>({ ...options, baseUrl });
  if (apiKey) client.use(bearer(apiKey));
  return client;
}

function bearer(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${apiKey}`);
      return request;
    },
  };
}

/** The id a path parameter takes: the last part of a resource name (`organizations/o/apiKeys/k` → `k`). */
export function idOf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The ErrorInfo `reason` of an error body (e.g. `PERMISSION_MISSING`, API.md §2), if it has one. */
export function errorReason(error: components['schemas']['RpcStatusResponse'] | undefined): string | undefined {
  return error?.details.find(
    (detail): detail is components['schemas']['ErrorInfo'] =>
      detail['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo',
  )?.reason;
}
