import { names } from '../../common/resource-names';
import { toTimestamp } from '../../common/time';
import { OrganizationEntity } from '../organization.entity';
import { Person } from '../person';

/** v1Organization of the Kognitos API. */
export class OrganizationResponse {
  /** `organizations/{organization}` */
  name: string;
  title: string;
  /** RFC 3339 UTC with milliseconds. */
  create_time: string;
  update_time: string;
  /** The organization's owner (its creator); empty once they have been removed. */
  owner_display_name: string;
  owner_email: string;

  static from(
    org: Pick<OrganizationEntity, 'id' | 'title' | 'createTime' | 'updateTime'>,
    owner: Person | null,
  ): OrganizationResponse {
    return {
      name: names.organization(org.id),
      title: org.title,
      create_time: toTimestamp(org.createTime),
      update_time: toTimestamp(org.updateTime),
      owner_display_name: owner?.displayName ?? '',
      owner_email: owner?.email ?? '',
    };
  }
}

export class ListUserOrganizationsResponse {
  user_organizations: OrganizationResponse[];
  /** Pass as page_token for the next page; "" on the last one (a key belongs to one organization). */
  next_page_token: string;
}
