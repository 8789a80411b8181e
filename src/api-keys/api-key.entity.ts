import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MillisColumn, stringList } from '../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { PermissionLevel, WorkspaceScope } from '../permissions/grants';
import { ExpirationPreset } from './expiration';

export const API_KEY_STATES = ['STATE_ACTIVE', 'STATE_EXPIRED'] as const;
export type ApiKeyState = (typeof API_KEY_STATES)[number];

/**
 * An API key. Only HMACs of secrets are stored (never the key); `previous_secret_*` hold the
 * rotated-out secret during a grace period. Workspaces of a SPECIFIC key are join rows
 * (ApiKeyWorkspaceEntity) so deleting a workspace removes it from every key atomically.
 */
@Entity({ name: 'api_keys' })
@Index('uq_api_keys_secret', ['secretHash'], { unique: true })
@Index('uq_api_keys_previous_secret', ['previousSecretHash'], { unique: true })
@Index('ix_api_keys_org_create', ['organizationId', 'createTime'])
@Index('ix_api_keys_owner', ['ownerUserId'])
@Index('ix_api_keys_state_expire', ['state', 'expireTime'])
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 32 })
  @ForeignKey(() => OrganizationEntity, { name: 'fk_api_keys_org', onDelete: 'CASCADE' })
  organizationId: string;

  /** Removing the owner from the organization deletes (revokes) their keys, atomically. */
  @Column({ name: 'owner_user_id', type: 'varchar', length: 32 })
  @ForeignKey(() => UserEntity, { name: 'fk_api_keys_owner', onDelete: 'CASCADE' })
  ownerUserId: string;

  /** Resource name of the key that created this one; '' when the operator CLI did. */
  @Column({ name: 'creator_key', type: 'varchar', length: 128, default: '' })
  creatorKey: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'display_name_folded', type: 'varchar', length: 400 })
  displayNameFolded: string;

  @Column({ name: 'key_prefix', type: 'varchar', length: 12 })
  keyPrefix: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ name: 'previous_secret_hash', type: 'varchar', length: 64, nullable: true })
  previousSecretHash: string | null;

  @Column(MillisColumn('previous_secret_expire_time', { nullable: true }))
  previousSecretExpireTime: number | null;

  @Column({ type: 'varchar', length: 32 })
  expiration: ExpirationPreset;

  @Column(MillisColumn('expire_time'))
  expireTime: number;

  @Column({ name: 'permission_level', type: 'varchar', length: 32 })
  permissionLevel: PermissionLevel;

  @Column({ type: 'text', transformer: stringList })
  permissions: string[];

  @Column({ name: 'workspace_scope', type: 'varchar', length: 32 })
  workspaceScope: WorkspaceScope;

  /** STATE_EXPIRED once the sweep has disabled it (the API also reports it as soon as expired). */
  @Column({ type: 'varchar', length: 16 })
  state: ApiKeyState;

  /** When the sweep disabled the key. */
  @Column(MillisColumn('disable_time', { nullable: true }))
  disableTime: number | null;

  @Column(MillisColumn('create_time'))
  createTime: number;

  @Column(MillisColumn('update_time'))
  updateTime: number;

  @Column(MillisColumn('last_used_time', { nullable: true }))
  lastUsedTime: number | null;

  /** When the sweep recorded this key's one-time `api_key.expiring` event (API.md §9); null before. */
  @Column(MillisColumn('expiring_notice_time', { nullable: true }))
  expiringNoticeTime: number | null;
  /** The client address (request.ip, under TRUST_PROXY) of the last use; '' until used. */
  @Column({ name: 'last_used_ip', type: 'varchar', length: 45, default: '' })
  lastUsedIp: string;

  /**
   * Which pepper `secret_hash` is under: the first characters of its fingerprint (API.md §15), so
   * the CLI can show keys not yet re-hashed during a rotation. '' only before the first start of
   * a database upgraded from a release without fingerprints.
   */
  @Column({ name: 'pepper_tag', type: 'varchar', length: 16, default: '' })
  pepperTag: string;

  /** Normalized addresses/CIDRs the key may be used from; [] = any address (API.md §10). */
  @Column({ name: 'allowed_ips', type: 'varchar', length: 1024, default: '[]', transformer: stringList })
  allowedIps: string[];
}
