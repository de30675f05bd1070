// The built-in kinds' recorded rules held to a trusted config's (./trusted.ts says why): each
// recorded rule replaced by the stricter of it and the trusted one, then the status derived again.
// Their definitions (src/core/checks) hand these to trusted.ts as their `strictStatus`.
import type { Status } from '../result.js';
import { mergeBounds, stricterLevel, type Picker } from '../config/rules-merge.js';
import { stricterRows } from '../config/rules-from.js';
import type { Config } from '../config/types.js';
import type {
  BoundsConfig,
  CompareDetails,
  CompareEntry,
  MetricRow,
  RowBounds,
} from '../compare/types.js';
import type { ValidateDetails } from '../validate/types.js';
import { deriveCompare } from './compare.js';
import { deriveValidate } from './validate.js';

/** Picks the trusted rule where the recorded one is looser, and says which it replaced. */
export interface Loosening extends Picker {
  /** Rules of the trusted config the result has no row for: nothing to hold them to. */
  readonly absent: string[];
}

function strictValidate(d: ValidateDetails, cfg: Config, id: string, why: Loosening) {
  const entry = cfg.validate.find((e) => e.id === id);
  if (!entry) return undefined;
  const max = stricterRows(entry.max_invalid_rows ?? '0', d.threshold.maxInvalidRows, 'strictest');
  const warn = stricterRows(entry.warn_invalid_rows, d.threshold.warnInvalidRows, 'loosest');
  const threshold = {
    maxInvalidRows: String(
      why.pick(
        'max_invalid_rows',
        entry.max_invalid_rows ?? '0',
        d.threshold.maxInvalidRows,
        max.from,
      ),
    ),
  } as ValidateDetails['threshold'];
  const w = why.pick(
    'warn_invalid_rows',
    entry.warn_invalid_rows,
    d.threshold.warnInvalidRows,
    warn.from,
  );
  if (w !== undefined) threshold.warnInvalidRows = String(w);
  return { ...d, threshold };
}

function trustedBounds(entry: CompareEntry, r: MetricRow): BoundsConfig | undefined {
  const whole = entry.metrics[r.name];
  if (!whole || !r.slice) return whole;
  return whole.slices?.[`${r.slice.key}=${r.slice.value}`] ?? whole.slices?.[r.slice.key];
}

function strictRow(entry: CompareEntry, r: MetricRow, why: Loosening): MetricRow {
  const trusted = trustedBounds(entry, r);
  // Statistical rows are decided from scores the result does not carry.
  if (!trusted || r.source === 'examples' || r.status === 'error') return r;
  const label = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
  const at = `metrics.${label}.`;
  const direction = why.pick(
    `${at}direction`,
    entry.metrics[r.name]!.direction,
    r.direction,
    'base',
  );
  const gated = why.pick(`${at}gated`, true, r.gated, r.gated ? 'head' : 'base');
  const recorded: BoundsConfig = {
    ...(r.bounds ?? {}),
    ...(r.severity ? { severity: r.severity } : {}),
  };
  // Rows record no non-inferiority flag; the rule's numbers are what can be loosened.
  const { non_inferiority: _, ...numbers } = trusted;
  const merged = mergeBounds(numbers, recorded, at.slice(0, -1), why);
  const { severity = 'fail', non_inferiority: __, ...bounds } = merged;
  return { ...r, direction, gated, severity, bounds: bounds as RowBounds };
}

function strictCompare(d: CompareDetails, cfg: Config, id: string, why: Loosening) {
  const entry = cfg.compare.find((e) => e.id === id);
  if (!entry) return undefined;
  for (const name of Object.keys(entry.metrics)) {
    if (!d.metrics.some((r) => r.name === name && !r.slice)) why.absent.push(name);
  }
  const missing = why.pick(
    'missing_baseline',
    entry.missing_baseline,
    d.missingBaseline,
    stricterLevel(entry.missing_baseline, d.missingBaseline, 'fail'),
  );
  return {
    ...d,
    ...(missing ? { missingBaseline: missing } : {}),
    metrics: d.metrics.map((r) => strictRow(entry, r, why)),
  };
}

/** A validation's status under the stricter thresholds; undefined: the config has no such entry. */
export function strictValidateStatus(
  details: unknown,
  config: Config,
  id: string,
  why: Loosening,
): Status | undefined {
  const d = strictValidate(details as ValidateDetails, config, id, why);
  return d && deriveValidate(d, []);
}

/** A comparison's status under the stricter rules; undefined: the config has no such entry. */
export function strictCompareStatus(
  details: unknown,
  config: Config,
  id: string,
  why: Loosening,
): Status | undefined {
  const d = strictCompare(details as CompareDetails, config, id, why);
  return d && deriveCompare(d, []);
}
