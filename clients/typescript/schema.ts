/**
 * Types of the Tessera API 1.0.0, generated from its OpenAPI document by
 * openapi-typescript. Do not edit: run `npm run generate:client` at the repository root.
 */

export interface paths {
  '/api/v1/apiKeys:reportLeak': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * `POST /api/v1/apiKeys:reportLeak` — a secret scanner (GitHub's partner program) reports tokens
     *     it found in public. Signed, not authenticated by a key: the signature is checked over the raw
     *     body against LEAK_REPORT_PUBLIC_KEYS. Each live key reported is revoked at once; the answer
     *     labels every token, in order. Reporting a token again is `false_positive`, with no second event.
     */
    post: operations['LeakReportController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/apiKeys:verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * `POST /api/v1/apiKeys:verify` — for another service: is the key its client presented valid, and
     *     may it do what this request needs? No Authorization header. Always 200 for a well-formed body:
     *     `{valid: true, …the key's principal}` or `{valid: false, reason}`. Invalid keys from one address
     *     are limited like failed authentications (429).
     */
    post: operations['VerifyController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations:accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * `POST /api/v1/invitations:accept` — no API key: the invitation token is the credential. Creates
     *     the member with the invited role and mints their first key (`key` is shown only now). Any
     *     unknown, used, revoked or expired token is 401 INVITATION_INVALID; failed attempts count toward
     *     the per-address limit of failed authentications.
     */
    post: operations['InvitationAcceptController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who the key belongs to and what it can do right now. Answered from what authentication read
     *     (key, owner, scope in one statement): no further database read.
     */
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The key's organizations (a key belongs to exactly one): filter `title = "x"` or `title : "x"`,
     *     page_size and page_token like any list.
     */
    get: operations['MeController_organizationsOfUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/organizations/{organizationId}/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's workspaces in the organization (those the key reaches). filter: `title`.
     * @description **Required permission:** `read:Workspace`
     */
    get: operations['UserWorkspacesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the organization.
     * @description **Required permission:** `read:Organization`
     */
    get: operations['OrganizationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Rename the organization.
     * @description **Required permission:** `update:Organization`
     */
    patch: operations['OrganizationsController_update'];
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/apiKeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API keys: admins see every key of the organization, members their own.
     *     filter: `display_name = "x"`, `display_name : "x"`, `state = STATE_ACTIVE`, `owner = "organizations/{o}/users/{u}"`;
     *     order_by: `display_name`, `create_time`, `expire_time`, `last_used_time`.
     * @description **Required permission:** `read:ApiKey`
     */
    get: operations['ApiKeysController_list'];
    put?: never;
    /**
     * Create an API key for yourself. The answer's `key` is the secret, shown only this once.
     *     Its grants must be within the calling key's, and it may not outlive it unless the caller is an
     *     org-admin's ALL, all-workspaces key. At most MAX_API_KEYS_PER_ORGANIZATION keys per organization.
     * @description **Required permission:** `create:ApiKey`
     */
    post: operations['ApiKeysController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/apiKeys/{apiKeyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an API key (members: only their own).
     * @description **Required permission:** `read:ApiKey`
     */
    get: operations['ApiKeysController_get'];
    put?: never;
    post?: never;
    /**
     * Delete an API key: it stops working at once, on every instance.
     * @description **Required permission:** `delete:ApiKey`
     */
    delete: operations['ApiKeysController_delete'];
    options?: never;
    head?: never;
    /**
     * Rename an API key or change its grants (never beyond the calling key's).
     * @description **Required permission:** `update:ApiKey`
     */
    patch: operations['ApiKeysController_update'];
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/apiKeys/{apiKeyId}:rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * `POST .../apiKeys/{key}:rotate` — issue a new secret for the same key (owner only). The old
     *     secret keeps working for `grace_period_seconds` (0–86400, default 0), never past expire_time.
     * @description **Required permission:** `update:ApiKey`
     */
    post: operations['ApiKeysController_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/apiKeys/{apiKeyId}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A key's requests per UTC day (members: their own keys): `allowed` (authenticated, answered
     *     anything but 401/403/429) and `denied` (403 or 429 after authentication), for the last `days`
     *     days ending today, oldest first, zeros included. Counts from other instances appear within 10 s.
     * @description **Required permission:** `read:ApiKey`
     */
    get: operations['ApiKeyUsageController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/auditEvents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List audit events: admins see every event of the organization; members see the events they
     *     caused and those about themselves or their own keys.
     *     filter: `action = "api_key.created"`, `actor = "organizations/{o}/apiKeys/{k}"` (or a user
     *     name, OPERATOR, SYSTEM), `target = "<resource name>"`, `create_time > "<RFC 3339>"` (also <,
     *     <=, >=), joined with AND; order_by: `create_time` (default `create_time desc`).
     * @description **Required permission:** `read:AuditEvent`
     */
    get: operations['AuditEventsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an invitation, pending or not.
     * @description **Required permission:** `read:User`
     */
    get: operations['InvitationsController_get'];
    put?: never;
    post?: never;
    /**
     * Revoke a pending invitation: its token stops working at once.
     * @description **Required permission:** `delete:User`
     */
    delete: operations['InvitationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/invites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List pending invitations (newest first; page_size and page_token).
     * @description **Required permission:** `read:User`
     */
    get: operations['InvitationsController_list'];
    put?: never;
    /**
     * Invite someone by email with a role. The answer's `invite_token` is shown only this once; the
     *     invitee accepts with `POST /api/v1/invitations:accept`. A second invitation for the same email
     *     replaces the first. Valid for INVITATION_TTL_HOURS (default 168).
     * @description **Required permission:** `create:User`
     */
    post: operations['InvitationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the organization's roles with their permissions, in name order (page_size, page_token).
     * @description **Required permission:** `read:Role`
     */
    get: operations['RolesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List members. filter: `search : "x"` (name or email contains), `role = "org-admin"`;
     *     order_by: `display_name`, `email`, `created_time`, `updated_time`.
     * @description **Required permission:** `read:User`
     */
    get: operations['UsersController_list'];
    put?: never;
    /**
     * Add a member (the email must be new to the organization).
     * @description **Required permission:** `create:User`
     */
    post: operations['UsersController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a member.
     * @description **Required permission:** `read:User`
     */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    /**
     * Remove a member and their API keys. The last org-admin cannot be removed.
     * @description **Required permission:** `delete:User`
     */
    delete: operations['UsersController_remove'];
    options?: never;
    head?: never;
    /**
     * Change a member's role. The last org-admin cannot be demoted.
     * @description **Required permission:** `update:User`
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the workspaces the key reaches. filter: `title = "X"`, `title : "x"`;
     *     order_by: `title`, `create_time`, `update_time` (default `create_time desc`).
     * @description **Required permission:** `read:Workspace`
     */
    get: operations['WorkspacesController_list'];
    put?: never;
    /**
     * Create a workspace (needs a key with all-workspaces scope).
     * @description **Required permission:** `create:Workspace`
     */
    post: operations['WorkspacesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{organizationId}/workspaces/{workspaceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a workspace.
     * @description **Required permission:** `read:Workspace`
     */
    get: operations['WorkspacesController_get'];
    put?: never;
    post?: never;
    /**
     * Delete a workspace; it disappears from every API key's scope.
     * @description **Required permission:** `delete:Workspace`
     */
    delete: operations['WorkspacesController_delete'];
    options?: never;
    head?: never;
    /**
     * Update a workspace's title or icon.
     * @description **Required permission:** `update:Workspace`
     */
    patch: operations['WorkspacesController_update'];
    trace?: never;
  };
  '/api/v1/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The permission catalog: every resource and action a RESTRICTED key can be granted. */
    get: operations['PermissionsController_catalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness (same as /health/ready): `{"status":"ok",...}` (200) or `{"status":"error",...}` (503). */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is up and serving; never touches the database (restart me only if this fails). */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The database answers (one ping reused for up to a second): 200, else 503 (send no traffic). */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptInvitationDto: {
      /** @description The new member's name, 1–100 characters after trimming. */
      display_name: string;
      /** @description The `tsi_…` token from the invitation: the credential of this request. */
      invite_token: string;
      /** @description Their first API key, under the usual rules (key limit; grants capped by the invited role). */
      key: components['schemas']['CreateApiKeyDto'];
    };
    AcceptInvitationResponse: {
      /** @description The first key, without its secret (the secret is `key`). */
      api_key: components['schemas']['ApiKeyResponse'];
      /** @description The first key's secret: shown only now. */
      key: string;
      user: components['schemas']['UserWithRolesResponse'];
    };
    ApiKeyResponse: {
      /** @description Addresses/CIDRs the key may be used from, normalized; [] = any address. */
      allowed_ips: string[];
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      create_time: string;
      /** @description Name of the key that created this one; "" when the operator CLI did. */
      creator_key: string;
      display_name: string;
      /** @enum {string} */
      expiration:
        | 'EXPIRATION_7_DAYS'
        | 'EXPIRATION_30_DAYS'
        | 'EXPIRATION_60_DAYS'
        | 'EXPIRATION_90_DAYS'
        | 'EXPIRATION_180_DAYS'
        | 'EXPIRATION_1_YEAR';
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      expire_time: string;
      /** @description Within EXPIRY_WARNING_DAYS of expire_time (and not yet expired). */
      expires_soon: boolean;
      /**
       * @description The first 12 characters of the key, to recognise it.
       * @example tsr_3kQ9xZ2m
       */
      key_prefix: string;
      /**
       * @description The client address the key was last used from (as the server sees it, under TRUST_PROXY);
       *     "" until used. Recorded with last_used_time, and whenever the address changes.
       */
      last_used_ip: string;
      /**
       * Format: date-time
       * @description Null until first used; updated at most once per LAST_USED_RESOLUTION_SECONDS.
       * @example 2026-11-28T10:30:00.000Z
       */
      last_used_time: string | null;
      /** @description `organizations/{organization}/apiKeys/{api_key}` */
      name: string;
      /** @description `organizations/{organization}/users/{user}` */
      owner: string;
      owner_display_name: string;
      owner_email: string;
      /** @enum {string} */
      permission_level: 'PERMISSION_LEVEL_ALL' | 'PERMISSION_LEVEL_READ_ONLY' | 'PERMISSION_LEVEL_RESTRICTED';
      /** @description The list for RESTRICTED; [] otherwise. */
      permissions: string[];
      /**
       * Format: date-time
       * @description When the rotated-out secret stops working; null when none works.
       * @example 2026-11-28T10:30:00.000Z
       */
      previous_secret_expire_time: string | null;
      /**
       * @description STATE_EXPIRED as soon as expire_time has passed.
       * @enum {string}
       */
      state: 'STATE_ACTIVE' | 'STATE_EXPIRED';
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      update_time: string;
      /** @enum {string} */
      workspace_scope: 'WORKSPACE_SCOPE_ALL' | 'WORKSPACE_SCOPE_SPECIFIC';
      /** @description Workspace names for SPECIFIC; [] for ALL. */
      workspaces: string[];
    };
    ApiKeyUsageResponse: {
      /** @description One entry per day, oldest first, days without requests included (zeros). */
      days: components['schemas']['DailyUsageResponse'][];
      /** @description The client address the key was last used from; "" until used. */
      last_used_ip: string;
    };
    ApiKeyWithSecretResponse: {
      /** @description Addresses/CIDRs the key may be used from, normalized; [] = any address. */
      allowed_ips: string[];
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      create_time: string;
      /** @description Name of the key that created this one; "" when the operator CLI did. */
      creator_key: string;
      display_name: string;
      /** @enum {string} */
      expiration:
        | 'EXPIRATION_7_DAYS'
        | 'EXPIRATION_30_DAYS'
        | 'EXPIRATION_60_DAYS'
        | 'EXPIRATION_90_DAYS'
        | 'EXPIRATION_180_DAYS'
        | 'EXPIRATION_1_YEAR';
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      expire_time: string;
      /** @description Within EXPIRY_WARNING_DAYS of expire_time (and not yet expired). */
      expires_soon: boolean;
      /** @description The full key. Shown only now: store it safely, it cannot be retrieved again. */
      key: string;
      /**
       * @description The first 12 characters of the key, to recognise it.
       * @example tsr_3kQ9xZ2m
       */
      key_prefix: string;
      /**
       * @description The client address the key was last used from (as the server sees it, under TRUST_PROXY);
       *     "" until used. Recorded with last_used_time, and whenever the address changes.
       */
      last_used_ip: string;
      /**
       * Format: date-time
       * @description Null until first used; updated at most once per LAST_USED_RESOLUTION_SECONDS.
       * @example 2026-11-28T10:30:00.000Z
       */
      last_used_time: string | null;
      /** @description `organizations/{organization}/apiKeys/{api_key}` */
      name: string;
      /** @description `organizations/{organization}/users/{user}` */
      owner: string;
      owner_display_name: string;
      owner_email: string;
      /** @enum {string} */
      permission_level: 'PERMISSION_LEVEL_ALL' | 'PERMISSION_LEVEL_READ_ONLY' | 'PERMISSION_LEVEL_RESTRICTED';
      /** @description The list for RESTRICTED; [] otherwise. */
      permissions: string[];
      /**
       * Format: date-time
       * @description When the rotated-out secret stops working; null when none works.
       * @example 2026-11-28T10:30:00.000Z
       */
      previous_secret_expire_time: string | null;
      /**
       * @description STATE_EXPIRED as soon as expire_time has passed.
       * @enum {string}
       */
      state: 'STATE_ACTIVE' | 'STATE_EXPIRED';
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      update_time: string;
      /** @enum {string} */
      workspace_scope: 'WORKSPACE_SCOPE_ALL' | 'WORKSPACE_SCOPE_SPECIFIC';
      /** @description Workspace names for SPECIFIC; [] for ALL. */
      workspaces: string[];
    };
    AuditActorResponse: {
      /** @description The calling key's name; "" unless type is API_KEY. */
      api_key: string;
      /** @description The user's display name at the time; "Operator" or "Tessera" otherwise. */
      display_name: string;
      /**
       * @description API_KEY for requests, OPERATOR for the operator CLI, SYSTEM for Tessera itself (sweep, leak
       *     reports), INVITATION for someone accepting an invitation (`user` is the member it created).
       * @enum {string}
       */
      type: 'API_KEY' | 'OPERATOR' | 'SYSTEM' | 'INVITATION';
      /** @description The calling key owner's name (API_KEY), or the member an acceptance created (INVITATION). */
      user: string;
    };
    AuditEventResponse: {
      /**
       * @description e.g. `api_key.created`
       * @enum {string}
       */
      action:
        | 'organization.updated'
        | 'user.added'
        | 'user.role_changed'
        | 'user.removed'
        | 'user.invited'
        | 'user.invitation_revoked'
        | 'workspace.created'
        | 'workspace.updated'
        | 'workspace.deleted'
        | 'api_key.created'
        | 'api_key.updated'
        | 'api_key.rotated'
        | 'api_key.deleted'
        | 'api_key.expired'
        | 'api_key.expiring'
        | 'api_key.leaked'
        | 'api_key.ip_denied';
      actor: components['schemas']['AuditActorResponse'];
      /**
       * @description `{field: {before, after}}` of the fields an update changed (created resources: before is
       *     null). Never a secret or a hash.
       */
      changes: {
        [key: string]: unknown;
      };
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      create_time: string;
      /** @description `organizations/{organization}/auditEvents/{audit_event}` */
      name: string;
      request: components['schemas']['AuditRequestResponse'];
      targets: components['schemas']['AuditTargetResponse'][];
    };
    AuditRequestResponse: {
      /** @description Client address (under TRUST_PROXY); "" for OPERATOR and SYSTEM. */
      ip: string;
      /** @description The request's X-Request-Id (the client's, when well-formed, or one Tessera generated). */
      request_id: string;
      /** @description First 256 characters of the User-Agent header. */
      user_agent: string;
    };
    AuditTargetResponse: {
      /** @description The display name (or title) the target had when the event happened. */
      display_name: string;
      /** @description Resource name; a deleted target keeps it. */
      name: string;
      /** @enum {string} */
      type: 'Organization' | 'User' | 'Workspace' | 'ApiKey' | 'Invitation';
    };
    BadRequest: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      '@type': 'type.googleapis.com/google.rpc.BadRequest';
      field_violations: components['schemas']['FieldViolation'][];
    };
    CreateApiKeyDto: {
      /**
       * @description IPv4/IPv6 addresses or CIDR ranges the key may be used from (at most 20, normalized); [] or
       *     absent = any address. A caller with its own allowlist must give a non-empty list within it.
       */
      allowed_ips?: string[];
      /** @description 1–100 characters after trimming. */
      display_name: string;
      /**
       * @description How long the key lives; `expire_time` = now + this. Not editable later.
       * @enum {string}
       */
      expiration:
        | 'EXPIRATION_7_DAYS'
        | 'EXPIRATION_30_DAYS'
        | 'EXPIRATION_60_DAYS'
        | 'EXPIRATION_90_DAYS'
        | 'EXPIRATION_180_DAYS'
        | 'EXPIRATION_1_YEAR';
      /** @enum {string} */
      permission_level: 'PERMISSION_LEVEL_ALL' | 'PERMISSION_LEVEL_READ_ONLY' | 'PERMISSION_LEVEL_RESTRICTED';
      /** @description Only with PERMISSION_LEVEL_RESTRICTED (then non-empty): `action:Resource` names from GET /permissions. */
      permissions?: string[];
      /** @enum {string} */
      workspace_scope: 'WORKSPACE_SCOPE_ALL' | 'WORKSPACE_SCOPE_SPECIFIC';
      /** @description Only with WORKSPACE_SCOPE_SPECIFIC (then non-empty): workspace resource names. */
      workspaces?: string[];
    };
    CreateInvitationDto: {
      /**
       * @description Who is invited; must not already be a member (case-insensitive).
       * @example sam@example.com
       */
      email: string;
      /**
       * @description The role the invitee joins with. An org-member may not invite an org-admin.
       * @enum {string}
       */
      role: 'org-admin' | 'org-member';
      /** @description Optional workspace name (`organizations/{o}/workspaces/{w}`) shown to the invitee. */
      workspace?: string;
    };
    CreateInvitationResponse: {
      invitation: components['schemas']['InvitationResponse'];
      /** @description The `tsi_…` token: shown only now; hand it to the invitee. */
      invite_token: string;
    };
    CreateUserDto: {
      /** @description 1–100 characters after trimming. */
      display_name: string;
      /**
       * @description Unique in the organization, case-insensitively.
       * @example sam@example.com
       */
      email: string;
      /** @enum {string} */
      role: 'org-admin' | 'org-member';
    };
    CreateWorkspaceDto: {
      /** @description Unique in the organization, case-insensitively; 1–100 characters after trimming. */
      title: string;
      /** @description An icon identifier. */
      workspace_icon?: string;
      /** @description The icon's colour, e.g. `#3366ff`. */
      workspace_icon_color?: string;
    };
    DailyUsageResponse: {
      /** @description Authenticated requests answered anything but 401, 403 or 429. */
      allowed: number;
      /**
       * Format: date
       * @description The UTC day, `YYYY-MM-DD`.
       * @example 2026-12-05
       */
      date: string;
      /** @description Authenticated requests answered 403 or 429. */
      denied: number;
    };
    /** @description An empty JSON object, `{}` (google.protobuf.Empty). */
    Empty: Record<string, never>;
    ErrorInfo: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      '@type': 'type.googleapis.com/google.rpc.ErrorInfo';
      /**
       * @example tessera
       * @enum {string}
       */
      domain: 'tessera';
      /**
       * @description Facts about this error, e.g. `{"permission": "read:Workspace"}` or `{"retry_after_seconds": "30"}`.
       * @example {
       *       "permission": "read:Workspace"
       *     }
       */
      metadata: {
        [key: string]: string;
      };
      /**
       * @description Why the request failed: a stable constant to branch on, one of API_KEY_INVALID, METRICS_TOKEN_INVALID, INVITATION_INVALID, SIGNATURE_INVALID, PERMISSION_MISSING, ORGANIZATION_MISMATCH, WORKSPACE_OUT_OF_SCOPE, ESCALATION_DENIED, IP_NOT_ALLOWED, API_KEY_LIMIT_REACHED, RATE_LIMITED, INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, ALREADY_EXISTS, UNAVAILABLE, INTERNAL (API.md §2). Later versions may add reasons: treat an unknown one by its HTTP status.
       * @example PERMISSION_MISSING
       */
      reason: string;
    };
    FieldViolation: {
      /** @example display_name must be 1 to 100 valid Unicode characters after trimming */
      description: string;
      /**
       * @description The offending field, as a path into the request (`display_name`, `workspaces[0]`, `page_size`).
       * @example display_name
       */
      field: string;
    };
    HealthCheckResponse: {
      /**
       * @description Every dependency checked.
       * @example {
       *       "database": {
       *         "status": "up"
       *       }
       *     }
       */
      details?: {
        [key: string]: components['schemas']['HealthIndicatorResponse'];
      };
      /**
       * @description The dependencies that are down.
       * @example {}
       */
      error?: {
        [key: string]: components['schemas']['HealthIndicatorResponse'];
      };
      /**
       * @description The dependencies that are up.
       * @example {
       *       "database": {
       *         "status": "up"
       *       }
       *     }
       */
      info?: {
        [key: string]: components['schemas']['HealthIndicatorResponse'];
      };
      /**
       * @description `ok` when every dependency is up (200); `error` otherwise (503).
       * @example ok
       * @enum {string}
       */
      status: 'ok' | 'error' | 'shutting_down';
    };
    HealthIndicatorResponse: {
      /** @description Why the check failed (a timeout, a refused connection), when it did. */
      message?: string;
      /**
       * @example up
       * @enum {string}
       */
      status: 'up' | 'down';
    };
    InvitationResponse: {
      is_accepted: boolean;
      /** @description `organizations/{organization}/invitations/{invitation}` */
      name: string;
      organization_display_name: string;
      /** @description Role resource names (`organizations/{o}/roles/org-member`). */
      roles: string[];
      workspace_display_name: string;
      /** @description The workspace's id; "" for an organization invitation. */
      workspace_id: string;
    };
    LeakReportItemDto: {
      /** @description The kind of place it was found in (`content`, `commit`, `issue_comment`, …; cut to 100 characters). */
      source?: string;
      /** @description The string the scanner found (any length: one that is not a key of ours is simply false_positive). */
      token: string;
      /** @description The scanner's name for the token type, echoed back as `token_type`. */
      type: string;
      /** @description Where it was found (recorded on the `api_key.leaked` event, cut to 2048 characters). */
      url?: string;
    };
    LeakReportLabel: {
      /**
       * @description `true_positive` when the token was a live Tessera key, now revoked; otherwise `false_positive`.
       * @enum {string}
       */
      label: 'true_positive' | 'false_positive';
      /** @description SHA-256 of the token, lowercase hex: the scanner matches answers to tokens without seeing them again. */
      token_hash: string;
      /** @description The `type` of the reported token, as sent. */
      token_type: string;
    };
    ListApiKeysResponse: {
      api_keys: components['schemas']['ApiKeyResponse'][];
      next_page_token: string;
    };
    ListAuditEventsResponse: {
      audit_events: components['schemas']['AuditEventResponse'][];
      /** @description Pass as page_token for the next page; "" on the last one. */
      next_page_token: string;
    };
    ListInvitationsResponse: {
      invitations: components['schemas']['UserInvitationResponse'][];
      next_page_token: string;
    };
    ListRolesResponse: {
      /** @description Pass as page_token for the next page; "" on the last one. */
      next_page_token: string;
      roles: components['schemas']['RoleResponse'][];
    };
    ListUserOrganizationsResponse: {
      /** @description Pass as page_token for the next page; "" on the last one (a key belongs to one organization). */
      next_page_token: string;
      user_organizations: components['schemas']['OrganizationResponse'][];
    };
    ListUsersResponse: {
      next_page_token: string;
      users: components['schemas']['UserWithRolesResponse'][];
    };
    ListUserWorkspacesResponse: {
      next_page_token: string;
      user_workspaces: components['schemas']['WorkspaceResponse'][];
    };
    ListWorkspacesResponse: {
      next_page_token: string;
      workspaces: components['schemas']['WorkspaceResponse'][];
    };
    LivenessResponse: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    MeResponse: {
      /** @description The key making this request. */
      api_key: components['schemas']['ApiKeyResponse'];
      /**
       * @description The most API keys the organization may hold (MAX_API_KEYS_PER_ORGANIZATION): a create past it
       *     is 429 API_KEY_LIMIT_REACHED. Lets a client show "N of M keys" before it hits the limit.
       */
      api_key_limit: number;
      /** @description What this key can do right now: its level ∩ the owner's role, in catalog order. */
      effective_permissions: string[];
      /** @description `organizations/{organization}` */
      organization: string;
      /** @enum {string} */
      role: 'org-admin' | 'org-member';
      user: components['schemas']['UserBasicInfoResponse'];
    };
    OrganizationResponse: {
      /**
       * Format: date-time
       * @description RFC 3339 UTC with milliseconds.
       * @example 2026-11-28T10:30:00.000Z
       */
      create_time: string;
      /** @description `organizations/{organization}` */
      name: string;
      /** @description The organization's owner (its creator); empty once they have been removed. */
      owner_display_name: string;
      owner_email: string;
      title: string;
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      update_time: string;
    };
    PermissionCatalogResponse: {
      permission_groups: components['schemas']['PermissionGroupResponse'][];
    };
    PermissionGroupResponse: {
      permissions: components['schemas']['PermissionResponse'][];
      resource: string;
      title: string;
    };
    PermissionResponse: {
      action: string;
      /** @description `action:Resource`, e.g. `read:Workspace`. */
      name: string;
      /** @description In PERMISSION_LEVEL_READ_ONLY. */
      read_only: boolean;
      title: string;
    };
    QuotaFailure: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      '@type': 'type.googleapis.com/google.rpc.QuotaFailure';
      violations: components['schemas']['QuotaViolation'][];
    };
    QuotaViolation: {
      /** @example The organization has reached its limit of 10 API keys; delete one first. */
      description: string;
      /**
       * @description What ran out: the organization's resource name for the API-key limit.
       * @example organizations/0f3kq9x2m7c1v8b4n6z5a2s1d
       */
      subject: string;
    };
    RoleBasicInfoResponse: {
      /**
       * @description `org-admin` or `org-member`
       * @enum {string}
       */
      name: 'org-admin' | 'org-member';
      role_scope: string;
    };
    RoleResponse: {
      description: string;
      /** @description `organizations/{organization}/roles/{role}` */
      name: string;
      /** @description `action:Resource` strings, derived from the permission catalog. */
      permissions: string[];
      title: string;
    };
    RotateApiKeyDto: {
      /**
       * @description How long the old secret keeps working (0–86400 s, never past expire_time). Default 0.
       * @default 0
       */
      grace_period_seconds?: number;
    };
    RpcStatusResponse: {
      /**
       * @description google.rpc.Code: 3 INVALID_ARGUMENT, 5 NOT_FOUND, 6 ALREADY_EXISTS, 7 PERMISSION_DENIED, 8 RESOURCE_EXHAUSTED, 9 FAILED_PRECONDITION, 13 INTERNAL, 14 UNAVAILABLE, 16 UNAUTHENTICATED.
       * @example 7
       */
      code: number;
      /** @description A BadRequest or QuotaFailure where they apply, then always one ErrorInfo (the last item). */
      details: (
        components['schemas']['ErrorInfo'] | components['schemas']['BadRequest'] | components['schemas']['QuotaFailure']
      )[];
      /**
       * @description A sentence for humans; never parse it (branch on the ErrorInfo `reason`).
       * @example The API key lacks the permission "read:Workspace".
       */
      message: string;
    };
    UpdateApiKeyDto: {
      /**
       * @description IPv4/IPv6 addresses or CIDR ranges the key may be used from (at most 20, normalized); [] or
       *     absent = any address. A caller with its own allowlist must give a non-empty list within it.
       */
      allowed_ips?: string[];
      display_name?: string;
      /** @enum {string} */
      permission_level?: 'PERMISSION_LEVEL_ALL' | 'PERMISSION_LEVEL_READ_ONLY' | 'PERMISSION_LEVEL_RESTRICTED';
      permissions?: string[];
      /** @enum {string} */
      workspace_scope?: 'WORKSPACE_SCOPE_ALL' | 'WORKSPACE_SCOPE_SPECIFIC';
      workspaces?: string[];
    };
    UpdateOrganizationDto: {
      /** @description The new title: 1–100 characters after trimming. */
      title?: string;
    };
    UpdateUserDto: {
      /** @enum {string} */
      role: 'org-admin' | 'org-member';
    };
    UpdateWorkspaceDto: {
      title?: string;
      workspace_icon?: string;
      workspace_icon_color?: string;
    };
    UserBasicInfoResponse: {
      display_name: string;
      email: string;
      /** @description `organizations/{organization}/users/{user}` */
      name: string;
    };
    UserInvitationResponse: {
      email: string;
      invitation_id: string;
    };
    UserWithRolesResponse: {
      roles: components['schemas']['RoleBasicInfoResponse'][];
      user: components['schemas']['UserBasicInfoResponse'];
    };
    VerifyKeyDto: {
      /** @description The client's address as the calling service saw it; required to pass a key with an IP allowlist. */
      client_ip?: string;
      /** @description The key exactly as the client presented it (`tsr_…`). */
      key: string;
      /** @description Permissions the calling service needs (`action:Resource`); all must be held. */
      permissions?: string[];
      /** @description A workspace name (`organizations/{o}/workspaces/{w}`) the request is about; it must be in the key's scope. */
      workspace?: string;
    };
    VerifyKeyResponse: {
      /** @description The key's name (`organizations/{o}/apiKeys/{k}`), when valid. */
      api_key?: string;
      /** @description What the key may do right now: its level ∩ its owner's current role. */
      effective_permissions?: string[];
      /**
       * Format: date-time
       * @description RFC 3339.
       * @example 2026-11-28T10:30:00.000Z
       */
      expire_time?: string;
      organization?: string;
      /** @description The key owner's user name. */
      owner?: string;
      /**
       * @description Set when `valid` is false.
       * @enum {string}
       */
      reason?: 'API_KEY_INVALID' | 'PERMISSION_MISSING' | 'WORKSPACE_OUT_OF_SCOPE' | 'IP_NOT_ALLOWED';
      valid: boolean;
      /** @enum {string} */
      workspace_scope?: 'WORKSPACE_SCOPE_ALL' | 'WORKSPACE_SCOPE_SPECIFIC';
      /** @description Workspace names for a SPECIFIC key; [] for ALL. */
      workspaces?: string[];
    };
    WorkspaceResponse: {
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      create_time: string;
      /** @description The creator; empty once they have been removed from the organization. */
      creator_display_name: string;
      creator_email: string;
      /** @description `organizations/{organization}/workspaces/{workspace}` */
      name: string;
      title: string;
      /**
       * Format: date-time
       * @example 2026-11-28T10:30:00.000Z
       */
      update_time: string;
      workspace_icon: string;
      workspace_icon_color: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Seconds to wait before retrying: with 429 RATE_LIMITED (not with API_KEY_LIMIT_REACHED, which waits for a key to be deleted) and with 503 UNAVAILABLE. */
    'Retry-After': number;
    /** @description When the calling API key expires (RFC 3339). On every answer to an authenticated request. */
    'Tessera-Key-Expire-Time': string;
    /** @description Within EXPIRY_WARNING_DAYS of that time: `299 tessera "API key expires <RFC 3339>"`. */
    Warning: string;
    /** @description The bearer challenge of RFC 6750, on every 401 of a route that takes a key. */
    'WWW-Authenticate': string;
    /** @description The request's id: the caller's `X-Request-Id` when well-formed (1–128 of `A-Za-z0-9._:+/=@~-`), else a new UUID. On every answer; audit events record it. */
    'X-Request-Id': string;
  };
  pathItems: never;
}
export type AcceptInvitationDto = components['schemas']['AcceptInvitationDto'];
export type AcceptInvitationResponse = components['schemas']['AcceptInvitationResponse'];
export type ApiKeyResponse = components['schemas']['ApiKeyResponse'];
export type ApiKeyUsageResponse = components['schemas']['ApiKeyUsageResponse'];
export type ApiKeyWithSecretResponse = components['schemas']['ApiKeyWithSecretResponse'];
export type AuditActorResponse = components['schemas']['AuditActorResponse'];
export type AuditEventResponse = components['schemas']['AuditEventResponse'];
export type AuditRequestResponse = components['schemas']['AuditRequestResponse'];
export type AuditTargetResponse = components['schemas']['AuditTargetResponse'];
export type BadRequest = components['schemas']['BadRequest'];
export type CreateApiKeyDto = components['schemas']['CreateApiKeyDto'];
export type CreateInvitationDto = components['schemas']['CreateInvitationDto'];
export type CreateInvitationResponse = components['schemas']['CreateInvitationResponse'];
export type CreateUserDto = components['schemas']['CreateUserDto'];
export type CreateWorkspaceDto = components['schemas']['CreateWorkspaceDto'];
export type DailyUsageResponse = components['schemas']['DailyUsageResponse'];
export type Empty = components['schemas']['Empty'];
export type ErrorInfo = components['schemas']['ErrorInfo'];
export type FieldViolation = components['schemas']['FieldViolation'];
export type HealthCheckResponse = components['schemas']['HealthCheckResponse'];
export type HealthIndicatorResponse = components['schemas']['HealthIndicatorResponse'];
export type InvitationResponse = components['schemas']['InvitationResponse'];
export type LeakReportItemDto = components['schemas']['LeakReportItemDto'];
export type LeakReportLabel = components['schemas']['LeakReportLabel'];
export type ListApiKeysResponse = components['schemas']['ListApiKeysResponse'];
export type ListAuditEventsResponse = components['schemas']['ListAuditEventsResponse'];
export type ListInvitationsResponse = components['schemas']['ListInvitationsResponse'];
export type ListRolesResponse = components['schemas']['ListRolesResponse'];
export type ListUserOrganizationsResponse = components['schemas']['ListUserOrganizationsResponse'];
export type ListUsersResponse = components['schemas']['ListUsersResponse'];
export type ListUserWorkspacesResponse = components['schemas']['ListUserWorkspacesResponse'];
export type ListWorkspacesResponse = components['schemas']['ListWorkspacesResponse'];
export type LivenessResponse = components['schemas']['LivenessResponse'];
export type MeResponse = components['schemas']['MeResponse'];
export type OrganizationResponse = components['schemas']['OrganizationResponse'];
export type PermissionCatalogResponse = components['schemas']['PermissionCatalogResponse'];
export type PermissionGroupResponse = components['schemas']['PermissionGroupResponse'];
export type PermissionResponse = components['schemas']['PermissionResponse'];
export type QuotaFailure = components['schemas']['QuotaFailure'];
export type QuotaViolation = components['schemas']['QuotaViolation'];
export type RoleBasicInfoResponse = components['schemas']['RoleBasicInfoResponse'];
export type RoleResponse = components['schemas']['RoleResponse'];
export type RotateApiKeyDto = components['schemas']['RotateApiKeyDto'];
export type RpcStatusResponse = components['schemas']['RpcStatusResponse'];
export type UpdateApiKeyDto = components['schemas']['UpdateApiKeyDto'];
export type UpdateOrganizationDto = components['schemas']['UpdateOrganizationDto'];
export type UpdateUserDto = components['schemas']['UpdateUserDto'];
export type UpdateWorkspaceDto = components['schemas']['UpdateWorkspaceDto'];
export type UserBasicInfoResponse = components['schemas']['UserBasicInfoResponse'];
export type UserInvitationResponse = components['schemas']['UserInvitationResponse'];
export type UserWithRolesResponse = components['schemas']['UserWithRolesResponse'];
export type VerifyKeyDto = components['schemas']['VerifyKeyDto'];
export type VerifyKeyResponse = components['schemas']['VerifyKeyResponse'];
export type WorkspaceResponse = components['schemas']['WorkspaceResponse'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type HeaderTesseraKeyExpireTime = components['headers']['Tessera-Key-Expire-Time'];
export type HeaderWarning = components['headers']['Warning'];
export type HeaderWwwAuthenticate = components['headers']['WWW-Authenticate'];
export type HeaderXRequestId = components['headers']['X-Request-Id'];
export type $defs = Record<string, never>;
export interface operations {
  LeakReportController_report: {
    parameters: {
      query?: never;
      header: {
        /** @description Which key of LEAK_REPORT_PUBLIC_KEYS signed the body. */
        'Github-Public-Key-Identifier': string;
        /** @description Base64 DER ECDSA P-256 signature (SHA-256) of the exact request body. */
        'Github-Public-Key-Signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LeakReportItemDto'][];
      };
    };
    responses: {
      /** @description One label per reported token, in order. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeakReportLabel'][];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description SIGNATURE_INVALID: missing, unknown or wrong signature. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description LEAK_REPORT_PUBLIC_KEYS is not set on this server. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description RATE_LIMITED: too many badly signed reports from this address. */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  VerifyController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyKeyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyKeyResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description RATE_LIMITED: too many invalid keys from this address. */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  InvitationAcceptController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptInvitationResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVITATION_INVALID: the same answer for every bad value. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description RATE_LIMITED: too many failed attempts from this address (Retry-After). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  MeController_organizationsOfUser: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListUserOrganizationsResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  UserWorkspacesController_list: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListUserWorkspacesResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:Workspace`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  OrganizationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:Organization`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  OrganizationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `update:Organization`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  ApiKeysController_list: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListApiKeysResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:ApiKey`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  ApiKeysController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyWithSecretResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `create:ApiKey`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  ApiKeysController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The API key id: the part after `apiKeys/` in a key name (never the key itself).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        apiKeyId: string;
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:ApiKey`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such API key within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  ApiKeysController_delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The API key id: the part after `apiKeys/` in a key name (never the key itself).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        apiKeyId: string;
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key is deleted and no longer authenticates: `{}`. */
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Empty'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `delete:ApiKey`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such API key within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  ApiKeysController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The API key id: the part after `apiKeys/` in a key name (never the key itself).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        apiKeyId: string;
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateApiKeyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `update:ApiKey`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such API key within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  ApiKeysController_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The API key id: the part after `apiKeys/` in a key name (never the key itself).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        apiKeyId: string;
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RotateApiKeyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyWithSecretResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `update:ApiKey`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such API key within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  ApiKeyUsageController_get: {
    parameters: {
      query?: {
        /** @description How many UTC days, ending today: 1–90, default 30. */
        days?: number;
      };
      header?: never;
      path: {
        /**
         * @description The API key id: the part after `apiKeys/` in a key name (never the key itself).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        apiKeyId: string;
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyUsageResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:ApiKey`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such API key within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  AuditEventsController_list: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListAuditEventsResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:AuditEvent`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  InvitationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The invitation id: the part after `invitations/` (or `invitation_id` in the list).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        invitationId: string;
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such invitation within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  InvitationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The invitation id: the part after `invitations/` (or `invitation_id` in the list).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        invitationId: string;
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invitation is revoked: `{}`. */
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Empty'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `delete:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such invitation within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  InvitationsController_list: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListInvitationsResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  InvitationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateInvitationResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `create:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description ALREADY_EXISTS: the email is already a member of the organization. */
      409: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  RolesController_list: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListRolesResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:Role`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListUsersResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  UsersController_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserWithRolesResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `create:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description ALREADY_EXISTS: a member with this email (case-insensitive) exists in the organization. */
      409: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
        /**
         * @description The user id: the part after `users/` in a user name.
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserBasicInfoResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such member within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  UsersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
        /**
         * @description The user id: the part after `users/` in a user name.
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The member and their keys are removed: `{}`. */
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Empty'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `delete:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such member within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
        /**
         * @description The user id: the part after `users/` in a user name.
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserWithRolesResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `update:User`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such member within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  WorkspacesController_list: {
    parameters: {
      query?: {
        /** @description AIP-160 subset: `field = "x"`, `field : "x"`, joined with AND. */
        filter?: string;
        /** @description AIP-132: comma-separated fields, each optionally followed by asc or desc. */
        order_by?: string;
        /** @description Maximum items to return: 0 or absent = 50, at most 1000 (larger values are coerced to 1000). */
        page_size?: number;
        /** @description The `next_page_token` of the previous page, with the same filter and order_by. */
        page_token?: string;
      };
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListWorkspacesResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:Workspace`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  WorkspacesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWorkspaceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `create:Workspace`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description ALREADY_EXISTS: a workspace with this title (case-insensitive) exists in the organization. */
      409: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  WorkspacesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
        /**
         * @description The workspace id: the part after `workspaces/` in a workspace name.
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `read:Workspace`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such workspace within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  WorkspacesController_delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
        /**
         * @description The workspace id: the part after `workspaces/` in a workspace name.
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workspace is deleted: `{}`. */
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Empty'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `delete:Workspace`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such workspace within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  WorkspacesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id: the part after `organizations/` (GET /api/v1/me answers `organization`; the demo banner prints it).
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        organizationId: string;
        /**
         * @description The workspace id: the part after `workspaces/` in a workspace name.
         * @example 0f3kq9x2m7c1v8b4n6z5a2s1d
         */
        workspaceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWorkspaceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Requires permission `update:Workspace`; also refused for another organization or a workspace outside the key's scope. */
      403: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description NOT_FOUND: no such workspace within reach. */
      404: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description ALREADY_EXISTS: a workspace with this title (case-insensitive) exists in the organization. */
      409: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is larger than BODY_LIMIT_BYTES (default 100 KiB). */
      413: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INVALID_ARGUMENT: the body is not `application/json`. */
      415: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  PermissionsController_catalog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionCatalogResponse'];
        };
      };
      /** @description INVALID_ARGUMENT (bad body, filter, order_by or page token) or FAILED_PRECONDITION. */
      400: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Missing, malformed, unknown, expired or revoked API key. */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WWW-Authenticate'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description Rate limit reached (Retry-After says when to retry). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description UNAVAILABLE: the database cannot be reached; retry (Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'Tessera-Key-Expire-Time': components['headers']['Tessera-Key-Expire-Time'];
          Warning: components['headers']['Warning'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The database answers: send traffic. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description The database does not answer: send no traffic (`status` is `error`). */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckResponse'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is up. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The database answers: send traffic. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckResponse'];
        };
      };
      /** @description INTERNAL: a bug. The message carries an error id to quote; never a stack trace. */
      500: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RpcStatusResponse'];
        };
      };
      /** @description The database does not answer: send no traffic (`status` is `error`). */
      503: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckResponse'];
        };
      };
    };
  };
}
