// The sticky PR comment: one comment per report id, updated in place on every run.
//
// Usage:
//   const budget = stickyBodyBudget('modelgate');      // what the report engine may render
//   const { action, commentId, url } = await upsertStickyComment(client, {
//     owner, repo, issueNumber: pr, reportId: 'modelgate', body: markdown, history: true,
//   });
//   // A token of another GitHub App: pass its bot, e.g.
//   //   self: await findSelf(client, { installationLogin: 'my-app[bot]' })
//
// - The comment starts with the hidden marker `<!-- modelgate:report id=<reportId> -->`.
// - All of the issue's comments are paged through (100 a page) until the first (oldest) comment
//   written by the token's own identity (see identity.ts) that carries this exact marker; it is
//   updated, never duplicated. Comments by anyone else with the same marker are ignored, so a
//   user cannot hijack or suppress the report by quoting it. Two report ids give two comments.
// - `history: true` folds the previous verdict (the first text line of the previous body, with
//   its time) into a collapsed `<details>` at the bottom, newest first, at most `historyLimit`
//   entries and trimmed oldest-first so the whole body stays within 65,536 characters.
// - A body longer than stickyBodyBudget(reportId) throws: shrinking is the report engine's job.
//   Lengths are counted in UTF-16 code units, which is never less than GitHub's character count.
// - Two jobs racing on the very first comment can still both create one; run report once per PR.
import { isNotFound, type GitHubClient } from './client.js';
import { findSelf, isSameLogin, type SelfIdentity } from './identity.js';

export const MAX_COMMENT_BODY = 65_536;
const REPORT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HISTORY_START = '<!-- modelgate:history -->';
const HISTORY_END = '<!-- /modelgate:history -->';
const HISTORY_ENTRY_MAX = 300;

export interface UpsertStickyCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  reportId: string;
  /** Markdown without the marker (a leading marker for the same id is accepted). */
  body: string;
  history?: boolean;
  /** Most earlier verdicts kept with `history`. Default 10. */
  historyLimit?: number;
  /** Skip the identity lookup when the caller already knows it. */
  self?: SelfIdentity;
}

export interface StickyCommentResult {
  action: 'created' | 'updated';
  commentId: number;
  url: string;
}

export function reportMarker(reportId: string): string {
  if (!REPORT_ID.test(reportId)) {
    throw new Error(
      `Invalid report id "${reportId}": use letters, digits, ".", "_" and "-", starting with a letter or digit.`,
    );
  }
  return `<!-- modelgate:report id=${reportId} -->`;
}

/** The longest body upsertStickyComment accepts for this report id. */
export function stickyBodyBudget(reportId: string): number {
  return MAX_COMMENT_BODY - reportMarker(reportId).length - 1;
}

export async function upsertStickyComment(
  client: GitHubClient,
  options: UpsertStickyCommentOptions,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, reportId } = options;
  const marker = reportMarker(reportId);
  const main = stripMarker(options.body, marker);
  const budget = stickyBodyBudget(reportId);
  if (main.length > budget) {
    throw new Error(
      `The comment for report "${reportId}" is ${main.length} characters; GitHub allows ${MAX_COMMENT_BODY} ` +
        `including the marker, so the body may have at most ${budget}.`,
    );
  }
  const self = options.self ?? (await findSelf(client));
  const existing = await findStickyComment(client, { owner, repo, issueNumber, marker, self });

  if (existing) {
    const history = options.history
      ? nextHistory(existing.body, marker, existing.updatedAt, options.historyLimit ?? 10)
      : [];
    const body = compose(marker, main, history);
    try {
      const { data } = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', commentId: data.id, url: data.html_url };
    } catch (err) {
      // Deleted between the listing and the update: fall through and create a fresh one.
      if (!isNotFound(err)) throw err;
    }
  }
  const { data } = await client.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body: compose(marker, main, []),
  });
  return { action: 'created', commentId: data.id, url: data.html_url };
}

interface FoundComment {
  id: number;
  body: string;
  updatedAt: string;
}

/** The oldest comment by `self` carrying `marker`, or undefined after the last page. */
export async function findStickyComment(
  client: GitHubClient,
  q: { owner: string; repo: string; issueNumber: number; marker: string; self: SelfIdentity },
): Promise<FoundComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: q.owner,
    repo: q.repo,
    issue_number: q.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const c of page.data) {
      if (!isSameLogin(c.user?.login, q.self.login)) continue;
      if (typeof c.body !== 'string' || !hasMarker(c.body, q.marker)) continue;
      return { id: c.id, body: c.body, updatedAt: c.updated_at };
    }
  }
  return undefined;
}

function hasMarker(body: string, marker: string): boolean {
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}

function stripMarker(body: string, marker: string): string {
  const lines = body.split('\n');
  if (lines[0]?.trim() === marker) return lines.slice(1).join('\n');
  return body;
}

function compose(marker: string, main: string, history: string[]): string {
  const head = `${marker}\n${main}`;
  for (let n = history.length; n > 0; n--) {
    const block = historyBlock(history.slice(0, n));
    if (head.length + block.length <= MAX_COMMENT_BODY) return head + block;
  }
  return head;
}

function historyBlock(entries: string[]): string {
  const label = entries.length === 1 ? '1 earlier verdict' : `${entries.length} earlier verdicts`;
  return (
    `\n\n${HISTORY_START}\n<details><summary>History (${label})</summary>\n\n` +
    `${entries.join('\n')}\n\n</details>\n${HISTORY_END}`
  );
}

/** Previous verdict first, then the entries the previous comment already kept. */
function nextHistory(previous: string, marker: string, at: string, limit: number): string[] {
  const start = previous.indexOf(HISTORY_START);
  const end = previous.indexOf(HISTORY_END);
  const mainPart = stripMarker(start >= 0 ? previous.slice(0, start) : previous, marker);
  const older =
    start >= 0 && end > start
      ? previous
          .slice(start + HISTORY_START.length, end)
          .split('\n')
          .filter((l) => l.startsWith('- '))
      : [];
  const verdict = mainPart
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('<!--'));
  const entries = verdict ? [`- ${at}: ${sanitizeEntry(verdict)}`, ...older] : older;
  return entries.slice(0, Math.max(0, limit));
}

/** One line that cannot close the <details> or start new markup. */
function sanitizeEntry(line: string): string {
  const safe = line.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const chars = Array.from(safe);
  return chars.length > HISTORY_ENTRY_MAX
    ? `${chars.slice(0, HISTORY_ENTRY_MAX - 1).join('')}…`
    : safe;
}
