import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { OrganizationsService } from '../organizations/organizations.service';
import { BootstrapResult, OperatorService } from './operator.service';

/**
 * First run on an empty embedded database outside production: a demo organization, admin user,
 * workspace and one ALL, all-workspaces, 30-day admin key. Never on MySQL or in production.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly operator: OperatorService,
  ) {}

  /** The demo's names and key when it was just created; null when not applicable. */
  async seedIfEmpty(): Promise<BootstrapResult | null> {
    if (!this.config.demoEnabled || (await this.organizations.count()) > 0) return null;
    return this.operator.bootstrap({
      organizationTitle: 'Demo Organization',
      email: 'admin@demo.tessera.local',
      displayName: 'Demo Admin',
      workspaceTitle: 'Demo Workspace',
      expiration: 'EXPIRATION_30_DAYS',
    });
  }
}
