import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { KeyHasher } from '../api-keys/key-hasher';
import { generateInviteToken } from '../api-keys/key-format';
import { Actor } from '../audit/actor';
import { creationChanges } from '../audit/audit-changes';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import {
  alreadyExists,
  escalationDenied,
  failedPrecondition,
  invalidField,
  notFound,
  workspaceOutOfScope,
} from '../common/errors/rpc.error';
import { newId } from '../common/ids';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { Paginator } from '../common/listing/paginator';
import { names, parseChildName } from '../common/resource-names';
import { foldCase } from '../common/text';
import { Clock, HOUR_MS, toTimestamp } from '../common/time';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { Grants } from '../permissions/grants';
import { canReachWorkspace, isFullPowerAdminKey, Principal } from '../permissions/principal';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { CreateInvitationResponse, InvitationResponse, ListInvitationsResponse } from './dto/invitation.response';
import { InvitationEntity } from './invitation.entity';

/**
 * What the inviting key could have minted itself (API.md §5, §10): an invitation hands out a first
 * key, which must not exceed it — the same no-escalation rules as a key created by that caller.
 */
export interface KeyCeiling {
  grants: Grants;
  allowedIps: readonly string[];
  /** null: the new key may outlive the inviting key (an org-admin's full-power key). */
  expireTime: number | null;
}

/** Who invites, and within what: an API key's caller, or the operator (anyone, anything). */
export interface Inviter {
  organizationId: string;
  mayInviteAdmins: boolean;
  reachesWorkspace(workspaceId: string): boolean;
  /** null for the operator. */
  ceiling: KeyCeiling | null;
}

export function inviterOf(caller: Principal): Inviter {
  return {
    organizationId: caller.organizationId,
    mayInviteAdmins: caller.role === 'org-admin',
    reachesWorkspace: (id) => canReachWorkspace(caller, id),
    ceiling: {
      grants: caller.grants,
      allowedIps: caller.allowedIps,
      expireTime: isFullPowerAdminKey(caller) ? null : caller.keyExpireTime,
    },
  };
}

export function operatorInviter(organizationId: string): Inviter {
  return { organizationId, mayInviteAdmins: true, reachesWorkspace: () => true, ceiling: null };
}

/** The stored ceiling of an invitation (null = none). */
export function ceilingOf(invitation: Pick<InvitationEntity, 'keyCeiling'>): KeyCeiling | null {
  return invitation.keyCeiling === null ? null : (JSON.parse(invitation.keyCeiling) as KeyCeiling);
}

/** Pending: neither accepted nor revoked, and not yet expired (API.md §14). */
export function isPending(i: Pick<InvitationEntity, 'acceptTime' | 'revokeTime' | 'expireTime'>, now: number): boolean {
  return i.acceptTime === null && i.revokeTime === null && i.expireTime > now;
}

/**
 * Inviting, listing, reading and revoking invitations (API.md §14). The token is made here and
 * returned once; only its HMAC is stored. Acceptance is InvitationAcceptance's.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly hasher: KeyHasher,
    private readonly paginator: Paginator,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(caller: Inviter, actor: Actor, dto: CreateInvitationDto): Promise<CreateInvitationResponse> {
    if (!caller.mayInviteAdmins && dto.role === 'org-admin') {
      throw escalationDenied('Only an org-admin may invite an org-admin.');
    }
    const workspaceId = dto.workspace === undefined ? null : this.workspaceIdOf(caller, dto.workspace);
    const token = generateInviteToken();
    const now = this.clock.now();
    const invitation: InvitationEntity = {
      id: newId(),
      organizationId: caller.organizationId,
      email: dto.email,
      emailFolded: foldCase(dto.email),
      role: dto.role,
      workspaceId,
      keyCeiling: caller.ceiling === null ? null : JSON.stringify(caller.ceiling),
      tokenHash: this.hasher.hash(token),
      createTime: now,
      expireTime: now + this.config.env.INVITATION_TTL_HOURS * HOUR_MS,
      acceptTime: null,
      revokeTime: null,
    };
    await this.transactions.run(async (m) => {
      // The organization's lock: concurrent invitations for one email leave exactly one pending.
      await this.transactions.lockOrganization(m, caller.organizationId);
      if (
        workspaceId &&
        !(await m.existsBy(WorkspaceEntity, { organizationId: caller.organizationId, id: workspaceId }))
      ) {
        throw invalidField('workspace', `${dto.workspace} is not a workspace of this organization.`);
      }
      if (
        await m.existsBy(UserEntity, { organizationId: caller.organizationId, emailFolded: invitation.emailFolded })
      ) {
        throw alreadyExists(`A user with email "${dto.email}" is already a member of this organization.`);
      }
      const replaced = await m.findBy(InvitationEntity, {
        organizationId: caller.organizationId,
        emailFolded: invitation.emailFolded,
        acceptTime: IsNull(),
        revokeTime: IsNull(),
        expireTime: MoreThan(now),
      });
      for (const old of replaced) await m.update(InvitationEntity, { id: old.id }, { revokeTime: now });
      await m.insert(InvitationEntity, invitation);
      await this.audit.record(m, {
        organizationId: caller.organizationId,
        action: 'user.invited',
        actor,
        // A replaced invitation is named too: its token stopped working with this event.
        targets: [invitation, ...replaced].map((i) => auditTargets.invitation(i)),
        changes: creationChanges({
          email: invitation.email,
          role: invitation.role,
          workspace: dto.workspace ?? '',
          expire_time: toTimestamp(invitation.expireTime),
        }),
      });
    });
    return { invitation: await this.get(caller.organizationId, invitation.id), invite_token: token };
  }

  /** Pending invitations, newest first, a page at a time (Kognitos: page_size and page_token). */
  async listPending(organizationId: string, query: ListQueryDto): Promise<ListInvitationsResponse> {
    const qb = this.invitations
      .createQueryBuilder('i')
      .where('i.organizationId = :org AND i.acceptTime IS NULL AND i.revokeTime IS NULL AND i.expireTime > :now', {
        org: organizationId,
        now: this.clock.now(),
      });
    const page = await this.paginator.page(qb, query, {
      collection: `${names.organization(organizationId)}/invites`,
      sortFields: { create_time: { expr: 'i.createTime', value: (i) => i.createTime } },
      defaultOrder: [{ field: 'create_time', desc: true }],
      id: { expr: 'i.id', value: (i) => i.id },
      filters: {},
    });
    return {
      invitations: page.items.map((i) => ({ email: i.email, invitation_id: i.id })),
      next_page_token: page.nextPageToken,
    };
  }

  /** Any invitation of the organization, whatever its state. One statement. */
  async get(organizationId: string, invitationId: string): Promise<InvitationResponse> {
    const { entities, raw } = await this.invitations
      .createQueryBuilder('i')
      .innerJoin(OrganizationEntity, 'o', 'o.id = i.organizationId')
      .leftJoin(WorkspaceEntity, 'w', 'w.id = i.workspaceId')
      .addSelect(['o.title', 'w.title'])
      .where('i.organizationId = :org AND i.id = :id', { org: organizationId, id: invitationId })
      .getRawAndEntities<{ o_title: string; w_title: string | null }>();
    if (entities.length === 0) throw notFound(names.invitation(organizationId, invitationId));
    const invitation = entities[0];
    return {
      name: names.invitation(organizationId, invitation.id),
      organization_display_name: raw[0].o_title,
      workspace_id: invitation.workspaceId ?? '',
      workspace_display_name: raw[0].w_title ?? '',
      roles: [names.role(organizationId, invitation.role)],
      is_accepted: invitation.acceptTime !== null,
    };
  }

  /**
   * Revokes a pending invitation (its token stops working at once). An accepted one cannot be
   * revoked (remove the member instead); revoking a revoked or expired one changes nothing.
   */
  async revoke(organizationId: string, actor: Actor, invitationId: string): Promise<void> {
    await this.transactions.run(async (m) => {
      await this.transactions.lockRow(m, 'invitations', invitationId);
      const invitation = await m.findOneBy(InvitationEntity, { organizationId, id: invitationId });
      if (!invitation) throw notFound(names.invitation(organizationId, invitationId));
      if (invitation.acceptTime !== null) {
        throw failedPrecondition('This invitation was accepted; remove the member instead.');
      }
      const now = this.clock.now();
      if (!isPending(invitation, now)) return;
      await m.update(InvitationEntity, { id: invitation.id }, { revokeTime: now });
      await this.audit.record(m, {
        organizationId,
        action: 'user.invitation_revoked',
        actor,
        targets: [auditTargets.invitation(invitation)],
      });
    });
  }

  /** Takes the invitation's row lock and reads it (acceptance). */
  async lockAndRead(m: EntityManager, invitationId: string): Promise<InvitationEntity | null> {
    await this.transactions.lockRow(m, 'invitations', invitationId);
    return m.findOneBy(InvitationEntity, { id: invitationId });
  }

  findByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.invitations.findOneBy({ tokenHash });
  }

  private workspaceIdOf(caller: Inviter, workspace: string): string {
    const parsed = parseChildName(workspace, 'workspaces');
    if (!parsed || parsed.organizationId !== caller.organizationId) {
      throw invalidField('workspace', `workspace must be a workspace name of this organization, not "${workspace}".`);
    }
    if (!caller.reachesWorkspace(parsed.id)) throw workspaceOutOfScope();
    return parsed.id;
  }
}
