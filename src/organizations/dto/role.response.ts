/** v1Role of the Kognitos API. */
export class RoleResponse {
  /** `organizations/{organization}/roles/{role}` */
  name: string;
  title: string;
  description: string;
  /** `action:Resource` strings, derived from the permission catalog. */
  permissions: string[];
}

export class ListRolesResponse {
  roles: RoleResponse[];
  /** Pass as page_token for the next page; "" on the last one. */
  next_page_token: string;
}
