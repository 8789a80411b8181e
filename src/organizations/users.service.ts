import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { alreadyExists, failedPrecondition, invalidField, notFound } from '../common/errors/rpc.error';
import { newId } from '../common/ids';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { ListSpec, Paginator } from '../common/listing/paginator';
import { names } from '../common/resource-names';
import { foldCase, likeContains } from '../common/text';
import { Clock } from '../common/time';
import { isUniqueViolation } from '../database/unique-violation';
import { PreparedStatements } from '../database/prepared-statements';
import { TransactionRunner } from '../database/transaction-runner';
import { RoleId, ROLES } from '../permissions/roles';
import { Actor } from '../audit/actor';
import { creationChanges } from '../audit/audit-changes';
import { AuditLog } from '../audit/audit-log';
import { auditTargets } from '../audit/audit-targets';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersResponse, UserBasicInfoResponse, UserWithRolesResponse } from './dto/user.response';
import { Person } from './person';
import { UserEntity } from './user.entity';

/** Users list: the Kognitos spelling of its sort fields (`created_time`, `updated_time`). */
const USER_LIST: Omit<ListSpec<UserEntity>, 'collection'> = {
  sortFields: {
    display_name: { expr: 'u.displayNameFolded', value: (u) => u.displayNameFolded },
    email: { expr: 'u.emailFolded', value: (u) => u.emailFolded },
    created_time: { expr: 'u.createTime', value: (u) => u.createTime },
    updated_time: { expr: 'u.updateTime', value: (u) => u.updateTime },
  },
  defaultOrder: [{ field: 'created_time', desc: true }],
  id: { expr: 'u.id', value: (u) => u.id },
  filters: {
    search: {
      ops: [':'],
      condition: (_op, value, p) => ({
        sql: `(u.displayNameFolded LIKE :${p} ESCAPE '!' OR u.emailFolded LIKE :${p} ESCAPE '!')`,
        params: { [p]: likeContains(value) },
      }),
    },
    // Kognitos: a role by id or by title, case-insensitively (`role = "Organization Admin"`).
    role: {
      ops: ['='],
      condition: (_op, value, p) => {
        const wanted = foldCase(value.trim());
        const role = ROLES.find((r) => foldCase(r.id) === wanted || foldCase(r.title) === wanted);
        if (!role) {
          const known = ROLES.flatMap((r) => [r.id, `"${r.title}"`]).join(', ');
          throw invalidField('filter', `role must be one of ${known}, not "${value}".`);
        }
        return { sql: `u.role = :${p}`, params: { [p]: role.id } };
      },
    },
    // Kognitos: `role_scope = organization|workspace`. Every role is organization-scoped.
    role_scope: {
      ops: ['='],
      condition: (_op, value) => {
        const scope = foldCase(value.trim()).replace(/^role_scope_/, '');
        if (scope === 'organization') return { sql: '1 = 1', params: {} };
        if (scope === 'workspace') return { sql: '1 = 0', params: {} };
        throw invalidField('filter', `role_scope must be organization or workspace, not "${value}".`);
      },
    },
  },
};

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly paginator: Paginator,
    private readonly transactions: TransactionRunner,
    private readonly statements: PreparedStatements,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(organizationId: string, query: ListQueryDto): Promise<ListUsersResponse> {
    const qb = this.users.createQueryBuilder('u').where('u.organizationId = :org', { org: organizationId });
    const page = await this.paginator.page(qb, query, {
      ...USER_LIST,
      collection: `${names.organization(organizationId)}/users`,
    });
    return { users: page.items.map((u) => UserWithRolesResponse.from(u)), next_page_token: page.nextPageToken };
  }

  async get(organizationId: string, userId: string): Promise<UserBasicInfoResponse> {
    return UserBasicInfoResponse.from(await this.find(organizationId, userId));
  }

  /** The member, or 404 in the documented shape. */
  async find(organizationId: string, userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ organizationId, id: userId });
    if (!user) throw notFound(names.user(organizationId, userId));
    return user;
  }

  /** Name and email of each user, by id (one prepared statement: lists show owners and creators). */
  async findByIds(userIds: readonly string[]): Promise<Map<string, Person>> {
    const rows = await this.statements.allForIds<{ id: string; display_name: string; email: string }>(
      (ids) => `SELECT id, display_name, email FROM users WHERE id IN (${ids})`,
      [...new Set(userIds)],
    );
    return new Map(rows.map((u) => [u.id, { displayName: u.display_name, email: u.email }]));
  }

  async findByEmail(organizationId: string, email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ organizationId, emailFolded: foldCase(email) });
  }

  async add(organizationId: string, actor: Actor, dto: CreateUserDto): Promise<UserWithRolesResponse> {
    const user = await this.transactions.run((m) =>
      this.addInTransaction(m, organizationId, actor, {
        id: newId(),
        email: dto.email,
        displayName: dto.display_name,
        role: dto.role,
      }),
    );
    return UserWithRolesResponse.from(user);
  }

  /**
   * Inserts a member with their `user.added` event inside the caller's transaction (also invitation
   * acceptance). An email already in the organization is 409, whichever request got there first.
   */
  async addInTransaction(
    m: EntityManager,
    organizationId: string,
    actor: Actor,
    input: { id: string; email: string; displayName: string; role: RoleId },
  ): Promise<UserEntity> {
    const now = this.clock.now();
    const user = m.create(UserEntity, {
      id: input.id,
      organizationId,
      email: input.email,
      emailFolded: foldCase(input.email),
      displayName: input.displayName,
      displayNameFolded: foldCase(input.displayName),
      role: input.role,
      createTime: now,
      updateTime: now,
    });
    try {
      await m.insert(UserEntity, user);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw alreadyExists(`A user with email "${input.email}" is already a member of this organization.`);
      }
      throw error;
    }
    await this.audit.record(m, {
      organizationId,
      action: 'user.added',
      actor,
      targets: [auditTargets.user(user)],
      changes: creationChanges({ email: user.email, display_name: user.displayName, role: user.role }),
    });
    return user;
  }

  /** Changes a role; the last admin cannot be demoted, even by concurrent requests. */
  async changeRole(organizationId: string, actor: Actor, userId: string, role: RoleId): Promise<UserWithRolesResponse> {
    return this.transactions.run(async (manager) => {
      await this.transactions.lockOrganization(manager, organizationId);
      const repo = manager.getRepository(UserEntity);
      const user = await repo.findOneBy({ organizationId, id: userId });
      if (!user) throw notFound(names.user(organizationId, userId));
      if (user.role === role) return UserWithRolesResponse.from(user);
      if (user.role === 'org-admin') await this.ensureAnotherAdmin(repo, organizationId, 'demoted');
      const before = user.role;
      user.role = role;
      user.updateTime = this.clock.now();
      await repo.update({ id: user.id }, { role, updateTime: user.updateTime });
      await this.audit.record(manager, {
        organizationId,
        action: 'user.role_changed',
        actor,
        targets: [auditTargets.user(user)],
        changes: { role: { before, after: role } },
      });
      return UserWithRolesResponse.from(user);
    });
  }

  /**
   * Removes a member; their API keys in the organization go with them (foreign-key cascade), and
   * the `user.removed` event names those keys too, so each key's history ends with its removal.
   */
  async remove(organizationId: string, actor: Actor, userId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.transactions.lockOrganization(manager, organizationId);
      const repo = manager.getRepository(UserEntity);
      const user = await repo.findOneBy({ organizationId, id: userId });
      if (!user) throw notFound(names.user(organizationId, userId));
      if (user.role === 'org-admin') await this.ensureAnotherAdmin(repo, organizationId, 'removed');
      // The keys the cascade is about to delete, read by table name: organizations/ sits below
      // api-keys/ and must not import it, but the event has to name what the removal revoked.
      const keys = await manager
        .createQueryBuilder()
        .select(['k.id AS id', 'k.display_name AS display_name'])
        .from('api_keys', 'k')
        .where('k.owner_user_id = :owner', { owner: user.id })
        .orderBy('k.id')
        .getRawMany<{ id: string; display_name: string }>();
      await repo.delete({ id: user.id });
      await this.audit.record(manager, {
        organizationId,
        action: 'user.removed',
        actor,
        targets: [
          auditTargets.user(user),
          ...keys.map((k) =>
            auditTargets.apiKey({ organizationId, id: k.id, displayName: k.display_name, ownerUserId: user.id }),
          ),
        ],
      });
    });
  }

  private async ensureAnotherAdmin(repo: Repository<UserEntity>, organizationId: string, verb: string) {
    const admins = await repo.countBy({ organizationId, role: 'org-admin' });
    if (admins <= 1) {
      throw failedPrecondition(
        `The last org-admin of an organization cannot be ${verb}; make another member an admin first.`,
      );
    }
  }
}
