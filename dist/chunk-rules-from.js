import { p as parseThreshold$1 } from './chunk-threshold.js';
import { c as compactNumber } from './chunk-format.js';
import { c as STATUS_RANK } from './chunk-result.js';
import { e as errorFunction } from './chunk-simple-statistics.js';

function twoSidedP(z) {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, 1 - errorFunction(Math.abs(z) / Math.SQRT2));
}
const A = [
  -39.69683028665376,
  220.9460984245205,
  -275.9285104469687,
  138.357751867269,
  -30.66479806614716,
  2.506628277459239
];
const B = [
  -54.47609879822406,
  161.5858368580409,
  -155.6989798598866,
  66.80131188771972,
  -13.28068155288572
];
const C = [
  -0.007784894002430293,
  -0.3223964580411365,
  -2.400758277161838,
  -2.549732539343734,
  4.374664141464968,
  2.938163982698783
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;
function acklam(p) {
  const [a0, a1, a2, a3, a4, a5] = A;
  const [b0, b1, b2, b3, b4] = B;
  const [c0, c1, c2, c3, c4, c5] = C;
  const [d0, d1, d2, d3] = D;
  if (p < P_LOW) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q2 + c1) * q2 + c2) * q2 + c3) * q2 + c4) * q2 + c5) / ((((d0 * q2 + d1) * q2 + d2) * q2 + d3) * q2 + 1);
  }
  if (p > 1 - P_LOW) {
    const q2 = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c0 * q2 + c1) * q2 + c2) * q2 + c3) * q2 + c4) * q2 + c5) / ((((d0 * q2 + d1) * q2 + d2) * q2 + d3) * q2 + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1)
    throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return acklam(p);
}

function zFor(confidence) {
  return normalQuantile(1 - (1 - confidence) / 2);
}
function unpairedInterval(delta, se) {
  const half = zFor(se.confidence) * Math.hypot(se.candidate, se.baseline);
  return [delta - half, delta + half];
}
const WARN_Z = zFor(0.8);
function fmt$1(x) {
  return String(Number(x.toPrecision(4)));
}
function decideWithStderr(delta, tolerance, se, rule) {
  const ci = unpairedInterval(delta, se);
  const level = `${fmt$1(se.confidence * 100)}%`;
  const where = `\u0394 ${fmt$1(delta)}, ${level} interval [${fmt$1(ci[0])}, ${fmt$1(ci[1])}] from the two standard errors (unpaired; per-example scores would make it tighter)`;
  const breach = (status) => rule.severity === "warn" ? "warn" : status;
  if (rule.nonInferiority) {
    return ci[0] >= -tolerance ? { status: "pass", reason: `non-inferior within ${rule.text}: ${where}`, ci } : {
      status: breach("fail"),
      reason: `not shown non-inferior within ${rule.text}: ${where}`,
      ci
    };
  }
  if (ci[1] < -tolerance)
    return { status: breach("fail"), reason: `worse beyond max_drop ${rule.text}: ${where}`, ci };
  const spread = Math.hypot(se.candidate, se.baseline);
  if (delta + WARN_Z * spread < -tolerance)
    return { status: "warn", reason: `likely worse beyond max_drop ${rule.text}: ${where}`, ci };
  return { status: "pass", reason: `within max_drop ${rule.text}: ${where}`, ci };
}

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
    missing: rule.missing,
    ...rule.nonInferiority ? { non_inferiority: true } : {}
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
  return compactNumber(x, { digits: 6, small: 1e-4, large: 1e6, expDigits: 3 });
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
  if (invalid.length > 0 && !rule)
    return { ...row, status: "skip", reason: `not gated: ${invalid.join("; ")}` };
  if (invalid.length > 0) {
    return { ...row, status: "error", reason: invalid.join("; ") };
  }
  const se = standardErrors(input);
  if (se && rule?.maxDrop) row.standardErrors = se;
  if (!rule) {
    const reason = row.presence === "added" ? input.baselineAvailable ? "new: not in the baseline; no rule" : "no rule" : row.presence === "removed" ? "gone: in the baseline only; no rule" : "no rule";
    return { ...row, status: "skip", reason };
  }
  const outcomes = checkRule(rule, cValue, bValue, input, row);
  const worst = outcomes.reduce(
    (acc, o) => !acc || STATUS_RANK[o.status] > STATUS_RANK[acc.status] ? o : acc,
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
function stderrOutcome(rule, t, delta, b, row) {
  const tolerance = t.kind === "relative" ? t.value * Math.abs(b) : t.value;
  const decided = decideWithStderr(delta, tolerance, row.standardErrors, {
    severity: rule.severity,
    nonInferiority: rule.nonInferiority,
    text: t.text
  });
  row.ci = decided.ci;
  row.test = "unpaired-z";
  return { status: decided.status, reason: decided.reason };
}
function standardErrors(input) {
  const { candidate: c, baseline: b } = input;
  if (c.state !== "value" || b.state !== "value") return void 0;
  if (c.stderr === void 0 || b.stderr === void 0) return void 0;
  return { candidate: c.stderr, baseline: b.stderr, confidence: input.confidence ?? 0.95 };
}
function checkRule(rule, c, b, input, row) {
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
  const withStderr = rule.maxDrop && row.standardErrors && !(rule.maxDrop.kind === "relative" && b === 0);
  if (withStderr) out.push(stderrOutcome(rule, rule.maxDrop, delta, b, row));
  else if (rule.maxDrop) check(rule.maxDrop, "max_drop");
  if (rule.minGain) check(rule.minGain, "min_gain");
  return out;
}

const LEVEL = { fail: 2, warn: 1, pass: 0 };
function stricterLevel(b, h, dflt) {
  return LEVEL[h ?? dflt] >= LEVEL[b ?? dflt] ? "head" : "base";
}
function bound(b, h, tighter) {
  if (b === void 0) return "head";
  if (h === void 0) return "base";
  return tighter(b, h) ? "head" : "base";
}
function sameKind(b, h, key) {
  return parseThreshold(b, key).kind === parseThreshold(h, key).kind;
}
function threshold(b, h, key, smaller) {
  if (!sameKind(b, h, key)) return false;
  const vb = parseThreshold(b, key).value;
  const vh = parseThreshold(h, key).value;
  return smaller ? vh <= vb : vh >= vb;
}
function mergeBounds(b, h, key, rec) {
  const out = { ...h };
  const set = (k, applied) => {
    const v = rec.pick(`${key}.${k}`, b[k], h[k], applied);
    if (v === void 0) delete out[k];
    else out[k] = v;
  };
  set(
    "min",
    bound(b.min, h.min, (x, y) => y >= x)
  );
  set(
    "max",
    bound(b.max, h.max, (x, y) => y <= x)
  );
  set(
    "max_drop",
    bound(b.max_drop, h.max_drop, (x, y) => threshold(x, y, `${key}.max_drop`, true))
  );
  set(
    "min_gain",
    bound(b.min_gain, h.min_gain, (x, y) => threshold(x, y, `${key}.min_gain`, false))
  );
  set("severity", stricterLevel(b.severity, h.severity, "fail"));
  set("missing", stricterLevel(b.missing, h.missing, "fail"));
  set("non_inferiority", "base");
  return out;
}

const DEFAULT_RULES_FROM = "stricter";
const show = (v) => v === void 0 ? void 0 : JSON.stringify(v);
const same = (a, b) => show(a) === show(b);
class Recorder {
  constructor(check) {
    this.check = check;
  }
  check;
  changes = [];
  /** Records a difference; returns the value that applies. */
  pick(key, base, head, applied) {
    if (same(base, head)) return head;
    this.changes.push({ check: this.check, key, base: show(base), head: show(head), applied });
    return applied === "base" ? base : head;
  }
}
function byId(list) {
  return new Map(list.map((e) => [e.id, e]));
}
function stricterRule(b, h, key, rec) {
  if (b.direction !== h.direction || !same(b.from, h.from)) return rec.pick(key, b, h, "base");
  const out = { ...h, ...mergeBounds(b, h, key, rec) };
  const slices = { ...h.slices };
  for (const [s, bs] of Object.entries(b.slices ?? {})) {
    const hs = h.slices?.[s];
    slices[s] = hs ? mergeBounds(bs, hs, `${key}.slices.${s}`, rec) : rec.pick(`${key}.slices.${s}`, bs, hs, "base");
  }
  if (Object.keys(slices).length) out.slices = slices;
  return out;
}
function stricterCompare(b, h, rec) {
  const metrics = { ...h.metrics };
  for (const [name, rule] of Object.entries(b.metrics)) {
    const hr = h.metrics[name];
    const key = `metrics.${name}`;
    metrics[name] = hr ? stricterRule(rule, hr, key, rec) : rec.pick(key, rule, hr, "base");
  }
  const out = { ...h, metrics };
  const missing = rec.pick(
    "missing_baseline",
    b.missing_baseline,
    h.missing_baseline,
    stricterLevel(b.missing_baseline, h.missing_baseline, "fail")
  );
  if (missing !== void 0) out.missing_baseline = missing;
  else delete out.missing_baseline;
  const baseline = rec.pick("baseline", b.baseline, h.baseline, "base");
  if (baseline !== void 0) out.baseline = baseline;
  else delete out.baseline;
  if (b.examples) {
    const want = { ...b.examples, candidate: h.examples?.candidate ?? b.examples.candidate };
    out.examples = rec.pick("examples", want, h.examples, "base");
  }
  return out;
}
function stricterRows(b, h, absent) {
  if (h === void 0) return { value: h, from: absent === "strictest" ? "head" : "base" };
  if (b === void 0) return { value: h, from: absent === "strictest" ? "base" : "head" };
  const tb = parseThreshold$1(b, "base");
  const th = parseThreshold$1(h, "head");
  if (tb.count !== void 0 && th.count !== void 0)
    return th.count <= tb.count ? { value: h, from: "head" } : { value: b, from: "base" };
  if (tb.percent !== void 0 && th.percent !== void 0)
    return th.percent <= tb.percent ? { value: h, from: "head" } : { value: b, from: "base" };
  return { value: b, from: "base" };
}
const LOCATION_KEYS = /* @__PURE__ */ new Set(["id", "title", "data"]);
function stricterValidate(b, h, rec) {
  const out = { ...h };
  const set = (key, value) => {
    if (value === void 0) delete out[key];
    else out[key] = value;
  };
  const max = stricterRows(b.max_invalid_rows, h.max_invalid_rows, "strictest");
  set(
    "max_invalid_rows",
    rec.pick("max_invalid_rows", b.max_invalid_rows, h.max_invalid_rows, max.from)
  );
  const warn = stricterRows(b.warn_invalid_rows, h.warn_invalid_rows, "loosest");
  set(
    "warn_invalid_rows",
    rec.pick("warn_invalid_rows", b.warn_invalid_rows, h.warn_invalid_rows, warn.from)
  );
  const keys = /* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(h)]);
  for (const key of keys) {
    if (LOCATION_KEYS.has(key) || key === "max_invalid_rows" || key === "warn_invalid_rows")
      continue;
    set(key, rec.pick(key, b[key], h[key], "base"));
  }
  return out;
}
function stricterGate(b, h, rec) {
  const out = { ...h };
  const failOn = b.fail_on === "warn" || h.fail_on === "warn" ? "warn" : "fail";
  out.fail_on = rec.pick("fail_on", b.fail_on, h.fail_on, failOn === h.fail_on ? "head" : "base");
  const errorIs = b.error_is === "fail" || h.error_is === "fail" ? "fail" : "warn";
  out.error_is = rec.pick(
    "error_is",
    b.error_is,
    h.error_is,
    errorIs === h.error_is ? "head" : "base"
  );
  const label = rec.pick("override_label", b.override_label, h.override_label, "base");
  if (label === void 0) delete out.override_label;
  else out.override_label = label;
  out.override_scope = rec.pick("override_scope", b.override_scope, h.override_scope, "base");
  const rulesFrom = rec.pick("rules_from", b.rules_from, h.rules_from, "base");
  if (rulesFrom === void 0) delete out.rules_from;
  else out.rules_from = rulesFrom;
  return out;
}
function mergeEntries(kind, base, head, merge, changes) {
  const heads = byId(head);
  const out = head.map((h) => {
    const b = byId(base).get(h.id);
    if (!b) return h;
    const rec = new Recorder(`${kind} ${h.id}`);
    const merged = merge(b, h, rec);
    changes.push(...rec.changes);
    return merged;
  });
  for (const b of base) {
    if (heads.has(b.id)) continue;
    changes.push({
      check: `${kind} ${b.id}`,
      key: "(the whole check)",
      base: "present",
      applied: "base"
    });
    out.push(b);
  }
  return out;
}
function applyRulesFrom(base, head, mode) {
  if (!base) return { config: head, changes: [] };
  const changes = [];
  const stricter = mergeConfigs(base, head, changes);
  if (mode === "stricter") return { config: stricter, changes };
  const applied = mode === "base" ? "base" : "head";
  return {
    config: mode === "base" ? base : head,
    changes: changes.map((c) => ({ ...c, applied }))
  };
}
function mergeConfigs(base, head, changes) {
  const gateRec = new Recorder("gate");
  const gate = stricterGate(base.gate, head.gate, gateRec);
  const validate = mergeEntries(
    "validate",
    base.validate,
    head.validate,
    stricterValidate,
    changes
  );
  const compare = mergeEntries("compare", base.compare, head.compare, stricterCompare, changes);
  changes.push(...gateRec.changes);
  const reportRec = new Recorder("report");
  const report = { ...head.report };
  for (const key of Object.keys({ ...base.report, ...head.report })) {
    const v = reportRec.pick(key, base.report[key], head.report[key], "base");
    if (v === void 0) delete report[key];
    else report[key] = v;
  }
  changes.push(...reportRec.changes);
  return { version: 1, validate, compare, gate, report };
}

export { DEFAULT_RULES_FROM as D, applyRulesFrom as a, stricterLevel as b, evaluateRow as e, mergeBounds as m, normalQuantile as n, resolveRule as r, stricterRows as s, twoSidedP as t };
