// The stricter of two values of one metric rule (bounds of a compare metric or of one slice), for
// rules_from: stricter. Values of different kinds (an absolute max_drop and a relative one) cannot
// be ordered: the base's applies.
import { parseThreshold } from '../compare/rules.js';
import type { BoundsConfig } from '../compare/types.js';

/** A merged value and the side it came from. */
export interface Merge<T> {
  value: T;
  from: 'base' | 'head';
}

/** Records a difference between the two sides and returns the value of the side that applies. */
export interface Picker {
  pick<T>(key: string, base: T, head: T, applied: 'base' | 'head'): T;
}

const LEVEL = { fail: 2, warn: 1, pass: 0 } as const;

/** The stricter of two policies or severities (fail > warn > pass); undefined means `dflt`. */
export function stricterLevel<T extends keyof typeof LEVEL>(
  b: T | undefined,
  h: T | undefined,
  dflt: T,
): 'base' | 'head' {
  return LEVEL[h ?? dflt] >= LEVEL[b ?? dflt] ? 'head' : 'base';
}

/** Which side's bound applies: `tighter(b, h)` says whether the head's is at least as strict. */
function bound<T>(b: T | undefined, h: T | undefined, tighter: (b: T, h: T) => boolean) {
  if (b === undefined) return 'head';
  if (h === undefined) return 'base';
  return tighter(b, h) ? 'head' : 'base';
}

function sameKind(b: number | string, h: number | string, key: string): boolean {
  return parseThreshold(b, key).kind === parseThreshold(h, key).kind;
}

/** max_drop: smaller is stricter; min_gain: larger is. */
function threshold(b: number | string, h: number | string, key: string, smaller: boolean) {
  if (!sameKind(b, h, key)) return false;
  const vb = parseThreshold(b, key).value;
  const vh = parseThreshold(h, key).value;
  return smaller ? vh <= vb : vh >= vb;
}

export function mergeBounds(
  b: BoundsConfig,
  h: BoundsConfig,
  key: string,
  rec: Picker,
): BoundsConfig {
  const out: BoundsConfig = { ...h };
  const set = <K extends keyof BoundsConfig>(k: K, applied: 'base' | 'head') => {
    const v = rec.pick(`${key}.${k}`, b[k], h[k], applied);
    if (v === undefined) delete out[k];
    else out[k] = v;
  };
  set(
    'min',
    bound(b.min, h.min, (x, y) => y >= x),
  );
  set(
    'max',
    bound(b.max, h.max, (x, y) => y <= x),
  );
  set(
    'max_drop',
    bound(b.max_drop, h.max_drop, (x, y) => threshold(x, y, `${key}.max_drop`, true)),
  );
  set(
    'min_gain',
    bound(b.min_gain, h.min_gain, (x, y) => threshold(x, y, `${key}.min_gain`, false)),
  );
  set('severity', stricterLevel(b.severity, h.severity, 'fail'));
  set('missing', stricterLevel(b.missing, h.missing, 'fail'));
  // A non-inferiority test and a plain drop check answer different questions.
  set('non_inferiority', 'base');
  return out;
}
