import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Clock } from '../common/time';
import { UsersService } from '../organizations/users.service';
import { ApiKeyWorkspaceEntity } from './api-key-workspace.entity';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyResponse } from './dto/api-key.response';

/** Loads what the ApiKey shape needs beyond the key row (owner, scope) in one query each. */
@Injectable()
export class ApiKeyViews {
  constructor(
    @InjectRepository(ApiKeyWorkspaceEntity) private readonly scopes: Repository<ApiKeyWorkspaceEntity>,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async one(key: ApiKeyEntity): Promise<ApiKeyResponse> {
    const [response] = await this.many([key]);
    return response;
  }

  async many(keys: ApiKeyEntity[]): Promise<ApiKeyResponse[]> {
    if (keys.length === 0) return [];
    const [owners, workspaceIds] = await Promise.all([
      this.users.findByIds(keys.map((k) => k.ownerUserId)),
      this.workspaceIdsOf(keys.filter((k) => k.workspaceScope === 'WORKSPACE_SCOPE_SPECIFIC').map((k) => k.id)),
    ]);
    const now = this.clock.now();
    return keys.map((k) =>
      ApiKeyResponse.from(
        k,
        owners.get(k.ownerUserId) ?? { displayName: '', email: '' },
        workspaceIds.get(k.id) ?? [],
        now,
      ),
    );
  }

  /** Workspace ids in each SPECIFIC key's scope, sorted for a stable answer. */
  async workspaceIdsOf(keyIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (keyIds.length === 0) return result;
    const rows = await this.scopes.find({ where: { apiKeyId: In(keyIds) }, order: { workspaceId: 'ASC' } });
    for (const row of rows) {
      const list = result.get(row.apiKeyId) ?? [];
      list.push(row.workspaceId);
      result.set(row.apiKeyId, list);
    }
    return result;
  }
}
