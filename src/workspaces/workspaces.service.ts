import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { alreadyExists, notFound } from '../common/errors/rpc.error';
import { newId } from '../common/ids';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { ListSpec, Page, Paginator } from '../common/listing/paginator';
import { names } from '../common/resource-names';
import { foldCase, likeContains } from '../common/text';
import { Clock } from '../common/time';
import { isUniqueViolation } from '../database/unique-violation';
import { PreparedStatements } from '../database/prepared-statements';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../audit/actor';
import { AuditValue, creationChanges, diffChanges } from '../audit/audit-changes';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import { UsersService } from '../organizations/users.service';
import { Grants } from '../permissions/grants';
import { CreateWorkspaceDto } from './dto/create-workspace.dto';
import { UpdateWorkspaceDto } from './dto/update-workspace.dto';
import { WorkspaceResponse } from './dto/workspace.response';
import { personOf } from '../organizations/person';
import { WorkspaceEntity } from './workspace.entity';

const WORKSPACE_LIST: Omit<ListSpec<WorkspaceEntity>, 'collection'> = {
  sortFields: {
    title: { expr: 'w.titleFolded', value: (w) => w.titleFolded },
    create_time: { expr: 'w.createTime', value: (w) => w.createTime },
    update_time: { expr: 'w.updateTime', value: (w) => w.updateTime },
  },
  defaultOrder: [{ field: 'create_time', desc: true }],
  id: { expr: 'w.id', value: (w) => w.id },
  filters: {
    title: {
      ops: ['=', ':'],
      condition: (op, value, p) =>
        op === '='
          ? { sql: `w.title = :${p}`, params: { [p]: value } }
          : { sql: `w.titleFolded LIKE :${p} ESCAPE '!'`, params: { [p]: likeContains(value) } },
    },
  },
};

/** A workspace with its creator's name and email: the read behind GET of one workspace. */
const WORKSPACE_WITH_CREATOR_SQL = `SELECT w.id, w.organization_id, w.title, w.workspace_icon, w.workspace_icon_color,
  w.create_time, w.update_time, u.display_name AS creator_display_name, u.email AS creator_email
FROM workspaces w
LEFT JOIN users u ON u.id = w.creator_user_id
WHERE w.organization_id = ? AND w.id = ?`;

interface WorkspaceRow {
  id: string;
  organization_id: string;
  title: string;
  workspace_icon: string;
  workspace_icon_color: string;
  /** Epoch milliseconds (a string from MySQL's BIGINT). */
  create_time: number | string;
  update_time: number | string;
  creator_display_name: string | null;
  creator_email: string | null;
}

/** Which workspaces a caller reaches: a key's scope (API.md §4). */
export type WorkspaceReach = Pick<Grants, 'scope' | 'workspaceIds'>;

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectRepository(WorkspaceEntity) private readonly workspaces: Repository<WorkspaceEntity>,
    private readonly users: UsersService,
    private readonly paginator: Paginator,
    private readonly transactions: TransactionRunner,
    private readonly statements: PreparedStatements,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The workspaces of an organization this caller reaches, a page at a time. */
  async list(organizationId: string, reach: WorkspaceReach, query: ListQueryDto): Promise<Page<WorkspaceResponse>> {
    const qb = this.workspaces.createQueryBuilder('w').where('w.organizationId = :org', { org: organizationId });
    restrictToReach(qb, reach);
    const page = await this.paginator.page(qb, query, {
      ...WORKSPACE_LIST,
      collection: `${names.organization(organizationId)}/workspaces`,
    });
    return { items: await this.toResponses(page.items), nextPageToken: page.nextPageToken };
  }

  /** One prepared statement: the workspace with its creator's name and email. */
  async get(organizationId: string, workspaceId: string): Promise<WorkspaceResponse> {
    const [row] = await this.statements.all<WorkspaceRow>(WORKSPACE_WITH_CREATOR_SQL, [organizationId, workspaceId]);
    if (!row) throw notFound(names.workspace(organizationId, workspaceId));
    return WorkspaceResponse.from(
      {
        id: row.id,
        organizationId: row.organization_id,
        title: row.title,
        workspaceIcon: row.workspace_icon,
        workspaceIconColor: row.workspace_icon_color,
        createTime: Number(row.create_time),
        updateTime: Number(row.update_time),
      },
      personOf(row.creator_display_name, row.creator_email),
    );
  }

  /** Creates a workspace; an API-key actor becomes its creator. */
  async create(organizationId: string, actor: Actor, dto: CreateWorkspaceDto): Promise<WorkspaceResponse> {
    const workspace = await this.transactions.run((m) =>
      this.createInTransaction(m, organizationId, actor.userId || null, actor, dto),
    );
    return this.get(organizationId, workspace.id);
  }

  /** Inserts a workspace with its event inside the caller's transaction (also bootstrap). */
  async createInTransaction(
    manager: EntityManager,
    organizationId: string,
    creatorUserId: string | null,
    actor: Actor,
    dto: CreateWorkspaceDto,
  ): Promise<WorkspaceEntity> {
    const workspace = this.newEntity(organizationId, creatorUserId, dto);
    await this.write(dto.title, () => manager.insert(WorkspaceEntity, workspace));
    await this.audit.record(manager, {
      organizationId,
      action: 'workspace.created',
      actor,
      targets: [auditTargets.workspace(workspace)],
      changes: creationChanges(auditedFields(workspace)),
    });
    return workspace;
  }

  private newEntity(organizationId: string, creatorUserId: string | null, dto: CreateWorkspaceDto): WorkspaceEntity {
    const now = this.clock.now();
    return this.workspaces.create({
      id: newId(),
      organizationId,
      title: dto.title,
      titleFolded: foldCase(dto.title),
      workspaceIcon: dto.workspace_icon ?? '',
      workspaceIconColor: dto.workspace_icon_color ?? '',
      creatorUserId,
      createTime: now,
      updateTime: now,
    });
  }

  async update(
    organizationId: string,
    actor: Actor,
    workspaceId: string,
    dto: UpdateWorkspaceDto,
  ): Promise<WorkspaceResponse> {
    await this.transactions.run(async (m) => {
      await this.transactions.lockRow(m, 'workspaces', workspaceId);
      const workspace = await m.findOneBy(WorkspaceEntity, { organizationId, id: workspaceId });
      if (!workspace) throw notFound(names.workspace(organizationId, workspaceId));
      const changes = this.changesFor(workspace, dto);
      if (Object.keys(changes).length === 0) return;
      changes.updateTime = this.clock.now();
      const updated = { ...workspace, ...changes };
      await this.write(updated.title, () => m.update(WorkspaceEntity, { id: workspace.id }, changes));
      await this.audit.record(m, {
        organizationId,
        action: 'workspace.updated',
        actor,
        targets: [auditTargets.workspace(updated)],
        changes: diffChanges(auditedFields(workspace), auditedFields(updated)),
      });
    });
    return this.get(organizationId, workspaceId);
  }

  private changesFor(workspace: WorkspaceEntity, dto: UpdateWorkspaceDto): Partial<WorkspaceEntity> {
    const changes: Partial<WorkspaceEntity> = {};
    if (dto.title !== undefined && dto.title !== workspace.title) {
      changes.title = dto.title;
      changes.titleFolded = foldCase(dto.title);
    }
    if (dto.workspace_icon !== undefined && dto.workspace_icon !== workspace.workspaceIcon) {
      changes.workspaceIcon = dto.workspace_icon;
    }
    if (dto.workspace_icon_color !== undefined && dto.workspace_icon_color !== workspace.workspaceIconColor) {
      changes.workspaceIconColor = dto.workspace_icon_color;
    }
    return changes;
  }

  /** Deletes a workspace; keys lose it from their scope through the join table's cascade. */
  async delete(organizationId: string, actor: Actor, workspaceId: string): Promise<void> {
    await this.transactions.run(async (m) => {
      await this.transactions.lockRow(m, 'workspaces', workspaceId);
      const workspace = await m.findOneBy(WorkspaceEntity, { organizationId, id: workspaceId });
      if (!workspace) throw notFound(names.workspace(organizationId, workspaceId));
      await m.delete(WorkspaceEntity, { id: workspace.id });
      await this.audit.record(m, {
        organizationId,
        action: 'workspace.deleted',
        actor,
        targets: [auditTargets.workspace(workspace)],
      });
    });
  }

  /** The subset of `ids` that are workspaces of the organization. */
  async existingIds(organizationId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.workspaces.find({ select: { id: true }, where: { organizationId, id: In([...ids]) } });
    return new Set(rows.map((r) => r.id));
  }

  private async write(title: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw alreadyExists(`A workspace titled "${title}" already exists in this organization.`);
      }
      throw error;
    }
  }

  private async toResponses(items: WorkspaceEntity[]): Promise<WorkspaceResponse[]> {
    const creators = await this.users.findByIds(items.map((w) => w.creatorUserId).filter((id): id is string => !!id));
    return items.map((w) => WorkspaceResponse.from(w, (w.creatorUserId && creators.get(w.creatorUserId)) || null));
  }
}

/** A workspace's fields as its audit events record them, by wire name. */
function auditedFields(w: WorkspaceEntity): Record<string, AuditValue> {
  return { title: w.title, workspace_icon: w.workspaceIcon, workspace_icon_color: w.workspaceIconColor };
}

function restrictToReach(qb: SelectQueryBuilder<WorkspaceEntity>, reach: WorkspaceReach): void {
  if (reach.scope === 'WORKSPACE_SCOPE_ALL') return;
  if (reach.workspaceIds.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere('w.id IN (:...reach)', { reach: [...reach.workspaceIds] });
}
