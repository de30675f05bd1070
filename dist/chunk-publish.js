import { w as warning, b as summary, a as setOutput, s as setFailed, i as info } from './chunk-log.js';
import { i as isForbidden, a as isNotFound, G as GitHubRequestError, r as resolveTarget, o as overrideEvidence, c as createGitHubClient, b as GITHUB_LOG, p as permissionHelp, s as setCommitStatus } from './chunk-report-gate.js';
import 'node:crypto';
import { b as publishSettings, n as needsOverrideEvidence, p as planPublish, c as statusWithCommentFailure, e as planConfigError } from './chunk-plan.js';
import { t as truncate } from './chunk-escape.js';
import './chunk-registry.js';
import { V as VERSION } from './chunk-version.js';
import { b as annotateError, f as finishAnnotations } from './chunk-annotate.js';
import { s as splitRepo } from './chunk-token.js';

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

const ANNOTATIONS_PER_REQUEST = 50;
const MAX_CHECK_SUMMARY = 65535;
function toRest(a) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...a.title ? { title: a.title } : {}
  };
}
async function createCheckRun(client, options) {
  if (!/^[0-9a-f]{40}$/i.test(options.headSha)) {
    throw new Error(`Cannot create a check run: "${options.headSha}" is not a full commit SHA.`);
  }
  if (options.summary.length > MAX_CHECK_SUMMARY) {
    throw new Error(
      `Cannot create a check run: the summary has ${options.summary.length} characters, over GitHub's ${MAX_CHECK_SUMMARY}.`
    );
  }
  const batches = [];
  for (let i = 0; i < options.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(options.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const { owner, repo, title, summary } = options;
  const detailsUrl = options.detailsUrl && /^https?:\/\//i.test(options.detailsUrl) ? options.detailsUrl : void 0;
  const { data } = await client.rest.checks.create({
    owner,
    repo,
    name: options.name,
    head_sha: options.headSha,
    status: "completed",
    conclusion: options.conclusion,
    ...detailsUrl ? { details_url: detailsUrl } : {},
    output: { title, summary, annotations: (batches[0] ?? []).map(toRest) }
  });
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: data.id,
      output: { title, summary, annotations: batch.map(toRest) }
    });
  }
  return { id: data.id, url: data.html_url ?? data.url, requests: Math.max(1, batches.length) };
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
  const settings = publishSettings(s, s.role, commentLimit(s));
  const override = needsOverrideEvidence(entries, settings) ? await overrideEvidence(ctx, client, target, s.overrideLabel, s.overrideScope) : void 0;
  const plan = planPublish({
    entries,
    settings,
    target,
    override,
    runUrl: ctx.runUrl,
    version: VERSION,
    ...s.rules ? { rules: s.rules } : {}
  });
  await carryOut(ctx, plan, { entries, target, client, s });
  return plan;
}
async function carryOut(ctx, plan, ch) {
  for (const e of ch.entries) if (!e.ok) annotateError(e.error);
  finishAnnotations();
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
  const checkProblem = plan.checkRun ? await writeCheckRun(ctx, plan.checkRun, ch) : void 0;
  if (checkProblem) problems.push(checkProblem);
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
      info(`${res.action === "created" ? "Created" : "Updated"} the report comment: ${res.url}`);
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
async function writeCheckRun(ctx, run, { target, client }) {
  if (!client || !target.owner || !target.repo) return void 0;
  try {
    const res = await createCheckRun(client, {
      owner: target.owner,
      repo: target.repo,
      name: run.name,
      headSha: run.headSha,
      conclusion: run.conclusion,
      title: run.title,
      summary: run.summary,
      annotations: run.annotations,
      ...ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}
    });
    info(
      `Created the check run '${run.name}' with ${run.annotations.length} annotation(s) in ${res.requests} request(s): ${res.url}`
    );
    return void 0;
  } catch (err) {
    if (!isForbidden(err)) return err.message;
    warning(permissionHelp("check-run", err, target.fork));
    return void 0;
  }
}
async function publishConfigError(ctx, message, o) {
  const plan = planConfigError(message, ctx.sha, o.checkRun);
  for (const [name, value] of Object.entries(plan.outputs)) setOutput(name, value);
  const target = { ...splitRepo(ctx.repo), sha: ctx.sha, fork: false, notes: [] };
  const client = clientFor(ctx, o.token);
  const problem = plan.status ? await writeStatus(ctx, plan.status, { target, client, s: o }) : void 0;
  const checkProblem = plan.checkRun ? await writeCheckRun(ctx, plan.checkRun, { target, client }) : void 0;
  setFailed([plan.failure ?? message, problem, checkProblem].filter(Boolean).join("\n"));
}

export { publishConfigError as a, clientFor as c, publishStep as p };
