import { D as DEFAULT_CONFIG_PATH } from './chunk-paths.js';
import { s as selectEntry } from './chunk-select.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, loadConfigPart } from './chunk-load.js';
import { I as ICON, s as statusLabel, d as compactNumber } from './chunk-format.js';
import { e as esc } from './chunk-escape.js';

const INLINE_ONLY = [
  "candidate",
  "baseline",
  "baselineSource",
  "baselineWorkflow",
  "baselineArtifact",
  "rules"
];
const FLAG = {
  candidate: "candidate",
  baseline: "baseline",
  baselineSource: "baseline-source",
  baselineWorkflow: "baseline-workflow",
  baselineArtifact: "baseline-artifact",
  rules: "rules"
};
function compareEntryFrom(inputs, workspace) {
  if (!inputs.config && !inputs.candidate) {
    const fallback = join(workspace, DEFAULT_CONFIG_PATH);
    if (existsSync(fallback)) inputs = { ...inputs, config: fallback };
  }
  if (inputs.config) {
    const clash = INLINE_ONLY.filter((k) => inputs[k]);
    if (clash.length > 0) {
      throw new Error(
        `give either config (with id) or inline ${clash.map((k) => FLAG[k]).join(", ")}, not both`
      );
    }
    const { config } = loadConfig(inputs.config, { root: workspace });
    const entries = config.compare;
    const entry2 = selectEntry(entries, inputs.id, {
      kind: "compare",
      configName: inputs.config,
      idName: "id"
    });
    return inputs.missingBaseline ? { ...entry2, missing_baseline: inputs.missingBaseline } : entry2;
  }
  if (!inputs.candidate) {
    throw new Error(
      `give config (and id) or candidate and rules (no ${DEFAULT_CONFIG_PATH} in the workspace)`
    );
  }
  if (!inputs.rules)
    throw new Error(
      "rules are required with an inline candidate (a YAML or JSON map of metric rules)"
    );
  const metrics = loadConfigPart(
    inputs.rules,
    "config-compare.schema.json#/properties/metrics",
    "input rules"
  );
  const entry = {
    id: inputs.id || "compare",
    ...inputs.title ? { title: inputs.title } : {},
    candidate: inputs.candidate,
    metrics,
    ...inputs.missingBaseline ? { missing_baseline: inputs.missingBaseline } : {}
  };
  const source = inputs.baselineSource ?? "file";
  if (source !== "artifact" && (inputs.baselineWorkflow || inputs.baselineArtifact)) {
    throw new Error("baseline-workflow and baseline-artifact go with baseline-source: artifact");
  }
  if (source === "file" && inputs.baseline) entry.baseline = { path: inputs.baseline };
  if (source === "base-branch") {
    entry.baseline = { base_branch: true, path: inputs.baseline || inputs.candidate };
  }
  if (source === "artifact") {
    if (!inputs.baselineWorkflow || !inputs.baselineArtifact) {
      throw new Error("baseline-source artifact needs baseline-workflow and baseline-artifact");
    }
    entry.baseline = {
      artifact: {
        workflow: inputs.baselineWorkflow,
        name: inputs.baselineArtifact,
        path: inputs.baseline || inputs.candidate
      }
    };
  }
  return loadConfigPart(entry, "compare", "inputs");
}

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

export { compareSummaryMarkdown as a, compareEntryFrom as c, formatNumber as f };
