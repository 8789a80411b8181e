import { names } from '../../common/resource-names';
import { toTimestamp } from '../../common/time';
import { WorkspaceEntity } from '../workspace.entity';

/** v1Workspace of the Kognitos API. */
export class WorkspaceResponse {
  /** `organizations/{organization}/workspaces/{workspace}` */
  name: string;
  title: string;
  workspace_icon: string;
  workspace_icon_color: string;
  create_time: string;
  update_time: string;
  /** The creator; empty once they have been removed from the organization. */
  creator_display_name: string;
  creator_email: string;

  static from(
    w: Pick<
      WorkspaceEntity,
      'id' | 'organizationId' | 'title' | 'workspaceIcon' | 'workspaceIconColor' | 'createTime' | 'updateTime'
    >,
    creator: { displayName: string; email: string } | null,
  ): WorkspaceResponse {
    return {
      name: names.workspace(w.organizationId, w.id),
      title: w.title,
      workspace_icon: w.workspaceIcon,
      workspace_icon_color: w.workspaceIconColor,
      create_time: toTimestamp(w.createTime),
      update_time: toTimestamp(w.updateTime),
      creator_display_name: creator?.displayName ?? '',
      creator_email: creator?.email ?? '',
    };
  }
}

export class ListWorkspacesResponse {
  workspaces: WorkspaceResponse[];
  next_page_token: string;
}

export class ListUserWorkspacesResponse {
  user_workspaces: WorkspaceResponse[];
  next_page_token: string;
}
