// Results held against rules the pull request cannot edit. In the two-workflow pattern a result
// file records the rules it was judged by (invalid-row thresholds, each gated row's bounds), and
// the pull request wrote both the rules and the file. Given the trusted config (the default
// branch's checkout), every recorded rule is replaced by the stricter of it and the trusted one,
// the status is derived again, and a result whose stated status is better than that is refused,
// naming the rules it loosened. Rows decided by per-example statistics keep their recorded
// decision: their numbers cannot be re-run without the scores (docs/security.md says so).
import { STATUS_RANK, type Result, type Status } from '../result.js';
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

/** Every recorded rule that is looser than the trusted one, in words. */
class Loosened implements Picker {
  readonly changes: string[] = [];
  /** Rules of the trusted config the result has no row for: nothing to hold them to. */
  readonly absent: string[] = [];
  pick<T>(key: string, trusted: T, recorded: T, applied: 'base' | 'head'): T {
    if (applied === 'head' || JSON.stringify(trusted) === JSON.stringify(recorded)) return recorded;
    this.changes.push(
      `${key} ${JSON.stringify(recorded) ?? '(unset)'} where the trusted config has ${JSON.stringify(trusted) ?? '(unset)'}`,
    );
    return trusted;
  }
}

function strictValidate(d: ValidateDetails, cfg: Config, id: string, why: Loosened) {
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

function strictRow(entry: CompareEntry, r: MetricRow, why: Loosened): MetricRow {
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

function strictCompare(d: CompareDetails, cfg: Config, id: string, why: Loosened) {
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

/** The status the result's details give under the stricter rules; undefined: no such check. */
function strictStatus(result: Result, config: Config, why: Loosened): Status | undefined {
  const problems: string[] = [];
  if (result.kind === 'validate') {
    const d = strictValidate(result.details as unknown as ValidateDetails, config, result.id, why);
    return d && deriveValidate(d, problems);
  }
  if (result.kind === 'compare') {
    const d = strictCompare(result.details as unknown as CompareDetails, config, result.id, why);
    return d && deriveCompare(d, problems);
  }
  // Another kind's rules are not known here: nothing to hold its result to, so it is refused.
  return undefined;
}

/**
 * Why the result must be refused under the trusted config, or undefined when its stated status
 * holds under the stricter of its recorded rules and the config's. A result whose check the
 * trusted config does not have is refused: its rules would be the pull request's alone.
 */
export function trustedProblem(result: Result, config: Config, file: string): string | undefined {
  const why = new Loosened();
  const status = strictStatus(result, config, why);
  if (status === undefined)
    return `result file refused: ${file} has no ${result.kind} check '${result.id}'`;
  if (why.absent.length)
    return `result file refused: it has no row for ${why.absent.join(', ')}, which ${file} gates`;
  if (STATUS_RANK[status] <= STATUS_RANK[result.status]) return undefined;
  const rules = why.changes.length
    ? `its rules are looser than ${file}'s (${why.changes.slice(0, 5).join('; ')}), `
    : '';
  return `result file refused: ${rules}under which its details give '${status}', not '${result.status}'`;
}
