// Who applied a label, and whether that user may write: the gate's override check.
//
// Usage:
//   const applied = await getLabelAppliedBy(client, { owner, repo, issueNumber: pr, label });
//   if (applied?.stillApplied) {
//     const perm = await getPermission(client, { owner, repo, username: applied.actor });
//     if (perm.canWrite) { /* override, recorded with applied.actor and applied.createdAt */ }
//   }
//
// The issue events API lists events oldest first; every page is read and the last `labeled`
// event for the exact label name (case-insensitive, as GitHub treats label names) wins.
// Permission: write access is role admin, maintain or write (or a custom role whose base
// permission is admin or write). A user who is not a collaborator, or unknown, has none.
import { isNotFound, type GitHubClient } from './client.js';

export interface LabelApplied {
  label: string;
  actor: string;
  actorType: string | undefined;
  /** ISO 8601 time of the labeled event. */
  createdAt: string;
  eventId: number;
  /** The head commit the label was applied on, when GitHub records it (it usually does not). */
  commitId: string | undefined;
  /** False when an `unlabeled` event for the label came after it. */
  stillApplied: boolean;
}

export async function getLabelAppliedBy(
  client: GitHubClient,
  options: { owner: string; repo: string; issueNumber: number; label: string },
): Promise<LabelApplied | null> {
  const wanted = options.label.toLowerCase();
  let last: LabelApplied | null = null;
  const pages = client.paginate.iterator(client.rest.issues.listEvents, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const e of page.data) {
      const ev = e as {
        id: number;
        event: string;
        created_at: string;
        actor?: { login?: string; type?: string } | null;
        label?: { name?: string } | null;
        commit_id?: string | null;
      };
      if (ev.label?.name?.toLowerCase() !== wanted) continue;
      if (ev.event === 'labeled' && ev.actor?.login) {
        last = {
          label: ev.label.name ?? options.label,
          actor: ev.actor.login,
          actorType: ev.actor.type,
          createdAt: ev.created_at,
          eventId: ev.id,
          commitId: ev.commit_id ?? undefined,
          stillApplied: true,
        };
      } else if (ev.event === 'unlabeled' && last) {
        last.stillApplied = false;
      }
    }
  }
  return last;
}

/** The names of the labels on an issue or pull request now. */
export async function listIssueLabels(
  client: GitHubClient,
  options: { owner: string; repo: string; issueNumber: number },
): Promise<string[]> {
  const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  });
  return labels.map((l) => l.name);
}

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface PermissionInfo {
  username: string;
  /** The role (custom role names fall back to the base permission). */
  permission: RepoPermission;
  roleName: string | undefined;
  canWrite: boolean;
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

export async function getPermission(
  client: GitHubClient,
  options: { owner: string; repo: string; username: string },
): Promise<PermissionInfo> {
  const { username } = options;
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      owner: options.owner,
      repo: options.repo,
      username,
    });
    const role = data.role_name;
    const base = data.permission;
    const permission = (
      role && ['admin', 'maintain', 'write', 'triage', 'read'].includes(role) ? role : base
    ) as RepoPermission;
    return {
      username,
      permission,
      roleName: role,
      canWrite: WRITE_ROLES.has(role ?? '') || base === 'admin' || base === 'write',
    };
  } catch (err) {
    if (isNotFound(err))
      return { username, permission: 'none', roleName: undefined, canWrite: false };
    throw err;
  }
}
