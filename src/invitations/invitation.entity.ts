import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MillisColumn } from '../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RoleId } from '../permissions/roles';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * An invitation to join an organization (API.md §14). Its token is stored only as an HMAC, like a
 * key's secret. Pending = not accepted, not revoked, not expired; at most one pending invitation per
 * email and organization (a new one revokes the old in the same transaction).
 */
@Entity({ name: 'invitations' })
@Index('uq_invitations_token', ['tokenHash'], { unique: true })
@Index('ix_invitations_org_email', ['organizationId', 'emailFolded'])
@Index('ix_invitations_org_create', ['organizationId', 'createTime'])
@Index('ix_invitations_workspace', ['workspaceId'])
export class InvitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 32 })
  @ForeignKey(() => OrganizationEntity, { name: 'fk_invitations_org', onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'email_folded', type: 'varchar', length: 320 })
  emailFolded: string;

  @Column({ type: 'varchar', length: 16 })
  role: RoleId;

  /** The workspace the invitation names (shown to the invitee); null for an organization invite. */
  @Column({ name: 'workspace_id', type: 'varchar', length: 32, nullable: true })
  @ForeignKey(() => WorkspaceEntity, { name: 'fk_invitations_workspace', onDelete: 'SET NULL' })
  workspaceId: string | null;

  /**
   * JSON KeyCeiling: what the inviting key could have minted itself, which the invitee's first key
   * may not exceed (grants, allowlist, lifetime); null when the operator invited (no ceiling).
   */
  @Column({ name: 'key_ceiling', type: 'text', nullable: true })
  keyCeiling: string | null;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column(MillisColumn('create_time'))
  createTime: number;

  @Column(MillisColumn('expire_time'))
  expireTime: number;

  @Column(MillisColumn('accept_time', { nullable: true }))
  acceptTime: number | null;

  /** Revoked by DELETE or replaced by a newer invitation for the same email. */
  @Column(MillisColumn('revoke_time', { nullable: true }))
  revokeTime: number | null;
}
