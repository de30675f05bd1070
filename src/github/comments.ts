// The sticky PR comment: one comment per report id, updated in place on every run, never
// duplicated even when runs race, never taken over by someone quoting its marker. Usage, the
// marker, the race and the history fold: docs/github.md.
import { GitHubRequestError, isForbidden, isNotFound, type GitHubClient } from './client.js';
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
  /** False: update an existing comment only. Default true. */
  create?: boolean;
  /** Wait before the n-th retry of a POST that failed with a 5xx: n × this. Default 1000. */
  retryDelayMs?: number;
}

export interface StickyCommentResult {
  /** `none`: create was false and there was no comment to update. */
  action: 'created' | 'updated' | 'none';
  commentId?: number;
  url?: string;
  /** Duplicates deleted (left by runs that raced). */
  deleted: number;
  /** Duplicates that could not be deleted, and why. */
  warnings: string[];
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

/** Tries of a comment POST that answers 5xx (the listing in between tells whether it landed). */
const CREATE_ATTEMPTS = 4;
/** Racing runs create their comments within seconds; an hour leaves room for slow retries. */
const RACE_WINDOW_MS = 3_600_000;

interface Sticky {
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  self: SelfIdentity;
  main: string;
  options: UpsertStickyCommentOptions;
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
  const st: Sticky = { client, owner, repo, issueNumber, marker, self, main, options };
  for (let attempt = 1; ; attempt++) {
    const ours = await listStickyComments(client, { owner, repo, issueNumber, marker, self });
    if (ours.length > 0) {
      const kept = await keepOldest(st, ours);
      if (kept) return kept;
      continue; // the comment was deleted under us: list again
    }
    if (options.create === false) return { action: 'none', deleted: 0, warnings: [] };
    try {
      return await createAndSettle(st);
    } catch (err) {
      if (!isServerError(err) || attempt >= CREATE_ATTEMPTS) throw err;
      await sleep((options.retryDelayMs ?? 1000) * attempt);
    }
  }
}

async function createAndSettle(st: Sticky): Promise<StickyCommentResult> {
  const { client, owner, repo, issueNumber, marker, self } = st;
  const { data } = await client.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body: compose(marker, st.main, []),
    // Retried by the caller, after checking whether this one landed.
    request: { retries: 0 },
  });
  const created: FoundComment = {
    id: data.id,
    body: data.body ?? '',
    updatedAt: data.updated_at,
    url: data.html_url,
  };
  const since = isoSeconds(Date.parse(data.created_at) - RACE_WINDOW_MS);
  const again = await listStickyComments(client, { owner, repo, issueNumber, marker, self, since });
  if (!again.some((c) => c.id === created.id)) again.push(created);
  again.sort((a, b) => a.id - b.id);
  if (again.length === 1)
    return { action: 'created', commentId: data.id, url: data.html_url, deleted: 0, warnings: [] };
  const kept = await keepOldest(st, again);
  return (
    kept ?? { action: 'created', commentId: data.id, url: data.html_url, deleted: 0, warnings: [] }
  );
}

/** Updates the oldest of `ours` and deletes the rest; undefined when the oldest is gone (404). */
async function keepOldest(
  st: Sticky,
  ours: FoundComment[],
): Promise<StickyCommentResult | undefined> {
  const [oldest, ...newer] = ours;
  const history = st.options.history
    ? nextHistory(oldest!.body, st.marker, oldest!.updatedAt, st.options.historyLimit ?? 10)
    : [];
  let url: string;
  try {
    const { data } = await st.client.rest.issues.updateComment({
      owner: st.owner,
      repo: st.repo,
      comment_id: oldest!.id,
      body: compose(st.marker, st.main, history),
    });
    url = data.html_url;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
  const warnings: string[] = [];
  let deleted = 0;
  for (const dup of newer) {
    const problem = await deleteDuplicate(st, dup);
    if (problem) warnings.push(problem);
    else deleted++;
  }
  return { action: 'updated', commentId: oldest!.id, url, deleted, warnings };
}

/** Undefined when deleted (or already gone); else the warning to show. */
async function deleteDuplicate(st: Sticky, dup: FoundComment): Promise<string | undefined> {
  try {
    await st.client.rest.issues.deleteComment({
      owner: st.owner,
      repo: st.repo,
      comment_id: dup.id,
    });
    return undefined;
  } catch (err) {
    if (isNotFound(err)) return undefined; // a racing run deleted it first
    const why = isForbidden(err) ? 'the token may not delete comments' : (err as Error).message;
    return `modelgate left a duplicate report comment ${dup.url} (${why}); it shows an outdated verdict: delete it by hand.`;
  }
}

interface FoundComment {
  id: number;
  body: string;
  updatedAt: string;
  url: string;
}

/** Every comment by `self` carrying `marker`, oldest first (`since`: updated at or after). */
export async function listStickyComments(
  client: GitHubClient,
  q: {
    owner: string;
    repo: string;
    issueNumber: number;
    marker: string;
    self: SelfIdentity;
    since?: string;
  },
): Promise<FoundComment[]> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: q.owner,
    repo: q.repo,
    issue_number: q.issueNumber,
    per_page: 100,
    ...(q.since ? { since: q.since } : {}),
  });
  const found: FoundComment[] = [];
  for await (const page of pages) {
    for (const c of page.data) {
      if (!isSameLogin(c.user?.login, q.self.login)) continue;
      if (typeof c.body !== 'string' || !hasMarker(c.body, q.marker)) continue;
      found.push({ id: c.id, body: c.body, updatedAt: c.updated_at, url: c.html_url });
    }
  }
  return found.sort((a, b) => a.id - b.id);
}

function isServerError(err: unknown): boolean {
  return err instanceof GitHubRequestError && (err.status >= 500 || err.status === 0);
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
