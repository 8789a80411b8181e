import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock } from '../common/time';
import { UserEntity } from '../organizations/user.entity';
import { UsersService } from '../organizations/users.service';
import { ApiKeyViews } from './api-key-views';
import { isExpired, isGraceActive } from './api-key-lifecycle';
import { ApiKeyEntity } from './api-key.entity';
import { isWellFormedKey } from './key-format';
import { KeyHasher } from './key-hasher';

export interface VerifiedKey {
  key: ApiKeyEntity;
  owner: UserEntity;
  workspaceIds: string[];
}

/**
 * Resolves a presented secret to a live key, for the bearer strategy. Format and checksum first
 * (no database read for junk), then one indexed lookup by HMAC. Validity is decided here, on every
 * request: the key exists, has not expired (whatever the sweep did), the secret is the current
 * one or a previous one still in its grace period, and the owner is still a member.
 */
@Injectable()
export class ApiKeyCredentials {
  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly users: UsersService,
    private readonly views: ApiKeyViews,
    private readonly hasher: KeyHasher,
    private readonly clock: Clock,
  ) {}

  async verify(presented: string): Promise<VerifiedKey | null> {
    if (!isWellFormedKey(presented)) return null;
    const hash = this.hasher.hash(presented);
    const key = await this.keys
      .createQueryBuilder('k')
      .where('k.secretHash = :hash OR k.previousSecretHash = :hash', { hash })
      .getOne();
    if (!key) return null;
    const now = this.clock.now();
    if (isExpired(key, now)) return null;
    if (key.secretHash !== hash && !isGraceActive(key, now)) return null;
    const owner = (await this.users.findByIds([key.ownerUserId])).get(key.ownerUserId);
    if (!owner || owner.organizationId !== key.organizationId) return null;
    const workspaceIds =
      key.workspaceScope === 'WORKSPACE_SCOPE_SPECIFIC'
        ? ((await this.views.workspaceIdsOf([key.id])).get(key.id) ?? [])
        : [];
    return { key, owner, workspaceIds };
  }
}
