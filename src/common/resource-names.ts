import { ID_PATTERN } from './ids';

/**
 * Resource names (AIP-122). The one place that formats and parses them; everything else passes
 * ids around internally and names on the wire.
 */
export const names = {
  organization: (o: string) => `organizations/${o}`,
  workspace: (o: string, w: string) => `organizations/${o}/workspaces/${w}`,
  user: (o: string, u: string) => `organizations/${o}/users/${u}`,
  role: (o: string, r: string) => `organizations/${o}/roles/${r}`,
  apiKey: (o: string, k: string) => `organizations/${o}/apiKeys/${k}`,
  invitation: (o: string, i: string) => `organizations/${o}/invitations/${i}`,
};

type Collection = 'workspaces' | 'users' | 'roles' | 'apiKeys';

export interface ParsedChildName {
  organizationId: string;
  id: string;
}

/** Parses `organizations/{o}/{collection}/{id}`; null when it is not exactly that shape. */
export function parseChildName(name: unknown, collection: Collection): ParsedChildName | null {
  if (typeof name !== 'string') return null;
  const parts = name.split('/');
  if (parts.length !== 4 || parts[0] !== 'organizations' || parts[2] !== collection) return null;
  const [, organizationId, , id] = parts;
  if (!ID_PATTERN.test(organizationId) || !(collection === 'roles' || ID_PATTERN.test(id))) return null;
  return { organizationId, id };
}

/** Accepts an organization id or its full name (the CLI takes either). */
export function parseOrganizationRef(ref: string): string | null {
  const id = ref.startsWith('organizations/') ? ref.slice('organizations/'.length) : ref;
  return ID_PATTERN.test(id) ? id : null;
}
