import { p as plain, e as esc, t as truncate } from './chunk-escape.js';
import { d as worstStatus, b as worseFirst } from './chunk-result.js';
import { t as table } from './chunk-text-rows.js';
import { s as statusLabel, I as ICON } from './chunk-format.js';
import { o as orderEntries, r as renderReport, S as SUMMARY_LIMIT } from './chunk-render.js';
import { e as errorAnnotations, v as violationAnnotations, l as lineAnnotation } from './chunk-annotations.js';

function gateItems(entries) {
  return entries.map(
    (e) => e.ok ? { id: e.result.id, status: e.result.status } : { id: e.path, status: "error" }
  );
}
const WRITE_PERMISSIONS = ["admin", "maintain", "write"];
function isBlocking(status, failOn) {
  return status === "fail" || status === "error" || failOn === "warn" && status === "warn";
}
function gateBlocks(items, failOn) {
  return items.length === 0 || items.some((i) => isBlocking(i.status, failOn));
}
function list(ids, max = 5) {
  const shown = ids.slice(0, max).join(", ");
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function evaluateOverride(evidence) {
  const { label, actor, at, permission } = evidence;
  const base = { label, actor, at, permission };
  const who = actor ? plain(actor, { max: 60 }) : "an unknown user";
  if (evidence.error) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' could not be checked (${plain(evidence.error, { max: 200 })}); ignored`
    };
  }
  if (!evidence.present) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is not on the pull request`
    };
  }
  if (!actor) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is present but no 'labeled' event says who applied it; ignored`
    };
  }
  if (!permission || !WRITE_PERMISSIONS.includes(permission)) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' applied by ${who} ignored: ${who} has ${permission ?? "no"} access, an override needs write, maintain or admin`
    };
  }
  const stale = staleForCommit(evidence, who);
  if (stale) return { ...base, accepted: false, message: stale };
  return {
    ...base,
    accepted: true,
    message: `accepted by override label '${label}', applied by ${who} (${permission})${at ? ` at ${at}` : ""}`
  };
}
function staleForCommit(evidence, who) {
  if (evidence.scope !== "commit" || evidence.appliedOnHead) return void 0;
  const { label, at, headSeenAt } = evidence;
  const head = evidence.headSha ? `head commit ${evidence.headSha.slice(0, 7)}` : "the head commit";
  const again = "remove and apply the label again to accept this commit";
  if (!headSeenAt || !at) {
    return `override label '${label}' applied by ${who} cannot be tied to ${head} (no commit status says when it arrived); ${again}`;
  }
  if (Date.parse(at) > Date.parse(headSeenAt)) return void 0;
  return `override label '${label}' applied by ${who} at ${at} predates ${head} (first seen ${headSeenAt}); an override covers the commit it was applied on: ${again}`;
}
function decideGate(input) {
  const { items, failOn } = input;
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const i of items) counts[i.status]++;
  const raw = items.length === 0 ? "error" : worstStatus(items.map((i) => i.status));
  const ordered = [...items].sort((a, b) => worseFirst(a.status, b.status));
  const blocking = ordered.filter((i) => isBlocking(i.status, failOn)).map((i) => i.id);
  const warnedIds = ordered.filter((i) => i.status === "warn").map((i) => i.id);
  const total = plural(items.length, "check");
  let reason;
  if (items.length === 0) reason = "no results to gate";
  else if (counts.fail + counts.error > 0) {
    const bad = ordered.filter((i) => i.status === "fail" || i.status === "error");
    reason = `${bad.length} of ${total} failed: ${list(bad.map((i) => `${i.id} (${i.status})`))}`;
    if (failOn === "warn" && warnedIds.length)
      reason += `; ${warnedIds.length} warned with fail-on warn`;
  } else if (counts.warn > 0) {
    reason = failOn === "warn" ? `${warnedIds.length} of ${total} warned and fail-on is warn: ${list(warnedIds)}` : `${warnedIds.length} of ${total} warned: ${list(warnedIds)}`;
  } else reason = `all ${total} passed`;
  const blocks = items.length === 0 || blocking.length > 0;
  let verdict = raw;
  let failed = blocks;
  let override;
  if (blocks && input.override) {
    override = evaluateOverride(input.override);
    if (override.accepted) {
      verdict = "warn";
      failed = false;
    }
    if (input.override.present || input.override.error) reason += `; ${override.message}`;
  }
  return {
    verdict,
    raw,
    failed,
    warned: counts.warn > 0 || override?.accepted === true,
    reason: plain(reason),
    counts,
    blocking,
    override
  };
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

function settingsFromConfig(config, overrides = {}) {
  const { report, gate } = config;
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, v]) => v !== void 0)
  );
  return {
    reportId: report.id,
    statusContext: report.status_context,
    comment: report.comment === true ? "always" : report.comment === false ? "never" : report.comment,
    status: true,
    history: report.history,
    summary: report.summary,
    ...report.max_comment_chars !== void 0 ? { maxCommentChars: report.max_comment_chars } : {},
    ...report.comment_author ? { commentAuthor: report.comment_author } : {},
    failOn: gate.fail_on,
    overrideLabel: gate.override_label ?? "",
    overrideScope: gate.override_scope,
    errorIs: gate.error_is,
    ...defined
  };
}
function applyErrorIs(items, errorIs) {
  if (errorIs === "fail") return items;
  return items.map((i) => i.status === "error" ? { ...i, status: "warn" } : i);
}

const CHECK_SUMMARY_LIMIT = 65535;
const MAX_CHECK_ANNOTATIONS = 500;
const TITLE_MAX = 255;
const NOTE_ROOM = 400;
function defaultCheckRunName(reportId) {
  return reportId === "modelgate" ? "modelgate report" : `modelgate report (${reportId})`;
}
function conclusionOf(decision) {
  if (decision.failed) return "failure";
  return decision.verdict === "warn" ? "neutral" : "success";
}
function checkAnnotations(entries, max = MAX_CHECK_ANNOTATIONS) {
  const results = entries.flatMap((e) => e.ok ? [e.result] : []).sort((a, b) => worseFirst(a.status, b.status));
  const annotations = results.flatMap(errorAnnotations);
  let omitted = Math.max(0, annotations.length - max);
  annotations.length = Math.min(annotations.length, max);
  for (const r of results) {
    const picked = violationAnnotations(r, max - annotations.length);
    annotations.push(...picked.annotations);
    omitted += picked.more;
  }
  return { annotations, omitted };
}
function planCheckRun(input) {
  const { decision } = input;
  const { annotations, omitted } = checkAnnotations(input.entries);
  const note = annotationNote(annotations.length, omitted);
  const report = input.render(CHECK_SUMMARY_LIMIT - NOTE_ROOM);
  return {
    name: input.name,
    headSha: input.headSha,
    conclusion: conclusionOf(decision),
    title: plain(`${decision.verdict}: ${decision.reason}`, { max: TITLE_MAX }),
    summary: `${report}

${note}
`,
    annotations,
    omitted
  };
}
function planConfigCheckRun(input) {
  const located = input.problems.flatMap(
    (p) => lineAnnotation(p.file, p.line, "failure", "modelgate config", p.text) ?? []
  );
  const annotations = located.slice(0, MAX_CHECK_ANNOTATIONS);
  const omitted = input.problems.length - annotations.length;
  const lines = [`### \u26D4 config error: ${esc(input.message)}`, ""];
  let size = lines.join("\n").length + NOTE_ROOM;
  for (const p of input.problems) {
    const line = `- ${esc(p.text, { max: 1e3 })}`;
    if ((size += line.length + 1) > CHECK_SUMMARY_LIMIT) break;
    lines.push(line);
  }
  lines.push("", annotationNote(annotations.length, omitted), "");
  return {
    name: input.name,
    headSha: input.headSha,
    conclusion: "failure",
    title: plain(`error: ${input.message}`, { max: TITLE_MAX }),
    summary: lines.join("\n"),
    annotations,
    omitted
  };
}
function annotationNote(annotated, omitted) {
  const n = (k) => k.toLocaleString("en-US");
  if (annotated === 0 && omitted === 0) return "No result points at a line of a file.";
  const shown = annotated === 0 ? "No line annotations" : `${n(annotated)} line annotation${annotated === 1 ? "" : "s"} (Files changed tab)`;
  return omitted > 0 ? `${shown}; ${n(omitted)} more located problem${omitted === 1 ? " is" : "s are"} in the result files.` : `${shown}.`;
}

const COMMENT_MODES = ["always", "on-failure", "never"];
const OVERRIDE_SCOPES = ["commit", "pr"];
const STATUS_DESCRIPTION_MAX = 139;
const SUMMARY_MARGIN = 4096;
function itemsOf(entries, errorIs) {
  return applyErrorIs(gateItems(entries), errorIs);
}
function localSettings(role, o) {
  return {
    role,
    reportId: "modelgate",
    comment: "always",
    status: false,
    statusContext: "modelgate",
    failOn: o.failOn,
    errorIs: o.errorIs ?? "fail",
    overrideLabel: "",
    overrideScope: "commit",
    summary: false,
    commentLimit: o.commentLimit ?? Infinity
  };
}
function publishSettings(s, role, commentLimit) {
  return {
    role,
    reportId: s.reportId,
    comment: s.comment,
    status: s.status,
    statusContext: s.statusContext,
    failOn: s.failOn,
    errorIs: s.errorIs,
    overrideLabel: s.overrideLabel,
    overrideScope: s.overrideScope,
    summary: s.summary,
    commentLimit,
    ...s.checkRun ? { checkRunName: s.checkRunName || defaultCheckRunName(s.reportId) } : {}
  };
}
function needsOverrideEvidence(entries, s) {
  return s.overrideLabel !== "" && gateBlocks(itemsOf(entries, s.errorIs), s.failOn);
}
function reportTitle(reportId) {
  return reportId === "modelgate" ? "modelgate" : `modelgate (${reportId})`;
}
function planPublish(input) {
  const { entries, settings: s, target } = input;
  const decision = decideGate({
    items: itemsOf(entries, s.errorIs),
    failOn: s.failOn,
    override: input.override
  });
  const publishes = s.role !== "gate";
  const warnings = [
    ...publishes ? target.notes : [],
    ...overrideWarnings(decision, input.override)
  ];
  let failure;
  if (publishes && target.refused) failure = `refusing to publish the report: ${target.refused}`;
  else if (s.role !== "report" && decision.failed) failure = `modelgate gate: ${decision.reason}`;
  return {
    decision,
    summary: summaryOf(input, decision),
    comment: publishes ? commentOf(input, decision) : { action: "none" },
    status: publishes && s.status && target.sha && !target.refused ? statusOf(decision) : void 0,
    checkRun: publishes ? checkRunOf(input, decision) : void 0,
    outputs: outputsOf(s.role, decision),
    warnings,
    failure
  };
}
function overrideWarnings(decision, evidence) {
  const o = decision.override;
  if (!o) return [];
  if (o.accepted || o.message && (o.actor || evidence?.error)) return [`modelgate: ${o.message}`];
  return [];
}
function statusOf(decision) {
  const state = !decision.failed ? "success" : decision.verdict === "error" ? "error" : "failure";
  return {
    state,
    description: truncate(`${decision.verdict}: ${decision.reason}`, STATUS_DESCRIPTION_MAX)
  };
}
function statusWithCommentFailure(status) {
  const note = " (PR comment failed: see the job log)";
  return {
    state: status.state,
    description: truncate(status.description, STATUS_DESCRIPTION_MAX - note.length) + note
  };
}
function planConfigError(message, sha, checkRun) {
  const decision = decideGate({ items: [], failOn: "fail" });
  const reason = truncate(message, 300);
  return {
    decision: { ...decision, reason },
    comment: { action: "none" },
    status: sha ? {
      state: "error",
      description: truncate(
        `config error: ${reason}; see the job log annotations`,
        STATUS_DESCRIPTION_MAX
      )
    } : void 0,
    ...checkRun && sha ? { checkRun: planConfigCheckRun({ ...checkRun, headSha: sha, message: reason }) } : {},
    outputs: { passed: "false", failed: "true", verdict: "error", reason },
    warnings: [],
    failure: message
  };
}
function outputsOf(role, d) {
  const out = {};
  const output = (name, value) => out[name] = value;
  output("verdict", d.verdict);
  if (role === "report") return out;
  output("failed", String(d.failed));
  output("warned", String(d.warned));
  output("reason", d.reason);
  if (role === "all") output("passed", String(!d.failed));
  if (d.override?.accepted) {
    output("override-by", d.override.actor ?? "");
    output("override-at", d.override.at ?? "");
  }
  return out;
}
function footerOf(input) {
  return { commit: input.target.sha, runUrl: input.runUrl, version: input.version };
}
function summaryOf(input, decision) {
  const { settings: s, target, entries } = input;
  if (s.role === "gate") {
    return s.summary ? gateSummaryMarkdown(
      gateLines(decision, input.override),
      entries,
      SUMMARY_LIMIT - SUMMARY_MARGIN
    ) : void 0;
  }
  if (!s.summary && !target.refused) return void 0;
  const full = renderReport(
    { entries, decision, rules: input.rules },
    {
      title: reportTitle(s.reportId),
      footer: footerOf(input),
      unit: "bytes",
      limit: SUMMARY_LIMIT - SUMMARY_MARGIN,
      fullReportHint: "The full details are in the result files."
    }
  ).markdown;
  return target.refused ? `> \u26D4 **Not published:** ${target.refused}. The results below come from an untrusted run and were not posted to any pull request.

${full}` : full;
}
function gateLines(decision, evidence) {
  const lines = [
    `### ${ICON[decision.verdict]} modelgate gate: ${decision.verdict} \xB7 ${esc(decision.reason)}`
  ];
  const o = decision.override;
  if (o?.accepted) {
    lines.push(
      `> ${ICON.warn} **Overridden** by ${esc(o.actor)} at ${esc(o.at)} with label ${esc(o.label)}: the failure is accepted, not fixed.`
    );
  } else if (o && (o.actor || evidence?.error)) {
    lines.push(`> ${ICON.warn} **Override ignored.** ${esc(o.message)}.`);
  }
  return lines;
}
function checkRunOf(input, decision) {
  const { settings: s, target } = input;
  if (s.checkRunName === void 0 || !target.sha || target.refused) return void 0;
  return planCheckRun({
    entries: input.entries,
    decision,
    name: s.checkRunName,
    headSha: target.sha,
    render: (limit) => reportMarkdown(input, decision, limit).markdown
  });
}
function reportMarkdown(input, decision, limit) {
  const hint = input.fullReportHint ?? (input.runUrl ? `The full report is in the [job summary](${input.runUrl}); the result files are in the run's artifacts if the workflow uploads them.` : "The full report is in the job summary of this run.");
  return renderReport(
    { entries: input.entries, decision, rules: input.rules },
    {
      title: reportTitle(input.settings.reportId),
      footer: footerOf(input),
      unit: "chars",
      limit,
      fullReportHint: hint
    }
  );
}
function commentOf(input, decision) {
  const { settings: s, target } = input;
  if (s.comment === "never") return { action: "none", why: "comments are switched off" };
  if (target.refused) return { action: "none" };
  if (s.comment === "on-failure" && !decision.failed) {
    return { action: "edit-existing", body: passingNowBody(input, decision), shortened: 0 };
  }
  const rendered = reportMarkdown(input, decision, s.commentLimit);
  return { action: "post", body: rendered.markdown, shortened: rendered.level };
}
function passingNowBody(input, decision) {
  const title = reportTitle(input.settings.reportId);
  const commit = input.target.sha ? ` at commit \`${input.target.sha.slice(0, 7)}\`` : "";
  const where = input.runUrl ? `the [job summary](${input.runUrl}) has the full report` : "the job summary has the full report";
  return `### ${ICON[decision.verdict]} ${title}: ${decision.verdict} \xB7 ${esc(decision.reason)}

The gate passes now${commit}; this comment is only kept up to date while it fails, and ${where}.
`;
}

export { COMMENT_MODES as C, OVERRIDE_SCOPES as O, applyErrorIs as a, publishSettings as b, statusWithCommentFailure as c, defaultCheckRunName as d, planConfigError as e, localSettings as l, needsOverrideEvidence as n, planPublish as p, reportTitle as r, settingsFromConfig as s };
