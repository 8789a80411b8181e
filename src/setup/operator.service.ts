import { Injectable } from '@nestjs/common';
import { ApiKeyIssuer } from '../api-keys/api-key-issuer.service';
import { ApiKeyViews } from '../api-keys/api-key-views';
import { KeyHasher } from '../api-keys/key-hasher';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { ApiKeyResponse, ApiKeyWithSecretResponse } from '../api-keys/dto/api-key.response';
import { ExpirationPreset } from '../api-keys/expiration';
import { RequestedGrants } from '../api-keys/requested-grants';
import { failedPrecondition, invalidArgument, notFound } from '../common/errors/rpc.error';
import { DISPLAY_PREFIX_LENGTH, KEY_LENGTH, KEY_PREFIX } from '../api-keys/key-format';
import { names, parseChildName, parseOrganizationRef } from '../common/resource-names';
import { TransactionRunner } from '../database/transaction-runner';
import { OPERATOR } from '../audit/actor';
import { AuditEventsService } from '../audit/audit-events.service';
import { AuditEventResponse } from '../audit/dto/audit-event.response';
import { CreateInvitationResponse } from '../invitations/dto/invitation.response';
import { InvitationsService, operatorInviter } from '../invitations/invitations.service';
import { RoleId } from '../permissions/roles';
import { OrganizationsService } from '../organizations/organizations.service';
import { UsersService } from '../organizations/users.service';
import { PermissionLevel } from '../permissions/grants';
import { WorkspacesService } from '../workspaces/workspaces.service';

export interface BootstrapInput {
  organizationTitle: string;
  email: string;
  displayName: string;
  workspaceTitle: string;
  expiration: ExpirationPreset;
}

export interface BootstrapResult {
  organization: string;
  user: string;
  workspace: string;
  api_key: string;
  key: string;
}

/** A key as the operator CLI lists it: the API's shape plus the pepper its hash is under. */
export type OperatorKeyView = ApiKeyResponse & { pepper: 'current' | 'previous' | 'unknown' };

export interface OperatorKeyInput {
  organization: string;
  email: string;
  displayName: string;
  expiration: ExpirationPreset;
  level: PermissionLevel;
  permissions: string[];
  workspaces: string[];
}

/**
 * What an operator does without holding a key (CLI, first-run demo): bootstrap an organization,
 * mint a key for an existing member (no escalation rule, but within the key limit), list and
 * revoke keys. Every write is one transaction: a failed bootstrap leaves nothing behind.
 */
@Injectable()
export class OperatorService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly workspaces: WorkspacesService,
    private readonly issuer: ApiKeyIssuer,
    private readonly grants: RequestedGrants,
    private readonly keys: ApiKeysService,
    private readonly views: ApiKeyViews,
    private readonly auditEvents: AuditEventsService,
    private readonly invitations: InvitationsService,
    private readonly hasher: KeyHasher,
    private readonly transactions: TransactionRunner,
  ) {}

  async bootstrap(input: BootstrapInput): Promise<BootstrapResult> {
    return this.transactions.run(async (manager) => {
      const { organization, admin } = await this.organizations.createWithAdmin(manager, OPERATOR, {
        title: input.organizationTitle,
        email: input.email,
        displayName: input.displayName,
      });
      const workspace = await this.workspaces.createInTransaction(manager, organization.id, admin.id, OPERATOR, {
        title: input.workspaceTitle,
      });
      const { entity, key } = await this.issuer.issue(
        {
          organizationId: organization.id,
          ownerUserId: admin.id,
          displayName: 'Admin key',
          expiration: input.expiration,
          grants: { level: 'PERMISSION_LEVEL_ALL', permissions: [], scope: 'WORKSPACE_SCOPE_ALL', workspaceIds: [] },
          creatorKey: '',
          actor: OPERATOR,
        },
        manager,
      );
      return {
        organization: names.organization(organization.id),
        user: names.user(organization.id, admin.id),
        workspace: names.workspace(organization.id, workspace.id),
        api_key: names.apiKey(organization.id, entity.id),
        key,
      };
    });
  }

  async createKey(input: OperatorKeyInput): Promise<ApiKeyWithSecretResponse> {
    const organizationId = await this.organizationId(input.organization);
    const owner = await this.users.findByEmail(organizationId, input.email);
    if (!owner) throw notFound(`User with email "${input.email}" in ${names.organization(organizationId)}`);
    const grants = await this.grants.resolve(
      organizationId,
      {
        level: input.level,
        permissions: input.permissions,
        scope: input.workspaces.length ? 'WORKSPACE_SCOPE_SPECIFIC' : 'WORKSPACE_SCOPE_ALL',
        workspaces: input.workspaces,
      },
      null,
    );
    const { entity, key } = await this.issuer.issue({
      organizationId,
      ownerUserId: owner.id,
      displayName: input.displayName,
      expiration: input.expiration,
      grants,
      creatorKey: '',
      actor: OPERATOR,
    });
    return { ...(await this.views.one(entity)), key };
  }

  /** Every key, with which pepper its hash is under (API.md §15: `previous` = not yet re-hashed). */
  async listKeys(organization: string): Promise<OperatorKeyView[]> {
    const keys = await this.keys.allOf(await this.organizationId(organization));
    const views = await this.views.many(keys);
    return views.map((view, i) => ({ ...view, pepper: this.pepperOf(keys[i].pepperTag) }));
  }

  private pepperOf(tag: string): OperatorKeyView['pepper'] {
    if (tag === this.hasher.tag) return 'current';
    return tag !== '' && tag === this.hasher.previousTag ? 'previous' : 'unknown';
  }

  /**
   * Revokes a key named by its resource name, by the key itself, or by its 12-character prefix
   * (API.md §15). Answers the deleted key's name; the secret is never repeated.
   */
  async deleteKey(ref: string): Promise<string> {
    const target = await this.locateKey(ref.trim());
    if (!(await this.keys.deleteById(target.organizationId, target.id, OPERATOR))) {
      throw notFound(names.apiKey(target.organizationId, target.id));
    }
    return names.apiKey(target.organizationId, target.id);
  }

  private async locateKey(ref: string): Promise<{ organizationId: string; id: string }> {
    if (ref.startsWith(KEY_PREFIX) && ref.length === KEY_LENGTH) {
      const found = await this.keys.findBySecret(ref);
      if (!found) throw notFound('An API key with this secret');
      return found;
    }
    if (ref.startsWith(KEY_PREFIX) && ref.length === DISPLAY_PREFIX_LENGTH) {
      const matches = await this.keys.findByPrefix(ref);
      if (matches.length === 0) throw notFound(`An API key with prefix ${ref}`);
      if (matches.length > 1) {
        const which = matches.map((k) => names.apiKey(k.organizationId, k.id)).join(', ');
        throw failedPrecondition(`Several API keys start with ${ref} (${which}); pass the name or the whole key.`);
      }
      return { organizationId: matches[0].organizationId, id: matches[0].id };
    }
    const parsed = parseChildName(ref, 'apiKeys');
    if (!parsed) {
      throw invalidArgument(
        `"${ref.startsWith(KEY_PREFIX) ? `${ref.slice(0, DISPLAY_PREFIX_LENGTH)}…` : ref}" is not an API key name (organizations/{o}/apiKeys/{k}), a key, or a 12-character key prefix.`,
      );
    }
    return parsed;
  }

  /** Invites someone (the first admins of a new organization, say); the token is in the answer once. */
  async invite(organization: string, email: string, role: RoleId): Promise<CreateInvitationResponse> {
    const inviter = operatorInviter(await this.organizationId(organization));
    return this.invitations.create(inviter, OPERATOR, { email, role });
  }

  /** Every audit event of an organization (since a time, when given), oldest first. */
  async auditLog(organization: string, since?: string): Promise<AuditEventResponse[]> {
    const reader = { organizationId: await this.organizationId(organization), memberUserId: null };
    const filter = since === undefined ? undefined : `create_time >= ${JSON.stringify(since)}`;
    const events: AuditEventResponse[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.auditEvents.list(reader, {
        filter,
        order_by: 'create_time asc',
        page_size: '1000',
        page_token: pageToken,
      });
      events.push(...page.audit_events);
      pageToken = page.next_page_token || undefined;
    } while (pageToken);
    return events;
  }

  private async organizationId(ref: string): Promise<string> {
    const id = parseOrganizationRef(ref);
    if (!id || !(await this.organizations.exists(id))) throw notFound(`Organization "${ref}"`);
    return id;
  }
}
