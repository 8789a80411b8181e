import { names } from '../common/resource-names';

export const AUDIT_TARGET_TYPES = ['Organization', 'User', 'Workspace', 'ApiKey', 'Invitation'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** A resource an event is about, as recorded at the time of the event. */
export interface AuditTarget {
  type: AuditTargetType;
  name: string;
  displayName: string;
  /** The user whose own events include this one under the member visibility rule ('' = none). */
  ownerUserId: string;
}

/**
 * Builders from the fields every feature entity has, so the audit module imports no feature
 * module (they depend on it, not the other way round).
 */
export const auditTargets = {
  organization: (o: { id: string; title: string }): AuditTarget => ({
    type: 'Organization',
    name: names.organization(o.id),
    displayName: o.title,
    ownerUserId: '',
  }),
  user: (u: { organizationId: string; id: string; displayName: string }): AuditTarget => ({
    type: 'User',
    name: names.user(u.organizationId, u.id),
    displayName: u.displayName,
    ownerUserId: u.id,
  }),
  workspace: (w: { organizationId: string; id: string; title: string }): AuditTarget => ({
    type: 'Workspace',
    name: names.workspace(w.organizationId, w.id),
    displayName: w.title,
    ownerUserId: '',
  }),
  /** An invitation is shown by the email it was sent to. */
  invitation: (i: { organizationId: string; id: string; email: string }): AuditTarget => ({
    type: 'Invitation',
    name: names.invitation(i.organizationId, i.id),
    displayName: i.email,
    ownerUserId: '',
  }),
  apiKey: (k: { organizationId: string; id: string; displayName: string; ownerUserId: string }): AuditTarget => ({
    type: 'ApiKey',
    name: names.apiKey(k.organizationId, k.id),
    displayName: k.displayName,
    ownerUserId: k.ownerUserId,
  }),
};
