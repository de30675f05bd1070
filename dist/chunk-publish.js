import { f as debug, w as warning, i as info, b as setOutput, c as summary, s as setFailed } from './chunk-core.js';
import { a as isForbidden, i as isNotFound, l as listPullRequestsForRun, c as createGitHubClient } from './chunk-pulls.js';
import 'node:crypto';
import { a as gateBlocks, d as decideGate, g as gateItems } from './chunk-decide.js';
import { o as orderEntries, s as statusLabel, t as table, I as ICON, r as renderReport, S as SUMMARY_LIMIT } from './chunk-render.js';
import { e as esc, t as truncate } from './chunk-escape.js';
import { a as applyErrorIs } from './chunk-settings.js';
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
  const existing = await findStickyComment(client, { owner, repo, issueNumber, marker, self });
  if (existing) {
    const history = options.history ? nextHistory(existing.body, marker, existing.updatedAt, options.historyLimit ?? 10) : [];
    const body = compose(marker, main, history);
    try {
      const { data: data2 } = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body
      });
      return { action: "updated", commentId: data2.id, url: data2.html_url };
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
  const { data } = await client.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body: compose(marker, main, [])
  });
  return { action: "created", commentId: data.id, url: data.html_url };
}
async function findStickyComment(client, q) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: q.owner,
    repo: q.repo,
    issue_number: q.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    for (const c of page.data) {
      if (!isSameLogin(c.user?.login, q.self.login)) continue;
      if (typeof c.body !== "string" || !hasMarker(c.body, q.marker)) continue;
      return { id: c.id, body: c.body, updatedAt: c.updated_at };
    }
  }
  return void 0;
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
          stillApplied: true
        };
      } else if (ev.event === "unlabeled" && last) {
        last.stillApplied = false;
      }
    }
  }
  return last;
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

const HEADER = ["Result", "Status", "Summary"];
function row(e) {
  return e.ok ? [
    esc(e.result.id, { max: 120 }),
    statusLabel(e.result.status),
    esc(e.result.summary, { max: 300 })
  ] : [esc(e.path, { max: 120 }), statusLabel("error"), esc(e.error, { max: 300 })];
}
function moreNote(omitted) {
  return `\u2026 ${omitted.toLocaleString("en-US")} more result${omitted === 1 ? "" : "s"} not shown (the job summary is limited to 1 MiB); the gate counted every one.`;
}
function gateSummaryMarkdown(head, entries, limit) {
  const render = (rows2, omitted) => {
    const blocks = [...head];
    if (rows2.length) blocks.push(table(HEADER, rows2));
    if (omitted > 0) blocks.push(moreNote(omitted));
    return blocks.join("\n\n") + "\n";
  };
  const rows = orderEntries(entries).map(row);
  let budget = limit - Buffer.byteLength(render([], rows.length)) - 200;
  budget -= Buffer.byteLength(`| ${HEADER.join(" | ")} |
| - | - | - |
`);
  let keep = 0;
  for (const r of rows) {
    const bytes = Buffer.byteLength(`| ${r.join(" | ")} |
`);
    if (bytes > budget) break;
    budget -= bytes;
    keep++;
  }
  let out = render(rows.slice(0, keep), rows.length - keep);
  while (Buffer.byteLength(out) > limit && keep > 0) {
    keep = Math.floor(keep * 0.9);
    out = render(rows.slice(0, keep), rows.length - keep);
  }
  return out;
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
async function overrideEvidence(client, target, label) {
  if (!target.pr || !target.owner || !target.repo) {
    return { label, present: false, error: "there is no pull request to read labels from" };
  }
  if (!client)
    return { label, present: false, error: "no github-token to read the label events with" };
  const where = { owner: target.owner, repo: target.repo };
  try {
    const applied = await getLabelAppliedBy(client, { ...where, issueNumber: target.pr, label });
    if (!applied) return { label, present: false };
    const evidence = {
      label,
      present: applied.stillApplied,
      actor: applied.actor,
      at: applied.createdAt
    };
    if (!applied.stillApplied) return evidence;
    const perm = await getPermission(client, { ...where, username: applied.actor });
    evidence.permission = perm.canWrite && !["admin", "maintain", "write"].includes(perm.permission) ? "write" : perm.permission;
    return evidence;
  } catch (err) {
    return { label, present: false, error: err.message };
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
function statusState(decision) {
  if (!decision.failed) return "success";
  return decision.verdict === "error" ? "error" : "failure";
}

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
function clientFor(ctx, token) {
  return token && ctx.repo ? createGitHubClient({ token, baseUrl: ctx.apiUrl, log: GITHUB_LOG }) : void 0;
}
function itemsOf(entries, errorIs) {
  return applyErrorIs(gateItems(entries), errorIs ?? "fail");
}
async function publishReport(ctx, entries, s) {
  reportMarker(s.reportId);
  if (s.commentAuthor && !LOGIN.test(s.commentAuthor)) {
    throw new Error(
      `comment-author must be a GitHub login such as my-app[bot], got '${truncate(s.commentAuthor, 60)}'`
    );
  }
  for (const e of entries) if (!e.ok) warning(e.error);
  const client = clientFor(ctx, s.token);
  const target = await resolveTarget(ctx, entries, client);
  for (const note of target.notes) warning(note);
  const items = itemsOf(entries, s.errorIs);
  const override = s.overrideLabel && gateBlocks(items, s.failOn) && !target.refused ? await overrideEvidence(client, target, s.overrideLabel) : void 0;
  const decision = decideGate({ items, failOn: s.failOn, override });
  const title = s.reportId === "modelgate" ? "modelgate" : `modelgate (${s.reportId})`;
  const footer = { commit: target.sha, runUrl: ctx.runUrl, version: VERSION };
  if (s.summary !== false || target.refused) {
    const full = renderReport(
      { entries, decision },
      {
        title,
        footer,
        unit: "bytes",
        limit: SUMMARY_LIMIT - 4096,
        fullReportHint: "The full details are in the result files."
      }
    );
    let summary$1 = full.markdown;
    if (target.refused) {
      summary$1 = `> \u26D4 **Not published:** ${target.refused}. The results below come from an untrusted run and were not posted to any pull request.

${summary$1}`;
    }
    await summary.addRaw(summary$1).write();
  }
  setOutput("verdict", decision.verdict);
  if (target.refused) throw new Error(`refusing to publish the report: ${target.refused}`);
  const hint = ctx.runUrl ? `The full report is in the [job summary](${ctx.runUrl}); the result files are in the run's artifacts if the workflow uploads them.` : "The full report is in the job summary of this run.";
  const budget = stickyBodyBudget(s.reportId);
  const limit = s.maxCommentChars === void 0 ? budget : Math.min(budget, budget - (MAX_COMMENT_BODY - s.maxCommentChars));
  const commentBody = renderReport(
    { entries, decision },
    { title, footer, unit: "chars", limit, fullReportHint: hint }
  );
  if (commentBody.level > 0) {
    info(
      `The comment was shortened to ${commentBody.markdown.length} characters (level ${commentBody.level}).`
    );
  }
  const outcome = { decision };
  if (s.comment && target.pr && client && target.owner && target.repo) {
    try {
      const res = await upsertStickyComment(client, {
        owner: target.owner,
        repo: target.repo,
        issueNumber: target.pr,
        reportId: s.reportId,
        body: commentBody.markdown,
        history: s.history,
        ...s.commentAuthor ? { self: await findSelf(client, { installationLogin: s.commentAuthor }) } : {}
      });
      outcome.commentUrl = res.url;
      setOutput("comment-url", res.url);
      info(
        `${res.action === "created" ? "Created" : "Updated"} the report comment: ${res.url}`
      );
    } catch (err) {
      if (!isForbidden(err)) throw err;
      warning(permissionHelp("comment", err, target.fork));
    }
  } else if (s.comment) {
    info(
      !target.pr ? "No pull request in this event: no comment, the report is in the job summary." : "No github-token: no comment, the report is in the job summary."
    );
  }
  if (s.status && target.sha && client && target.owner && target.repo) {
    try {
      await setCommitStatus(client, {
        owner: target.owner,
        repo: target.repo,
        sha: target.sha,
        state: statusState(decision),
        context: s.statusContext,
        // GitHub allows 140; stay under it.
        description: truncate(`${decision.verdict}: ${decision.reason}`, 139),
        targetUrl: ctx.runUrl
      });
    } catch (err) {
      if (!isForbidden(err)) throw err;
      warning(permissionHelp("status", err, target.fork));
    }
  }
  warnAboutOverride(decision, override);
  return outcome;
}
function warnAboutOverride(decision, evidence) {
  const o = decision.override;
  if (o?.accepted) warning(`modelgate: ${o.message}`);
  else if (o && o.message && (o.actor || evidence?.error)) warning(`modelgate: ${o.message}`);
}
async function applyGate(ctx, entries, s) {
  for (const e of entries) if (!e.ok) annotateError(e.error);
  finishAnnotations();
  const items = itemsOf(entries, s.errorIs);
  let override;
  if (s.overrideLabel && gateBlocks(items, s.failOn)) {
    const client = clientFor(ctx, s.token);
    const target = await resolveTarget(ctx, entries, client);
    override = target.refused ? { label: s.overrideLabel, present: false, error: target.refused } : await overrideEvidence(client, target, s.overrideLabel);
  }
  const decision = decideGate({ items, failOn: s.failOn, override });
  setOutput("verdict", decision.verdict);
  setOutput("failed", String(decision.failed));
  setOutput("warned", String(decision.warned));
  setOutput("reason", decision.reason);
  if (decision.override?.accepted) {
    setOutput("override-by", decision.override.actor ?? "");
    setOutput("override-at", decision.override.at ?? "");
  }
  const lines = [
    `### ${ICON[decision.verdict]} modelgate gate: ${decision.verdict} \xB7 ${esc(decision.reason)}`
  ];
  const o = decision.override;
  if (o?.accepted) {
    lines.push(
      `> ${ICON.warn} **Overridden** by ${esc(o.actor)} at ${esc(o.at)} with label ${esc(o.label)}: the failure is accepted, not fixed.`
    );
    warning(`modelgate gate: ${o.message}`);
  } else if (o && (o.actor || override?.error)) {
    lines.push(`> ${ICON.warn} **Override ignored.** ${esc(o.message)}.`);
    warning(`modelgate gate: ${o.message}`);
  }
  if (s.summary !== false)
    await summary.addRaw(gateSummaryMarkdown(lines, entries, SUMMARY_LIMIT - 4096)).write();
  if (decision.failed) setFailed(`modelgate gate: ${decision.reason}`);
  else info(`modelgate gate: ${decision.verdict}: ${decision.reason}`);
  return decision;
}

export { DEFAULT_RESULTS as D, applyGate as a, publishReport as p };
