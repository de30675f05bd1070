import { p as parseThreshold$1 } from './chunk-threshold.js';
import { p as parseThreshold } from './chunk-rules.js';

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

export { DEFAULT_RULES_FROM as D, applyRulesFrom as a, stricterLevel as b, mergeBounds as m, stricterRows as s };
