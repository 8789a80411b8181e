import { Injectable } from '@nestjs/common';
import { Clock } from '../common/time';
import { AppConfig } from '../config/app-config';
import { UsersService } from '../organizations/users.service';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyResponse } from './dto/api-key.response';

/** Loads what the ApiKey shape needs beyond the key row (owner, scope) in one query each. */
@Injectable()
export class ApiKeyViews {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async one(key: ApiKeyEntity): Promise<ApiKeyResponse> {
    const [response] = await this.many([key]);
    return response;
  }

  async many(keys: ApiKeyEntity[]): Promise<ApiKeyResponse[]> {
    if (keys.length === 0) return [];
    const [owners, workspaceIds] = await Promise.all([
      this.users.findByIds(keys.map((k) => k.ownerUserId)),
      this.keys.workspaceIdsOf(keys.filter((k) => k.workspaceScope === 'WORKSPACE_SCOPE_SPECIFIC').map((k) => k.id)),
    ]);
    const at = { now: this.clock.now(), expiryWarningDays: this.config.env.EXPIRY_WARNING_DAYS };
    return keys.map((k) =>
      ApiKeyResponse.from(
        k,
        owners.get(k.ownerUserId) ?? { displayName: '', email: '' },
        workspaceIds.get(k.id) ?? [],
        at,
      ),
    );
  }
}
