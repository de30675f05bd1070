import { c as compareTextRows, b as compareCut, d as compareBody, s as strictCompareStatus, e as baselineText, f as compareView, n as needsAttention, g as deriveCompare, h as resolveRules, r as runCompare } from './chunk-text-rows.js';
import { I as ICON, s as statusLabel, c as compactNumber } from './chunk-format.js';
import { e as esc, p as plain } from './chunk-escape.js';
import { f as formatProblem } from './chunk-adjust.js';
import { r as resultFileName } from './chunk-paths.js';
import { T as TERMINAL_MARK } from './chunk-result.js';

function label(status) {
  return status === "skip" ? `${ICON.skip} not gated` : statusLabel(status);
}
function formatNumber(x) {
  if (x === null || x === void 0) return "\u2013";
  return compactNumber(x, { digits: 4, small: 1e-4, large: 1e6, expDigits: 2 });
}
function signed(x) {
  if (x === null) return "\u2013";
  return x > 0 ? `+${formatNumber(x)}` : formatNumber(x);
}
function deltaCell(r, hasBaseline) {
  if (r.delta === null) {
    if (!hasBaseline) return "\u2013";
    return r.presence === "added" ? "new" : r.presence === "removed" ? "gone" : "\u2013";
  }
  if (!r.direction && r.baseline !== null && r.candidate !== null) {
    const raw = r.candidate - r.baseline;
    return raw === 0 ? "\xB10" : `${raw > 0 ? "\u2191" : "\u2193"}${formatNumber(Math.abs(raw))}`;
  }
  let text = signed(r.delta);
  if (r.relDelta !== null)
    text += ` (${r.relDelta > 0 ? "+" : ""}${formatNumber(r.relDelta * 100)}%)`;
  if (r.ci) text += ` CI [${formatNumber(r.ci[0])}, ${formatNumber(r.ci[1])}]`;
  if (r.mde !== void 0) text += ` MDE ${formatNumber(r.mde)}`;
  return text;
}
function baselineLine(result) {
  const b = result.details.baseline;
  const parts = [`**Baseline:** ${esc(b.source)}`];
  if (b.path) parts.push(esc(b.path, { max: 200 }));
  if (b.ref) parts.push(`ref ${esc(b.ref, { max: 100 })}`);
  if (b.sha) parts.push(`commit ${esc(b.sha.slice(0, 12))}`);
  if (b.workflow) parts.push(`workflow ${esc(b.workflow, { max: 100 })}`);
  if (b.runId !== void 0) parts.push(`run ${esc(b.runId)}`);
  if (b.artifact) parts.push(`artifact ${esc(b.artifact, { max: 100 })}`);
  if (b.examples) parts.push(`examples ${esc(b.examples, { max: 200 })}`);
  if (b.note) parts.push(`(${esc(b.note, { max: 300 })})`);
  return parts.join(" \xB7 ");
}
const MAX_SUMMARY_ROWS = 200;
function compareSummaryMarkdown(result) {
  const { details } = result;
  const lines = [];
  lines.push(`### ${label(result.status)} ${esc(result.title, { max: 200 })}`);
  lines.push("");
  lines.push(esc(result.summary, { max: 1e3 }));
  lines.push("");
  lines.push(baselineLine(result));
  lines.push("");
  const rows = [
    ...details.metrics.filter((r) => r.gated),
    ...details.metrics.filter((r) => !r.gated)
  ];
  if (rows.length > 0) {
    lines.push("| Metric | Baseline | Candidate | \u0394 | Rule | Status |");
    lines.push("| --- | ---: | ---: | ---: | --- | --- |");
    for (const r of rows.slice(0, MAX_SUMMARY_ROWS)) {
      const name = r.slice ? `${esc(r.name, { max: 80 })} \\[${esc(r.slice.key, { max: 40 })}=${esc(r.slice.value, { max: 40 })}\\]` : esc(r.name, { max: 100 });
      const status = r.reason ? `${label(r.status)}: ${esc(r.reason, { max: 200 })}` : label(r.status);
      lines.push(
        `| ${name} | ${formatNumber(r.baseline)} | ${formatNumber(r.candidate)} | ${deltaCell(r, details.baseline.source !== "none")} | ${esc(r.rule ?? "", { max: 120 })} | ${status} |`
      );
    }
    lines.push("");
    lines.push(
      "\u0394: change from baseline to candidate, positive = better; \u2191/\u2193: change of a metric with no direction set."
    );
    if (rows.length > MAX_SUMMARY_ROWS) {
      lines.push(`\u2026 ${rows.length - MAX_SUMMARY_ROWS} more rows in the result file.`);
    }
  }
  if (details.examples) {
    const e = details.examples;
    lines.push("");
    lines.push(
      `Per-example statistics: ${e.n} paired examples, ${e.resamples} resamples, seed ${e.seed}, ${formatNumber(e.confidence * 100)}% intervals, correction ${e.correction}` + (e.ciConfidence !== void 0 && e.ciConfidence !== e.confidence ? ` (gated intervals at ${formatNumber(e.ciConfidence * 100)}% across ${e.family ?? "?"} tests)` : "") + (e.candidateOnly || e.baselineOnly ? `; ${e.candidateOnly} ids in the candidate only, ${e.baselineOnly} in the baseline only` : "")
    );
  }
  for (const p of (result.errors ?? []).slice(0, 10)) {
    const where = [p.file, p.line].filter((x) => x !== void 0).join(":");
    lines.push("");
    lines.push(
      `> \u26D4 ${esc(where, { max: 200 })}${p.key ? ` ${esc(p.key, { max: 100 })}` : ""}: ${esc(p.message, { max: 300 })}`
    );
  }
  return lines.join("\n") + "\n";
}

function compareText(result) {
  const lines = [`${result.status.toUpperCase()} ${plain(result.id)}: ${plain(result.summary)}`];
  if (result.details.metrics.length > 0) lines.push("", table(result));
  return lines;
}
function table(result) {
  const rows = result.details.metrics.map((r) => [
    plain(r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name, { max: 60 }),
    formatNumber(r.baseline),
    formatNumber(r.candidate),
    r.delta === null ? "-" : `${r.delta > 0 ? "+" : ""}${formatNumber(r.delta)}`,
    TERMINAL_MARK[r.status],
    plain(r.reason ?? "", { max: 100 })
  ]);
  const head = ["metric", "baseline", "candidate", "delta", "status", "why"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ");
  return [line(head), ...rows.map(line)].join("\n");
}
function plan(raw) {
  const entry = raw;
  resolveRules(entry);
  return {
    id: entry.id,
    ...entry.title ? { title: entry.title } : {},
    file: entry.candidate ?? entry.examples?.candidate ?? "",
    run: ({ root, context, provider }) => runCompare(entry, { workspace: root, context, ...provider ? { provider } : {} })
  };
}
function rowAnnotations(result) {
  const title = `modelgate compare ${result.id}`;
  const annotations = result.details.metrics.filter((m) => m.gated && (m.status === "fail" || m.status === "warn")).map((r) => {
    const name = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
    const level = r.status === "fail" ? "error" : "warning";
    return { level, title, message: `${name}: ${r.reason ?? r.status}` };
  });
  return { annotations, more: 0 };
}
const compareKind = {
  name: "compare",
  resultFileName: (id) => resultFileName("compare", id),
  plan,
  planErrorKey: ["metrics"],
  failedDetails: (candidate) => ({
    candidate: { path: candidate },
    baseline: { source: "none" },
    metrics: []
  }),
  deriveStatus: (details, problems) => deriveCompare(details, problems),
  strictStatus: strictCompareStatus,
  report: {
    markdown: compareBody,
    cut: compareCut,
    text: compareTextRows,
    rows: (result) => {
      const metrics = compareView(result.details).metrics;
      const attention = metrics.filter(needsAttention).length;
      return { attention, passing: metrics.length - attention };
    },
    hasDeltas: (result) => compareView(result.details).metrics.length > 0,
    footer: { label: "baseline", note: (r) => baselineText(compareView(r.details).baseline) },
    // A comparison names the file and key in the text too.
    problemText: formatProblem,
    annotations: rowAnnotations,
    // Its errors may name the baseline's copy at another commit: no line of this checkout.
    localErrorFiles: true
  }
};

export { compareText as a, compareKind as b, compareSummaryMarkdown as c };
