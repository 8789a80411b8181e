/**
 * The actions of API.md §9, for the audit log's filter, grouped as a person scans them. The API has no
 * endpoint listing them; test/console.e2e-spec.ts holds this list equal to the server's AUDIT_ACTIONS.
 */
export const AUDIT_ACTIONS = [
  'api_key.created',
  'api_key.updated',
  'api_key.rotated',
  'api_key.deleted',
  'api_key.expiring',
  'api_key.expired',
  'api_key.leaked',
  'api_key.ip_denied',
  'organization.updated',
  'user.added',
  'user.role_changed',
  'user.removed',
  'user.invited',
  'user.invitation_revoked',
  'workspace.created',
  'workspace.updated',
  'workspace.deleted',
];
