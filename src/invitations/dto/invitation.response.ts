import { ApiKeyResponse } from '../../api-keys/dto/api-key.response';
import { UserWithRolesResponse } from '../../organizations/dto/user.response';

/** v1Invitation of the Kognitos API. */
export class InvitationResponse {
  /** `organizations/{organization}/invitations/{invitation}` */
  name: string;
  organization_display_name: string;
  /** The workspace's id; "" for an organization invitation. */
  workspace_id: string;
  workspace_display_name: string;
  /** Role resource names (`organizations/{o}/roles/org-member`). */
  roles: string[];
  is_accepted: boolean;
}

export class CreateInvitationResponse {
  invitation: InvitationResponse;
  /** The `tsi_…` token: shown only now; hand it to the invitee. */
  invite_token: string;
}

/** v1UserInvitation of the Kognitos API: a pending invitation. */
export class UserInvitationResponse {
  email: string;
  invitation_id: string;
}

/** v1ListOrganizationUserInvitesResponse of the Kognitos API. */
export class ListInvitationsResponse {
  invitations: UserInvitationResponse[];
  next_page_token: string;
}

export class AcceptInvitationResponse {
  user: UserWithRolesResponse;
  /** The first key, without its secret (the secret is `key`). */
  api_key: ApiKeyResponse;
  /** The first key's secret: shown only now. */
  key: string;
}
