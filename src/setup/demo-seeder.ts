import { Injectable } from '@nestjs/common';
import { OPERATOR } from '../audit/actor';
import { ApiKeyIssuer } from '../api-keys/api-key-issuer.service';
import { failedPrecondition } from '../common/errors/rpc.error';
import { names } from '../common/resource-names';
import { AppConfig } from '../config/app-config';
import { Settings } from '../database/settings';
import { OrganizationsService } from '../organizations/organizations.service';
import { UsersService } from '../organizations/users.service';
import { BootstrapResult, OperatorService } from './operator.service';

const DEMO_ORGANIZATION = 'demo_organization';
export const DEMO_ADMIN = { email: 'admin@demo.tessera.local', displayName: 'Demo Admin' };

/** The demo's names and a fresh admin key (shown once). */
export interface DemoAccess {
  organization: string;
  workspace: string;
  adminEmail: string;
  key: string;
}

/**
 * First run on an empty embedded database outside production: a demo organization, admin user,
 * workspace and one ALL, all-workspaces, 30-day admin key. Never on MySQL or in production. The
 * demo is remembered (in `settings`) so `cli demo-key` can mint a new admin key when the printed
 * one was lost (API.md §15).
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly operator: OperatorService,
    private readonly issuer: ApiKeyIssuer,
    private readonly settings: Settings,
  ) {}

  /** The demo's names and key when it was just created; null when not applicable. */
  async seedIfEmpty(): Promise<DemoAccess | null> {
    if (!this.config.demoEnabled || (await this.organizations.count()) > 0) return null;
    const demo: BootstrapResult = await this.operator.bootstrap({
      organizationTitle: 'Demo Organization',
      email: DEMO_ADMIN.email,
      displayName: DEMO_ADMIN.displayName,
      workspaceTitle: 'Demo Workspace',
      expiration: 'EXPIRATION_30_DAYS',
    });
    await this.settings.setIfAbsent(
      DEMO_ORGANIZATION,
      JSON.stringify({ organization: demo.organization, workspace: demo.workspace }),
    );
    return { organization: demo.organization, workspace: demo.workspace, adminEmail: DEMO_ADMIN.email, key: demo.key };
  }

  /** A new admin key for the demo (the first was lost): same rules as any key, within the key limit. */
  async reissueKey(): Promise<DemoAccess> {
    if (this.config.isProduction || this.config.database.kind !== 'sqlite') {
      throw failedPrecondition('demo-key works only on the embedded SQLite database outside production.');
    }
    const stored = await this.settings.get(DEMO_ORGANIZATION);
    if (stored === null)
      throw failedPrecondition(
        'This database has no demo organization (it is made on the first run of an empty database).',
      );
    const demo = JSON.parse(stored) as { organization: string; workspace: string };
    const organizationId = demo.organization.split('/')[1];
    const admin = await this.users.findByEmail(organizationId, DEMO_ADMIN.email);
    if (!admin)
      throw failedPrecondition(`The demo admin ${DEMO_ADMIN.email} is no longer a member of ${demo.organization}.`);
    const { key } = await this.issuer.issue({
      organizationId,
      ownerUserId: admin.id,
      displayName: `Demo admin key ${new Date().toISOString().slice(0, 10)}`,
      expiration: 'EXPIRATION_30_DAYS',
      grants: { level: 'PERMISSION_LEVEL_ALL', permissions: [], scope: 'WORKSPACE_SCOPE_ALL', workspaceIds: [] },
      creatorKey: '',
      actor: OPERATOR,
    });
    return {
      organization: names.organization(organizationId),
      workspace: demo.workspace,
      adminEmail: admin.email,
      key,
    };
  }
}

/** What `npm start` prints once: the names, the key, and lines to paste into a shell. */
export function demoBanner(demo: DemoAccess, base: string, heading: string): string {
  return (
    [
      '',
      `  ${heading}`,
      `  Organization: ${demo.organization}   (Swagger's organizationId: ${demo.organization.split('/')[1]})`,
      `  Workspace:    ${demo.workspace}`,
      `  Admin:        ${demo.adminEmail}`,
      `  Admin key:    ${demo.key}`,
      '  The key is shown only now (lost it? `npm run --silent cli -- demo-key` makes another).',
      `  Console:    ${base}/console — paste the key to manage API keys in the browser.`,
      `  Swagger UI: ${base}/docs — click "Authorize" and paste the key. In a shell:`,
      '',
      `  export KEY=${demo.key} ORG=${demo.organization} WS=${demo.workspace}`,
      '',
    ].join('\n') + '\n'
  );
}
