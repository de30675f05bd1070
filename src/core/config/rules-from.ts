// A gate the pull request cannot loosen. The pull request's copy of the config is compared with
// the base commit's, rule by rule; with `stricter` (the default) every rule the pull request
// loosened or removed takes the base's value, and every change is listed for the report. File
// locations (data globs, metric files) stay the pull request's: they say where its files are.
import { parseThreshold as parseRowThreshold } from '../validate/threshold.js';
import type { BoundsConfig, CompareEntry, MetricRuleConfig } from '../compare/types.js';
import type { Config, GateConfig, RulesFrom, ValidateConfig } from './types.js';
import { mergeBounds, stricterLevel, type Merge, type Picker } from './rules-merge.js';

export const DEFAULT_RULES_FROM: RulesFrom = 'stricter';

/** One rule the pull request changed: its value on both sides and which one applies. */
export interface RuleChange {
  /** "compare classifier", "validate training-data", "gate". */
  check: string;
  /** The key as written in the config, e.g. metrics.accuracy.max_drop. */
  key: string;
  /** As JSON; undefined when the side does not set it. */
  base?: string;
  head?: string;
  applied: 'base' | 'head';
}

export interface RulesOutcome {
  mode: RulesFrom;
  /** The base commit the rules were compared with, when known. */
  baseCommit?: string;
  /** Why there was no base config to compare with (a new config, not a pull request). */
  note?: string;
  changes: RuleChange[];
}

const show = (v: unknown): string | undefined => (v === undefined ? undefined : JSON.stringify(v));
const same = (a: unknown, b: unknown): boolean => show(a) === show(b);

class Recorder implements Picker {
  readonly changes: RuleChange[] = [];
  constructor(private readonly check: string) {}
  /** Records a difference; returns the value that applies. */
  pick<T>(key: string, base: T, head: T, applied: 'base' | 'head'): T {
    if (same(base, head)) return head;
    this.changes.push({ check: this.check, key, base: show(base), head: show(head), applied });
    return applied === 'base' ? base : head;
  }
}

function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  return new Map(list.map((e) => [e.id, e]));
}

function stricterRule(
  b: MetricRuleConfig,
  h: MetricRuleConfig,
  key: string,
  rec: Recorder,
): MetricRuleConfig {
  // Another direction or another way of computing it is another rule: the base's stands.
  if (b.direction !== h.direction || !same(b.from, h.from)) return rec.pick(key, b, h, 'base');
  const out: MetricRuleConfig = { ...h, ...mergeBounds(b, h, key, rec) };
  const slices: Record<string, BoundsConfig> = { ...h.slices };
  for (const [s, bs] of Object.entries(b.slices ?? {})) {
    const hs = h.slices?.[s];
    slices[s] = hs
      ? mergeBounds(bs, hs, `${key}.slices.${s}`, rec)
      : (rec.pick<BoundsConfig | undefined>(`${key}.slices.${s}`, bs, hs, 'base') as BoundsConfig);
  }
  if (Object.keys(slices).length) out.slices = slices;
  return out;
}

function stricterCompare(b: CompareEntry, h: CompareEntry, rec: Recorder): CompareEntry {
  const metrics: CompareEntry['metrics'] = { ...h.metrics };
  for (const [name, rule] of Object.entries(b.metrics)) {
    const hr = h.metrics[name];
    const key = `metrics.${name}`;
    metrics[name] = hr
      ? stricterRule(rule, hr, key, rec)
      : (rec.pick<MetricRuleConfig | undefined>(key, rule, hr, 'base') as MetricRuleConfig);
  }
  const out: CompareEntry = { ...h, metrics };
  const missing = rec.pick(
    'missing_baseline',
    b.missing_baseline,
    h.missing_baseline,
    stricterLevel(b.missing_baseline, h.missing_baseline, 'fail'),
  );
  if (missing !== undefined) out.missing_baseline = missing;
  else delete out.missing_baseline;
  // What the candidate is compared with is a rule (pointing it at the candidate passes anything).
  const baseline = rec.pick('baseline', b.baseline, h.baseline, 'base');
  if (baseline !== undefined) out.baseline = baseline;
  else delete out.baseline;
  if (b.examples) {
    // The statistics settings and the baseline's scores are the base's; the candidate's scores
    // are where the pull request put them. Examples only the head asks for are an extra check.
    const want = { ...b.examples, candidate: h.examples?.candidate ?? b.examples.candidate };
    out.examples = rec.pick('examples', want, h.examples, 'base');
  }
  return out;
}

/** Invalid-row thresholds: a count and a share compare only with their own kind. */
export function stricterRows(
  b: string | number | undefined,
  h: string | number | undefined,
  absent: 'strictest' | 'loosest',
): Merge<string | number | undefined> {
  if (h === undefined) return { value: h, from: absent === 'strictest' ? 'head' : 'base' };
  if (b === undefined) return { value: h, from: absent === 'strictest' ? 'base' : 'head' };
  const tb = parseRowThreshold(b, 'base');
  const th = parseRowThreshold(h, 'head');
  if (tb.count !== undefined && th.count !== undefined)
    return th.count <= tb.count ? { value: h, from: 'head' } : { value: b, from: 'base' };
  if (tb.percent !== undefined && th.percent !== undefined)
    return th.percent <= tb.percent ? { value: h, from: 'head' } : { value: b, from: 'base' };
  return { value: b, from: 'base' };
}

/** Keys of a validate entry that say where the pull request's files are, not what they must be. */
const LOCATION_KEYS = new Set(['id', 'title', 'data']);

function stricterValidate(b: ValidateConfig, h: ValidateConfig, rec: Recorder): ValidateConfig {
  const out: ValidateConfig = { ...h };
  const set = (key: string, value: unknown) => {
    if (value === undefined) delete out[key];
    else out[key] = value;
  };
  // max_invalid_rows defaults to 0 (the strictest); no warn_invalid_rows warns about nothing.
  const max = stricterRows(b.max_invalid_rows, h.max_invalid_rows, 'strictest');
  set(
    'max_invalid_rows',
    rec.pick('max_invalid_rows', b.max_invalid_rows, h.max_invalid_rows, max.from),
  );
  const warn = stricterRows(b.warn_invalid_rows, h.warn_invalid_rows, 'loosest');
  set(
    'warn_invalid_rows',
    rec.pick('warn_invalid_rows', b.warn_invalid_rows, h.warn_invalid_rows, warn.from),
  );
  // The rest (schema, expectations, drift, ratchet, format, …) cannot be ordered: a change to
  // any of them is the base's until the change is merged.
  const keys = new Set([...Object.keys(b), ...Object.keys(h)]);
  for (const key of keys) {
    if (LOCATION_KEYS.has(key) || key === 'max_invalid_rows' || key === 'warn_invalid_rows')
      continue;
    set(key, rec.pick(key, b[key], h[key], 'base'));
  }
  return out;
}

function stricterGate(b: GateConfig, h: GateConfig, rec: Recorder): GateConfig {
  const out: GateConfig = { ...h };
  const failOn = b.fail_on === 'warn' || h.fail_on === 'warn' ? 'warn' : 'fail';
  out.fail_on = rec.pick('fail_on', b.fail_on, h.fail_on, failOn === h.fail_on ? 'head' : 'base');
  const errorIs = b.error_is === 'fail' || h.error_is === 'fail' ? 'fail' : 'warn';
  out.error_is = rec.pick(
    'error_is',
    b.error_is,
    h.error_is,
    errorIs === h.error_is ? 'head' : 'base',
  );
  // Who may override, and with which label, is the base's to say.
  const label = rec.pick('override_label', b.override_label, h.override_label, 'base');
  if (label === undefined) delete out.override_label;
  else out.override_label = label;
  // How long an override lasts is the base's too: `pr` would let one label pass later pushes.
  out.override_scope = rec.pick('override_scope', b.override_scope, h.override_scope, 'base');
  // The setting itself is never the pull request's.
  const rulesFrom = rec.pick('rules_from', b.rules_from, h.rules_from, 'base');
  if (rulesFrom === undefined) delete out.rules_from;
  else out.rules_from = rulesFrom;
  return out;
}

function mergeEntries<T extends { id: string }>(
  kind: string,
  base: T[],
  head: T[],
  merge: (b: T, h: T, rec: Recorder) => T,
  changes: RuleChange[],
): T[] {
  const heads = byId(head);
  const out = head.map((h) => {
    const b = byId(base).get(h.id);
    if (!b) return h;
    const rec = new Recorder(`${kind} ${h.id}`);
    const merged = merge(b, h, rec);
    changes.push(...rec.changes);
    return merged;
  });
  // A check the pull request removed still runs, on the pull request's files.
  for (const b of base) {
    if (heads.has(b.id)) continue;
    changes.push({
      check: `${kind} ${b.id}`,
      key: '(the whole check)',
      base: 'present',
      applied: 'base',
    });
    out.push(b);
  }
  return out;
}

/** The config whose rules apply, and every rule the pull request changed. */
export function applyRulesFrom(
  base: Config | undefined,
  head: Config,
  mode: RulesFrom,
): { config: Config; changes: RuleChange[] } {
  if (!base) return { config: head, changes: [] };
  const changes: RuleChange[] = [];
  const stricter = mergeConfigs(base, head, changes);
  if (mode === 'stricter') return { config: stricter, changes };
  const applied = mode === 'base' ? 'base' : 'head';
  return {
    config: mode === 'base' ? base : head,
    changes: changes.map((c) => ({ ...c, applied })),
  };
}

function mergeConfigs(base: Config, head: Config, changes: RuleChange[]): Config {
  const gateRec = new Recorder('gate');
  const gate = stricterGate(base.gate, head.gate, gateRec);
  const validate = mergeEntries(
    'validate',
    base.validate,
    head.validate,
    stricterValidate,
    changes,
  );
  const compare = mergeEntries('compare', base.compare, head.compare, stricterCompare, changes);
  changes.push(...gateRec.changes);
  // Where the report goes (the status branch protection requires) is the base's too.
  const reportRec = new Recorder('report');
  const report = { ...head.report };
  for (const key of Object.keys({ ...base.report, ...head.report }) as Array<keyof typeof report>) {
    const v = reportRec.pick(key, base.report[key], head.report[key], 'base');
    if (v === undefined) delete report[key];
    else (report as Record<string, unknown>)[key] = v;
  }
  changes.push(...reportRec.changes);
  return { version: 1, validate, compare, gate, report };
}
