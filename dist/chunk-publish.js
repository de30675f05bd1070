import { f as debug, w as warning, i as info, c as summary, b as setOutput, s as setFailed } from './chunk-core.js';
import { a as isForbidden, i as isNotFound, G as GitHubRequestError, l as listPullRequestsForRun, c as createGitHubClient } from './chunk-pulls.js';
import 'node:crypto';
import { C as COMMENT_MODES, n as needsOverrideEvidence, p as planPublish, b as statusWithCommentFailure, c as planConfigError } from './chunk-plan.js';
import { t as truncate } from './chunk-escape.js';
import { V as VERSION } from './chunk-version.js';
import { annotateError, finishAnnotations } from './chunk-annotate.js';

const ACTIONS_BOT_LOGIN = "github-actions[bot]";
const cache = /* @__PURE__ */ new WeakMap();
function findSelf(client, options = {}) {
  const key = options.installationLogin;
  const cached = key === void 0 ? cache.get(client) : void 0;
  if (cached) return cached;
  const found = lookup(client, key ?? ACTIONS_BOT_LOGIN);
  if (key === void 0) {
    cache.set(client, found);
    found.catch(() => cache.delete(client));
  }
  return found;
}
async function lookup(client, installationLogin) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, type: data.type, source: "user" };
  } catch (err) {
    if (isForbidden(err)) return { login: installationLogin, type: "Bot", source: "installation" };
    throw err;
  }
}
function isSameLogin(a, b) {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}
function identityFromToken(token, installationLogin = ACTIONS_BOT_LOGIN) {
  return token.startsWith("ghs_") ? { login: installationLogin, type: "Bot", source: "installation" } : void 0;
}

const MAX_COMMENT_BODY = 65536;
const REPORT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HISTORY_START = "<!-- modelgate:history -->";
const HISTORY_END = "<!-- /modelgate:history -->";
const HISTORY_ENTRY_MAX = 300;
function reportMarker(reportId) {
  if (!REPORT_ID.test(reportId)) {
    throw new Error(
      `Invalid report id "${reportId}": use letters, digits, ".", "_" and "-", starting with a letter or digit.`
    );
  }
  return `<!-- modelgate:report id=${reportId} -->`;
}
function stickyBodyBudget(reportId) {
  return MAX_COMMENT_BODY - reportMarker(reportId).length - 1;
}
const CREATE_ATTEMPTS = 4;
const RACE_WINDOW_MS = 36e5;
async function upsertStickyComment(client, options) {
  const { owner, repo, issueNumber, reportId } = options;
  const marker = reportMarker(reportId);
  const main = stripMarker(options.body, marker);
  const budget = stickyBodyBudget(reportId);
  if (main.length > budget) {
    throw new Error(
      `The comment for report "${reportId}" is ${main.length} characters; GitHub allows ${MAX_COMMENT_BODY} including the marker, so the body may have at most ${budget}.`
    );
  }
  const self = options.self ?? await findSelf(client);
  const st = { client, owner, repo, issueNumber, marker, self, main, options };
  for (let attempt = 1; ; attempt++) {
    const ours = await listStickyComments(client, { owner, repo, issueNumber, marker, self });
    if (ours.length > 0) {
      const kept = await keepOldest(st, ours);
      if (kept) return kept;
      continue;
    }
    if (options.create === false) return { action: "none", deleted: 0, warnings: [] };
    try {
      return await createAndSettle(st);
    } catch (err) {
      if (!isServerError(err) || attempt >= CREATE_ATTEMPTS) throw err;
      await sleep((options.retryDelayMs ?? 1e3) * attempt);
    }
  }
}
async function createAndSettle(st) {
  const { client, owner, repo, issueNumber, marker, self } = st;
  const { data } = await client.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body: compose(marker, st.main, []),
    // Retried by the caller, after checking whether this one landed.
    request: { retries: 0 }
  });
  const created = {
    id: data.id,
    body: data.body ?? "",
    updatedAt: data.updated_at,
    url: data.html_url
  };
  const since = isoSeconds(Date.parse(data.created_at) - RACE_WINDOW_MS);
  const again = await listStickyComments(client, { owner, repo, issueNumber, marker, self, since });
  if (!again.some((c) => c.id === created.id)) again.push(created);
  again.sort((a, b) => a.id - b.id);
  if (again.length === 1)
    return { action: "created", commentId: data.id, url: data.html_url, deleted: 0, warnings: [] };
  const kept = await keepOldest(st, again);
  return kept ?? { action: "created", commentId: data.id, url: data.html_url, deleted: 0, warnings: [] };
}
async function keepOldest(st, ours) {
  const [oldest, ...newer] = ours;
  const history = st.options.history ? nextHistory(oldest.body, st.marker, oldest.updatedAt, st.options.historyLimit ?? 10) : [];
  let url;
  try {
    const { data } = await st.client.rest.issues.updateComment({
      owner: st.owner,
      repo: st.repo,
      comment_id: oldest.id,
      body: compose(st.marker, st.main, history)
    });
    url = data.html_url;
  } catch (err) {
    if (isNotFound(err)) return void 0;
    throw err;
  }
  const warnings = [];
  let deleted = 0;
  for (const dup of newer) {
    const problem = await deleteDuplicate(st, dup);
    if (problem) warnings.push(problem);
    else deleted++;
  }
  return { action: "updated", commentId: oldest.id, url, deleted, warnings };
}
async function deleteDuplicate(st, dup) {
  try {
    await st.client.rest.issues.deleteComment({
      owner: st.owner,
      repo: st.repo,
      comment_id: dup.id
    });
    return void 0;
  } catch (err) {
    if (isNotFound(err)) return void 0;
    const why = isForbidden(err) ? "the token may not delete comments" : err.message;
    return `modelgate left a duplicate report comment ${dup.url} (${why}); it shows an outdated verdict: delete it by hand.`;
  }
}
async function listStickyComments(client, q) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: q.owner,
    repo: q.repo,
    issue_number: q.issueNumber,
    per_page: 100,
    ...q.since ? { since: q.since } : {}
  });
  const found = [];
  for await (const page of pages) {
    for (const c of page.data) {
      if (!isSameLogin(c.user?.login, q.self.login)) continue;
      if (typeof c.body !== "string" || !hasMarker(c.body, q.marker)) continue;
      found.push({ id: c.id, body: c.body, updatedAt: c.updated_at, url: c.html_url });
    }
  }
  return found.sort((a, b) => a.id - b.id);
}
function isServerError(err) {
  return err instanceof GitHubRequestError && (err.status >= 500 || err.status === 0);
}
function isoSeconds(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function hasMarker(body, marker) {
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
function stripMarker(body, marker) {
  const lines = body.split("\n");
  if (lines[0]?.trim() === marker) return lines.slice(1).join("\n");
  return body;
}
function compose(marker, main, history) {
  const head = `${marker}
${main}`;
  for (let n = history.length; n > 0; n--) {
    const block = historyBlock(history.slice(0, n));
    if (head.length + block.length <= MAX_COMMENT_BODY) return head + block;
  }
  return head;
}
function historyBlock(entries) {
  const label = entries.length === 1 ? "1 earlier verdict" : `${entries.length} earlier verdicts`;
  return `

${HISTORY_START}
<details><summary>History (${label})</summary>

${entries.join("\n")}

</details>
${HISTORY_END}`;
}
function nextHistory(previous, marker, at, limit) {
  const start = previous.indexOf(HISTORY_START);
  const end = previous.indexOf(HISTORY_END);
  const mainPart = stripMarker(start >= 0 ? previous.slice(0, start) : previous, marker);
  const older = start >= 0 && end > start ? previous.slice(start + HISTORY_START.length, end).split("\n").filter((l) => l.startsWith("- ")) : [];
  const verdict = mainPart.split("\n").map((l) => l.trim()).find((l) => l !== "" && !l.startsWith("<!--"));
  const entries = verdict ? [`- ${at}: ${sanitizeEntry(verdict)}`, ...older] : older;
  return entries.slice(0, Math.max(0, limit));
}
function sanitizeEntry(line) {
  const safe = line.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const chars = Array.from(safe);
  return chars.length > HISTORY_ENTRY_MAX ? `${chars.slice(0, HISTORY_ENTRY_MAX - 1).join("")}\u2026` : safe;
}

const MAX_STATUS_DESCRIPTION = 140;
async function setCommitStatus(client, options) {
  if (!/^[0-9a-f]{40}$/i.test(options.sha)) {
    throw new Error(`Cannot set a commit status: "${options.sha}" is not a full commit SHA.`);
  }
  const description = truncateDescription(options.description ?? "");
  const targetUrl = options.targetUrl && /^https?:\/\//i.test(options.targetUrl) ? options.targetUrl : void 0;
  const { data } = await client.rest.repos.createCommitStatus({
    owner: options.owner,
    repo: options.repo,
    sha: options.sha,
    state: options.state,
    context: options.context,
    ...description ? { description } : {},
    ...targetUrl ? { target_url: targetUrl } : {}
  });
  return { id: data.id, url: data.url, description };
}
function truncateDescription(text, max = MAX_STATUS_DESCRIPTION) {
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  if (flat.length <= max) return flat;
  let out = "";
  for (const ch of flat) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}\u2026`;
}
async function firstStatusAt(client, options) {
  const statuses = await client.paginate(client.rest.repos.listCommitStatusesForRef, {
    owner: options.owner,
    repo: options.repo,
    ref: options.sha,
    per_page: 100
  });
  let first;
  for (const s of statuses) {
    if (first === void 0 || Date.parse(s.created_at) < Date.parse(first)) first = s.created_at;
  }
  return first;
}

async function getLabelAppliedBy(client, options) {
  const wanted = options.label.toLowerCase();
  let last = null;
  const pages = client.paginate.iterator(client.rest.issues.listEvents, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    for (const e of page.data) {
      const ev = e;
      if (ev.label?.name?.toLowerCase() !== wanted) continue;
      if (ev.event === "labeled" && ev.actor?.login) {
        last = {
          label: ev.label.name ?? options.label,
          actor: ev.actor.login,
          actorType: ev.actor.type,
          createdAt: ev.created_at,
          eventId: ev.id,
          commitId: ev.commit_id ?? void 0,
          stillApplied: true
        };
      } else if (ev.event === "unlabeled" && last) {
        last.stillApplied = false;
      }
    }
  }
  return last;
}
async function listIssueLabels(client, options) {
  const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100
  });
  return labels.map((l) => l.name);
}
const WRITE_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function getPermission(client, options) {
  const { username } = options;
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      owner: options.owner,
      repo: options.repo,
      username
    });
    const role = data.role_name;
    const base = data.permission;
    const permission = role && ["admin", "maintain", "write", "triage", "read"].includes(role) ? role : base;
    return {
      username,
      permission,
      roleName: role,
      canWrite: WRITE_ROLES.has(role ?? "") || base === "admin" || base === "write"
    };
  } catch (err) {
    if (isNotFound(err))
      return { username, permission: "none", roleName: void 0, canWrite: false };
    throw err;
  }
}

function claimedByResults(entries) {
  const prs = /* @__PURE__ */ new Set();
  const shas = /* @__PURE__ */ new Set();
  let missing = 0;
  for (const e of entries) {
    if (!e.ok) continue;
    if (e.result.context.pr === void 0 || e.result.context.sha === void 0) missing++;
    if (e.result.context.pr !== void 0) prs.add(e.result.context.pr);
    if (e.result.context.sha !== void 0) shas.add(e.result.context.sha);
  }
  if (prs.size > 1 || shas.size > 1) {
    return {
      problem: `the result files name different pull requests or commits (${[...prs].join(", ")}; ${[...shas].map((s) => s.slice(0, 7)).join(", ")})`
    };
  }
  if (missing > 0 || prs.size === 0 || shas.size === 0) {
    return {
      problem: "the result files do not name the pull request and head commit (context.pr, context.sha)"
    };
  }
  return { pr: [...prs][0], sha: [...shas][0] };
}
function claimedCommitMismatch(claim, runHeadSha) {
  if (claim.sha === runHeadSha) return void 0;
  return `the result files are about commit ${String(claim.sha).slice(0, 12)} but the triggering run built ${runHeadSha.slice(0, 12)}`;
}
function claimedPullRequestMismatch(claim, runPullRequests, runHeadSha) {
  if (claim.pr !== void 0 && runPullRequests.includes(claim.pr)) return void 0;
  return `the result files name pull request ${claim.pr}, which is not a pull request of the triggering run (head ${runHeadSha.slice(0, 12)})`;
}

const DEFAULT_RESULTS = "modelgate-results/*.json";
const GITHUB_LOG = {
  debug: debug,
  info: info,
  warn: warning,
  error: debug
};
function splitRepo(full) {
  const [owner, repo] = (full ?? "").split("/");
  return owner && repo ? { owner, repo } : {};
}
const obj = (v) => typeof v === "object" && v !== null ? v : {};
function runFromPayload(payload) {
  const run = obj(payload.workflow_run);
  if (typeof run.id !== "number" || typeof run.head_sha !== "string") return void 0;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: run.id,
    name: typeof run.name === "string" ? run.name : null,
    event: String(run.event ?? ""),
    status: typeof run.status === "string" ? run.status : null,
    conclusion: typeof run.conclusion === "string" ? run.conclusion : null,
    headSha: run.head_sha,
    headBranch: typeof run.head_branch === "string" ? run.head_branch : null,
    headRepoFullName: typeof obj(run.head_repository).full_name === "string" ? obj(run.head_repository).full_name : null,
    workflowId: typeof run.workflow_id === "number" ? run.workflow_id : 0,
    path: String(run.path ?? ""),
    htmlUrl: String(run.html_url ?? ""),
    pullRequests: prs.map((p) => {
      const o = obj(p);
      return {
        number: Number(o.number),
        headSha: String(obj(o.head).sha ?? ""),
        headRef: String(obj(o.head).ref ?? ""),
        baseRef: String(obj(o.base).ref ?? "")
      };
    })
  };
}
async function resolveTarget(ctx, entries, client) {
  const { owner, repo } = splitRepo(ctx.repo);
  const base = { owner, repo, fork: false, notes: [] };
  const payload = ctx.payload;
  if (ctx.eventName === "workflow_run") {
    const run = runFromPayload(payload);
    if (!run)
      return { ...base, refused: "the workflow_run event payload has no run id or head SHA" };
    const claimed = claimedByResults(entries);
    if (claimed.problem) return { ...base, refused: claimed.problem };
    const commitMismatch = claimedCommitMismatch(claimed, run.headSha);
    if (commitMismatch) return { ...base, refused: commitMismatch };
    let prs = run.pullRequests.filter((p) => p.headSha === run.headSha);
    if (!prs.some((p) => p.number === claimed.pr) && client && owner && repo) {
      prs = await listPullRequestsForRun(client, { owner, repo, run });
    }
    const prMismatch = claimedPullRequestMismatch(
      claimed,
      prs.map((p) => p.number),
      run.headSha
    );
    if (prMismatch) return { ...base, refused: prMismatch };
    const fork = Boolean(
      run.headRepoFullName && ctx.repo && run.headRepoFullName.toLowerCase() !== ctx.repo.toLowerCase()
    );
    return { ...base, pr: claimed.pr, sha: run.headSha, fork };
  }
  const pr = obj(payload.pull_request);
  if (typeof pr.number === "number") {
    const headSha = String(obj(pr.head).sha ?? "");
    const headRepo = obj(obj(pr.head).repo).full_name;
    const baseRepo = obj(obj(pr.base).repo).full_name;
    const fork = typeof headRepo !== "string" || typeof baseRepo !== "string" || headRepo.toLowerCase() !== baseRepo.toLowerCase();
    const target = {
      ...base,
      pr: pr.number,
      sha: /^[0-9a-f]{40}$/.test(headSha) ? headSha : void 0,
      fork
    };
    const stale = entries.filter(
      (e) => e.ok && e.result.context.sha && target.sha && e.result.context.sha !== target.sha
    );
    if (stale.length) {
      target.notes.push(
        `${stale.length} result file(s) were computed for another commit than the PR head ${target.sha.slice(0, 7)}: ${stale.map((e) => e.path).slice(0, 5).join(", ")}`
      );
    }
    return target;
  }
  return { ...base, sha: ctx.sha };
}
function payloadPull(ctx, pr) {
  const pull = obj(ctx.payload.pull_request);
  return pull.number === pr ? pull : void 0;
}
const sameLabel = (a, b) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();
async function labelIsOn(ctx, client, where, label) {
  const pull = payloadPull(ctx, where.pr);
  if (pull && Array.isArray(pull.labels)) {
    return pull.labels.some((l) => sameLabel(obj(l).name, label));
  }
  const names = await listIssueLabels(client, { ...where, issueNumber: where.pr });
  return names.some((n) => sameLabel(n, label));
}
function labeledOnHead(ctx, label, sha) {
  const pull = obj(ctx.payload.pull_request);
  return ctx.payload.action === "labeled" && sameLabel(obj(ctx.payload.label).name, label) && sha !== void 0 && obj(pull.head).sha === sha;
}
async function overrideEvidence(ctx, client, target, label, scope) {
  const base = { label, present: false, scope, headSha: target.sha };
  if (target.refused) return { ...base, error: target.refused };
  if (!target.pr || !target.owner || !target.repo) {
    return { ...base, error: "there is no pull request to read labels from" };
  }
  if (!client) return { ...base, error: "no github-token to read the label events with" };
  const where = { owner: target.owner, repo: target.repo };
  try {
    if (!await labelIsOn(ctx, client, { ...where, pr: target.pr }, label)) return base;
    const applied = await getLabelAppliedBy(client, { ...where, issueNumber: target.pr, label });
    if (!applied) return base;
    const evidence = {
      ...base,
      present: applied.stillApplied,
      actor: applied.actor,
      at: applied.createdAt
    };
    if (!applied.stillApplied) return evidence;
    const perm = await getPermission(client, { ...where, username: applied.actor });
    evidence.permission = perm.canWrite && !["admin", "maintain", "write"].includes(perm.permission) ? "write" : perm.permission;
    if (scope === "commit" && target.sha) {
      evidence.appliedOnHead = labeledOnHead(ctx, label, target.sha) || applied.commitId === target.sha;
      if (!evidence.appliedOnHead) {
        evidence.headSeenAt = await firstStatusAt(client, { ...where, sha: target.sha });
      }
    }
    return evidence;
  } catch (err) {
    return { ...base, error: err.message };
  }
}
function permissionHelp(what, err, fork) {
  const scope = what === "comment" ? "pull-requests: write" : "statuses: write";
  const action = what === "comment" ? "write the PR comment" : "set the commit status";
  const detail = isForbidden(err) ? err.message : err.message;
  const lines = [`modelgate could not ${action}: ${detail}`];
  if (fork) {
    lines.push(
      "This pull request comes from a fork, where the workflow token is read-only whatever `permissions:` says. Use the two-workflow pattern: the pull_request workflow runs the checks and uploads modelgate-results/ as an artifact; a second workflow `on: workflow_run` downloads it and runs modelgate/report with `permissions: { pull-requests: write, statuses: write }`."
    );
  } else {
    lines.push(`Add \`permissions:\` with \`${scope}\` to the job (and \`contents: read\`).`);
  }
  lines.push("The full report is in the job summary; the result files are unchanged for upload.");
  return lines.join(" ");
}
function parseCommentMode(raw, name = "comment") {
  const value = raw.trim().toLowerCase();
  if (!value) return void 0;
  if (["true", "yes", "1", "on"].includes(value)) return "always";
  if (["false", "no", "0", "off"].includes(value)) return "never";
  if (COMMENT_MODES.includes(value)) return value;
  throw new Error(
    `input '${name}' must be always, on-failure or never, got '${truncate(value, 40)}'`
  );
}

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
function clientFor(ctx, token) {
  return token && ctx.repo ? createGitHubClient({ token, baseUrl: ctx.apiUrl, log: GITHUB_LOG }) : void 0;
}
function commentLimit(s) {
  const budget = stickyBodyBudget(s.reportId);
  return s.maxCommentChars === void 0 ? budget : Math.min(budget, budget - (MAX_COMMENT_BODY - s.maxCommentChars));
}
function checkSettings(s) {
  if (s.role === "gate") return;
  reportMarker(s.reportId);
  if (s.commentAuthor && !LOGIN.test(s.commentAuthor)) {
    throw new Error(
      `comment-author must be a GitHub login such as my-app[bot], got '${truncate(s.commentAuthor, 60)}'`
    );
  }
}
async function publishStep(ctx, entries, s) {
  checkSettings(s);
  const client = clientFor(ctx, s.token);
  const target = await resolveTarget(ctx, entries, client);
  const settings = {
    role: s.role,
    reportId: s.reportId,
    comment: s.comment,
    status: s.status,
    statusContext: s.statusContext,
    failOn: s.failOn,
    errorIs: s.errorIs,
    overrideLabel: s.overrideLabel,
    overrideScope: s.overrideScope,
    summary: s.summary,
    commentLimit: commentLimit(s)
  };
  const override = needsOverrideEvidence(entries, settings) ? await overrideEvidence(ctx, client, target, s.overrideLabel, s.overrideScope) : void 0;
  const plan = planPublish({
    entries,
    settings,
    target,
    override,
    runUrl: ctx.runUrl,
    version: VERSION
  });
  await carryOut(ctx, plan, { entries, target, client, s });
  return plan;
}
async function carryOut(ctx, plan, ch) {
  if (ch.s.role === "gate") {
    for (const e of ch.entries) if (!e.ok) annotateError(e.error);
    finishAnnotations();
  }
  for (const w of plan.warnings) warning(w);
  if (plan.summary !== void 0) await summary.addRaw(plan.summary).write();
  for (const [name, value] of Object.entries(plan.outputs)) setOutput(name, value);
  if (ch.target.refused && ch.s.role !== "gate") {
    setFailed(plan.failure ?? `refusing to publish the report: ${ch.target.refused}`);
    return;
  }
  const problems = [];
  const commentProblem = await writeComment(plan, ch);
  if (commentProblem) problems.push(commentProblem);
  const status = plan.status && commentProblem ? statusWithCommentFailure(plan.status) : plan.status;
  const statusProblem = status ? await writeStatus(ctx, status, ch) : void 0;
  if (statusProblem) problems.push(statusProblem);
  if (plan.failure) problems.push(plan.failure);
  if (problems.length) setFailed(problems.join("\n"));
  else if (ch.s.role !== "report")
    info(`modelgate gate: ${plan.decision.verdict}: ${plan.decision.reason}`);
}
async function identity(client, s) {
  const known = identityFromToken(s.token, s.commentAuthor || void 0);
  if (known) return known;
  return s.commentAuthor ? findSelf(client, { installationLogin: s.commentAuthor }) : void 0;
}
async function writeComment(plan, ch) {
  const c = plan.comment;
  const { target, client, s } = ch;
  if (c.action === "none") {
    if (c.why) info(`No PR comment: ${c.why}.`);
    return void 0;
  }
  if (!target.pr || !client || !target.owner || !target.repo) {
    info(
      !target.pr ? "No pull request in this event: no comment, the report is in the job summary." : "No github-token: no comment, the report is in the job summary."
    );
    return void 0;
  }
  if (c.shortened > 0) {
    info(`The comment was shortened to ${c.body.length} characters (level ${c.shortened}).`);
  }
  try {
    const self = await identity(client, s);
    const res = await upsertStickyComment(client, {
      owner: target.owner,
      repo: target.repo,
      issueNumber: target.pr,
      reportId: s.reportId,
      body: c.body,
      history: s.history,
      create: c.action === "post",
      ...self ? { self } : {}
    });
    for (const w of res.warnings) warning(w);
    if (res.deleted > 0) info(`Deleted ${res.deleted} duplicate report comment(s).`);
    if (res.url) {
      setOutput("comment-url", res.url);
      info(
        `${res.action === "created" ? "Created" : "Updated"} the report comment: ${res.url}`
      );
    } else {
      info("The gate passes and no earlier report comment exists: nothing to comment.");
    }
    return void 0;
  } catch (err) {
    if (!isForbidden(err)) return err.message;
    warning(permissionHelp("comment", err, target.fork));
    return void 0;
  }
}
async function writeStatus(ctx, status, {
  target,
  client,
  s
}) {
  if (!client || !target.sha || !target.owner || !target.repo) return void 0;
  try {
    await setCommitStatus(client, {
      owner: target.owner,
      repo: target.repo,
      sha: target.sha,
      state: status.state,
      context: s.statusContext,
      description: status.description,
      targetUrl: ctx.runUrl
    });
    return void 0;
  } catch (err) {
    if (!isForbidden(err)) return err.message;
    warning(permissionHelp("status", err, target.fork));
    return void 0;
  }
}
async function publishConfigError(ctx, message, o) {
  const plan = planConfigError(message, ctx.sha);
  for (const [name, value] of Object.entries(plan.outputs)) setOutput(name, value);
  const [owner, repo] = (ctx.repo ?? "").split("/");
  const target = { owner, repo, sha: ctx.sha, fork: false, notes: [] };
  const client = clientFor(ctx, o.token);
  const problem = plan.status ? await writeStatus(ctx, plan.status, { target, client, s: o }) : void 0;
  setFailed([plan.failure ?? message, problem].filter(Boolean).join("\n"));
}

export { DEFAULT_RESULTS as D, parseCommentMode as a, publishConfigError as b, publishStep as p };
