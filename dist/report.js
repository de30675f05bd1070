import { s as setFailed, r as readRunnerContext, j as getList, g as getString, k as getBoolean, a as getEnum, w as warning, f as summary, d as setOutput, i as info } from './chunk-inputs.js';
import { a as isForbidden, i as isNotFound, c as createGitHubClient } from './chunk-pulls.js';
import 'node:crypto';
import { l as loadResults, g as gateItems, a as gateBlocks, d as decideGate } from './chunk-load2.js';
import { t as truncate } from './chunk-escape.js';
import { r as renderReport, S as SUMMARY_LIMIT } from './chunk-render.js';
import { V as VERSION } from './chunk-result.js';
import { D as DEFAULT_RESULTS, G as GITHUB_LOG, r as resolveTarget, o as overrideEvidence, p as permissionHelp, s as statusState } from './chunk-report-gate.js';
import 'node:fs';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunk-_commonjsHelpers.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:path';
import './chunk-index4.js';
import 'url';
import 'module';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';

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

async function run() {
  const ctx = readRunnerContext();
  const patterns = getList("results");
  const reportId = getString("report-id", "modelgate");
  reportMarker(reportId);
  const comment = getBoolean("comment", true);
  const status = getBoolean("status", true);
  const history = getBoolean("history", false);
  const statusContext = getString("status-context", "modelgate");
  const failOn = getEnum("fail-on", ["fail", "warn"], "fail");
  const overrideLabel = getString("override-label");
  const token = getString("github-token");
  const entries = await loadResults(patterns.length ? patterns : [DEFAULT_RESULTS], {
    cwd: ctx.workspace
  });
  for (const e of entries) if (!e.ok) warning(e.error);
  const client = token && ctx.repo ? createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    log: GITHUB_LOG
  }) : void 0;
  const target = await resolveTarget(ctx, entries, client);
  for (const note of target.notes) warning(note);
  const items = gateItems(entries);
  const override = overrideLabel && gateBlocks(items, failOn) && !target.refused ? await overrideEvidence(client, target, overrideLabel) : void 0;
  const decision = decideGate({ items, failOn, override });
  const title = reportId === "modelgate" ? "modelgate" : `modelgate (${reportId})`;
  const footer = { commit: target.sha, runUrl: ctx.runUrl, version: VERSION };
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
  setOutput("verdict", decision.verdict);
  if (target.refused) throw new Error(`refusing to publish the report: ${target.refused}`);
  const hint = ctx.runUrl ? `The full report is in the [job summary](${ctx.runUrl}); the result files are in the run's artifacts if the workflow uploads them.` : "The full report is in the job summary of this run.";
  const commentBody = renderReport(
    { entries, decision },
    { title, footer, unit: "chars", limit: stickyBodyBudget(reportId), fullReportHint: hint }
  );
  if (commentBody.level > 0) {
    info(
      `The comment was shortened to ${commentBody.markdown.length} characters (level ${commentBody.level}).`
    );
  }
  if (comment && target.pr && client && target.owner && target.repo) {
    try {
      const res = await upsertStickyComment(client, {
        owner: target.owner,
        repo: target.repo,
        issueNumber: target.pr,
        reportId,
        body: commentBody.markdown,
        history
      });
      setOutput("comment-url", res.url);
      info(
        `${res.action === "created" ? "Created" : "Updated"} the report comment: ${res.url}`
      );
    } catch (err) {
      if (!isForbidden(err)) throw err;
      warning(permissionHelp("comment", err, target.fork));
    }
  } else if (comment) {
    info(
      !target.pr ? "No pull request in this event: no comment, the report is in the job summary." : "No github-token: no comment, the report is in the job summary."
    );
  }
  if (status && target.sha && client && target.owner && target.repo) {
    try {
      await setCommitStatus(client, {
        owner: target.owner,
        repo: target.repo,
        sha: target.sha,
        state: statusState(decision),
        context: statusContext,
        // GitHub allows 140; stay under it.
        description: truncate(`${decision.verdict}: ${decision.reason}`, 139),
        targetUrl: ctx.runUrl
      });
    } catch (err) {
      if (!isForbidden(err)) throw err;
      warning(permissionHelp("status", err, target.fork));
    }
  }
  if (decision.override?.accepted) warning(`modelgate: ${decision.override.message}`);
  else if (decision.override && decision.override.message && (decision.override.actor || override?.error)) {
    warning(`modelgate: ${decision.override.message}`);
  }
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
