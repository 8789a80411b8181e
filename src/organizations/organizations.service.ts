import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { notFound } from '../common/errors/rpc.error';
import { newId } from '../common/ids';
import { names } from '../common/resource-names';
import { Clock } from '../common/time';
import { foldCase } from '../common/text';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { Page, Paginator } from '../common/listing/paginator';
import { PreparedStatements } from '../database/prepared-statements';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../audit/actor';
import { creationChanges, diffChanges } from '../audit/audit-changes';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import { OrganizationResponse } from './dto/organization.response';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { OrganizationEntity } from './organization.entity';
import { personOf } from './person';
import { UserEntity } from './user.entity';

/** An organization with its owner's name and email: the read behind GET and /me/organizations. */
const ORGANIZATION_WITH_OWNER_SQL = `SELECT o.id, o.title, o.create_time, o.update_time,
  u.display_name AS owner_display_name, u.email AS owner_email
FROM organizations o
LEFT JOIN users u ON u.id = o.owner_user_id
WHERE o.id = ?`;

interface OrganizationRow {
  id: string;
  title: string;
  /** Epoch milliseconds (a string from MySQL's BIGINT). */
  create_time: number | string;
  update_time: number | string;
  owner_display_name: string | null;
  owner_email: string | null;
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly transactions: TransactionRunner,
    private readonly statements: PreparedStatements,
    private readonly audit: AuditLog,
    private readonly paginator: Paginator,
    private readonly clock: Clock,
  ) {}

  /** One prepared statement: the organization with its owner's name and email. */
  async get(organizationId: string): Promise<OrganizationResponse> {
    const [row] = await this.statements.all<OrganizationRow>(ORGANIZATION_WITH_OWNER_SQL, [organizationId]);
    if (!row) throw notFound(names.organization(organizationId));
    return OrganizationResponse.from(
      { id: row.id, title: row.title, createTime: Number(row.create_time), updateTime: Number(row.update_time) },
      personOf(row.owner_display_name, row.owner_email),
    );
  }

  /**
   * The caller's organizations as a Kognitos list (filter `title = "x"` or `title : "x"`, page_size,
   * page_token). A key belongs to exactly one organization, so the list is that one or none.
   */
  async listOwn(organizationId: string, query: ListQueryDto): Promise<Page<OrganizationResponse>> {
    return this.paginator.pageOfList([await this.get(organizationId)], query, {
      collection: 'me/organizations',
      key: (o) => o.name,
      filters: {
        title: {
          ops: ['=', ':'],
          matches: (op, value, o) => (op === '=' ? o.title === value : foldCase(o.title).includes(foldCase(value))),
        },
      },
    });
  }

  async exists(organizationId: string): Promise<boolean> {
    return this.organizations.existsBy({ id: organizationId });
  }

  async update(organizationId: string, actor: Actor, dto: UpdateOrganizationDto): Promise<OrganizationResponse> {
    const org = await this.transactions.run(async (m) => {
      await this.transactions.lockOrganization(m, organizationId);
      const current = await m.findOneBy(OrganizationEntity, { id: organizationId });
      if (!current) throw notFound(names.organization(organizationId));
      if (dto.title === undefined || dto.title === current.title) return current;
      const changes = diffChanges({ title: current.title }, { title: dto.title });
      const updated = { ...current, title: dto.title, updateTime: this.clock.now() };
      await m.update(OrganizationEntity, { id: current.id }, { title: updated.title, updateTime: updated.updateTime });
      await this.audit.record(m, {
        organizationId,
        action: 'organization.updated',
        actor,
        targets: [auditTargets.organization(updated)],
        changes,
      });
      return updated;
    });
    return this.toResponse(org);
  }

  /**
   * A new organization with its first admin, inside the caller's transaction (bootstrap and the
   * demo). The admin becomes the organization's owner; the event is the admin's `user.added`.
   */
  async createWithAdmin(
    manager: EntityManager,
    actor: Actor,
    input: { title: string; email: string; displayName: string },
  ): Promise<{ organization: OrganizationEntity; admin: UserEntity }> {
    const now = this.clock.now();
    const organization = manager.create(OrganizationEntity, {
      id: newId(),
      title: input.title,
      ownerUserId: null,
      createTime: now,
      updateTime: now,
    });
    await manager.insert(OrganizationEntity, organization);
    const admin = manager.create(UserEntity, {
      id: newId(),
      organizationId: organization.id,
      email: input.email,
      emailFolded: foldCase(input.email),
      displayName: input.displayName,
      displayNameFolded: foldCase(input.displayName),
      role: 'org-admin',
      createTime: now,
      updateTime: now,
    });
    await manager.insert(UserEntity, admin);
    organization.ownerUserId = admin.id;
    await manager.update(OrganizationEntity, { id: organization.id }, { ownerUserId: admin.id });
    await this.audit.record(manager, {
      organizationId: organization.id,
      action: 'user.added',
      actor,
      targets: [auditTargets.user(admin)],
      changes: creationChanges({ email: admin.email, display_name: admin.displayName, role: admin.role }),
    });
    return { organization, admin };
  }

  async count(): Promise<number> {
    return this.organizations.count();
  }

  private async toResponse(org: OrganizationEntity): Promise<OrganizationResponse> {
    const owner = org.ownerUserId ? await this.users.findOneBy({ id: org.ownerUserId }) : null;
    return OrganizationResponse.from(org, owner);
  }
}
