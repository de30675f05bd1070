import { S as STATUS_RANK } from './chunk-result.js';

function parseThreshold(raw, key) {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0)
      throw new Error(`${key}: must be a number \u2265 0, got ${raw}`);
    return { kind: "absolute", value: raw, text: String(raw) };
  }
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(raw);
  if (!m) throw new Error(`${key}: must be a number (absolute) or "x%" (relative), got '${raw}'`);
  return { kind: "relative", value: Number(m[1]) / 100, text: `${m[1]}%` };
}
function resolveRule(direction, bounds, key, inherited = { severity: "fail", missing: "fail" }) {
  const num = (v, k) => {
    if (v === void 0) return void 0;
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new Error(`${key}.${k}: must be a number`);
    return v;
  };
  const rule = {
    direction,
    severity: bounds.severity ?? inherited.severity,
    missing: bounds.missing ?? inherited.missing,
    nonInferiority: bounds.non_inferiority ?? false
  };
  const min = num(bounds.min, "min");
  const max = num(bounds.max, "max");
  if (min !== void 0) rule.min = min;
  if (max !== void 0) rule.max = max;
  if (min !== void 0 && max !== void 0 && min > max) {
    throw new Error(`${key}: min (${min}) is above max (${max})`);
  }
  if (bounds.max_drop !== void 0)
    rule.maxDrop = parseThreshold(bounds.max_drop, `${key}.max_drop`);
  if (bounds.min_gain !== void 0)
    rule.minGain = parseThreshold(bounds.min_gain, `${key}.min_gain`);
  return rule;
}
function describeRule(rule) {
  const parts = [`${rule.direction} is better`];
  if (rule.min !== void 0) parts.push(`min ${rule.min}`);
  if (rule.max !== void 0) parts.push(`max ${rule.max}`);
  if (rule.maxDrop)
    parts.push(`${rule.nonInferiority ? "non-inferior within" : "max_drop"} ${rule.maxDrop.text}`);
  if (rule.minGain) parts.push(`min_gain ${rule.minGain.text}`);
  if (rule.severity === "warn") parts.push("warn only");
  return parts.join("; ");
}
function boundsOf(rule) {
  const t = (x) => x.kind === "absolute" ? x.value : x.text;
  return {
    ...rule.min !== void 0 ? { min: rule.min } : {},
    ...rule.max !== void 0 ? { max: rule.max } : {},
    ...rule.maxDrop ? { max_drop: t(rule.maxDrop) } : {},
    ...rule.minGain ? { min_gain: t(rule.minGain) } : {},
    missing: rule.missing
  };
}
function needsBaseline(rule) {
  return rule.maxDrop !== void 0 || rule.minGain !== void 0;
}
function orientedDelta(candidate, baseline, direction) {
  return direction === "lower" ? baseline - candidate : candidate - baseline;
}
function slack(...values) {
  return 1e-9 * Math.max(1, ...values.map(Math.abs));
}
function fmt(x) {
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return x.toExponential(3);
  return String(Number(x.toPrecision(6)));
}
function pct(x) {
  return `${fmt(x * 100)}%`;
}
const policyStatus = (p) => p;
function evaluateRow(input) {
  const { name, slice, rule, candidate: c, baseline: b } = input;
  const cPresent = c.state !== "missing";
  const bPresent = b.state !== "missing";
  const cValue = c.state === "value" ? c.value : null;
  const bValue = b.state === "value" ? b.value : null;
  const delta = cValue !== null && bValue !== null ? orientedDelta(cValue, bValue, rule?.direction) : null;
  const relDelta = delta !== null && bValue !== null && bValue !== 0 ? delta / Math.abs(bValue) : null;
  const row = {
    name,
    ...slice ? { slice } : {},
    presence: !cPresent ? "removed" : bPresent ? "both" : "added",
    baseline: bValue,
    candidate: cValue,
    delta,
    relDelta,
    gated: rule !== void 0,
    status: "pass",
    source: "metrics"
  };
  if (rule) {
    row.direction = rule.direction;
    row.rule = describeRule(rule);
    row.severity = rule.severity;
    row.bounds = boundsOf(rule);
  }
  const invalid = [];
  if (c.state === "invalid") invalid.push(`candidate value is ${c.problem}`);
  if (b.state === "invalid") invalid.push(`baseline value is ${b.problem}`);
  if (invalid.length > 0) {
    return { ...row, status: "error", reason: invalid.join("; ") };
  }
  if (!rule) {
    const reason = row.presence === "added" ? input.baselineAvailable ? "new: not in the baseline; no rule" : "no rule" : row.presence === "removed" ? "gone: in the baseline only; no rule" : "no rule";
    return { ...row, status: "skip", reason };
  }
  const outcomes = checkRule(rule, cValue, bValue, input);
  const worst = outcomes.reduce(
    (acc, o) => !acc || rank(o.status) > rank(acc.status) ? o : acc,
    void 0
  );
  if (!worst || worst.status === "pass") {
    const notes = outcomes.filter((o) => o.reason).map((o) => o.reason);
    return {
      ...row,
      status: "pass",
      reason: notes.length > 0 ? notes.join("; ") : "within the rule"
    };
  }
  const reasons = outcomes.filter((o) => o.status !== "pass").map((o) => o.reason);
  return { ...row, status: worst.status, reason: reasons.join("; ") };
}
function rank(s) {
  return s === "skip" ? -1 : STATUS_RANK[s];
}
function checkRule(rule, c, b, input) {
  if (c === null) {
    const where = b === null && input.baselineAvailable ? "the candidate and the baseline" : "the candidate";
    return [
      {
        status: policyStatus(rule.missing),
        reason: `missing from ${where} (missing: ${rule.missing})`
      }
    ];
  }
  const out = [];
  const violated = (reason) => out.push({ status: rule.severity, reason });
  if (rule.min !== void 0 && c < rule.min - slack(c, rule.min))
    violated(`${fmt(c)} is below min ${rule.min}`);
  if (rule.max !== void 0 && c > rule.max + slack(c, rule.max))
    violated(`${fmt(c)} is above max ${rule.max}`);
  if (!needsBaseline(rule)) return out;
  const baselineRules = [rule.maxDrop && "max_drop", rule.minGain && "min_gain"].filter(Boolean).join(" and ");
  if (!input.baselineAvailable) {
    out.push({
      status: policyStatus(input.missingBaseline),
      reason: `no baseline: ${baselineRules} not checked (missing_baseline: ${input.missingBaseline})`
    });
    return out;
  }
  if (b === null) {
    out.push({
      status: policyStatus(rule.missing),
      reason: `missing from the baseline: ${baselineRules} not checked (missing: ${rule.missing})`
    });
    return out;
  }
  const delta = orientedDelta(c, b, rule.direction);
  const check = (t, kind) => {
    const bound = kind === "max_drop" ? -t.value : t.value;
    if (t.kind === "relative") {
      if (b === 0) {
        out.push({
          status: "error",
          reason: `relative rule unusable with a baseline of 0 (${kind} ${t.text})`
        });
        return;
      }
      const rel = delta / Math.abs(b);
      if (rel < bound - slack(rel, bound)) {
        violated(
          kind === "max_drop" ? `worse by ${pct(-rel)} (${fmt(b)} \u2192 ${fmt(c)}), max_drop ${t.text}` : `gain ${pct(rel)} (${fmt(b)} \u2192 ${fmt(c)}) is below min_gain ${t.text}`
        );
      }
      return;
    }
    if (delta < bound - slack(c, b, bound)) {
      violated(
        kind === "max_drop" ? `worse by ${fmt(-delta)} (${fmt(b)} \u2192 ${fmt(c)}), max_drop ${t.text}` : `gain ${fmt(delta)} (${fmt(b)} \u2192 ${fmt(c)}) is below min_gain ${t.text}`
      );
    }
  };
  if (rule.maxDrop) check(rule.maxDrop, "max_drop");
  if (rule.minGain) check(rule.minGain, "min_gain");
  return out;
}

export { evaluateRow as e, parseThreshold as p, resolveRule as r };
