/** Every audit action of API.md §9, in the order the contract lists them. */
export const AUDIT_ACTIONS = [
  'organization.updated',
  'user.added',
  'user.role_changed',
  'user.removed',
  'user.invited',
  'user.invitation_revoked',
  'workspace.created',
  'workspace.updated',
  'workspace.deleted',
  'api_key.created',
  'api_key.updated',
  'api_key.rotated',
  'api_key.deleted',
  'api_key.expired',
  'api_key.expiring',
  'api_key.leaked',
  'api_key.ip_denied',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
