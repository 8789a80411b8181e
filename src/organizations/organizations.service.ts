import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { notFound } from '../common/errors/rpc.error';
import { newId } from '../common/ids';
import { names } from '../common/resource-names';
import { Clock } from '../common/time';
import { foldCase } from '../common/text';
import { OrganizationResponse } from './dto/organization.response';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { OrganizationEntity } from './organization.entity';
import { personOf } from './person';
import { UserEntity } from './user.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly clock: Clock,
  ) {}

  /** One statement: the organization with its owner's name and email. */
  async get(organizationId: string): Promise<OrganizationResponse> {
    const { entities, raw } = await this.organizations
      .createQueryBuilder('o')
      .leftJoin(UserEntity, 'u', 'u.id = o.ownerUserId')
      .addSelect(['u.displayName', 'u.email'])
      .where('o.id = :id', { id: organizationId })
      .getRawAndEntities<{ u_display_name: string | null; u_email: string | null }>();
    if (entities.length === 0) throw notFound(names.organization(organizationId));
    return OrganizationResponse.from(entities[0], personOf(raw[0].u_display_name, raw[0].u_email));
  }

  async exists(organizationId: string): Promise<boolean> {
    return this.organizations.existsBy({ id: organizationId });
  }

  async update(organizationId: string, dto: UpdateOrganizationDto): Promise<OrganizationResponse> {
    const org = await this.organizations.findOneBy({ id: organizationId });
    if (!org) throw notFound(names.organization(organizationId));
    if (dto.title !== undefined && dto.title !== org.title) {
      org.title = dto.title;
      org.updateTime = this.clock.now();
      await this.organizations.update({ id: org.id }, { title: org.title, updateTime: org.updateTime });
    }
    return this.toResponse(org);
  }

  /**
   * A new organization with its first admin, inside the caller's transaction (bootstrap and the
   * demo). The admin becomes the organization's owner.
   */
  async createWithAdmin(
    manager: EntityManager,
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
