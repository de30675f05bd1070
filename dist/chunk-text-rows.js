import { t as twoSidedP, n as normalQuantile, r as resolveRule, e as evaluateRow, s as stricterRows, b as stricterLevel, m as mergeBounds } from './chunk-rules-from.js';
import { c as STATUS_RANK, d as worstStatus, n as newResult, i as isAnyStatus, b as worseFirst } from './chunk-result.js';
import { s as splitName, j as joinName, c as childAt, a as scalarProblem, h as holm, b as baselineSpec, l as loadMetrics, r as resolveBaseline, m as metricLabel, d as metricKey, M as MetricFileError, f as formatProblem } from './chunk-adjust.js';
import { k as decodeUtf8, g as gateFile, l as openWithHead, f as assertUtf8Head, c as refusalReason, w as workspacePath } from './chunk-workspace.js';
import { dirname, resolve, isAbsolute, relative } from 'node:path';
import { f as formatsWith, c as compressionOf, a as formatSpec, b as formatOf } from './chunk-worker-pool.js';
import { a as readRecords, N as NO_SCHEMA } from './chunk-records.js';
import { D as DEFAULT_MAX_RECORD_BYTES } from './chunk-types.js';
import './chunk-papaparse.js';
import { l as listZipFiles, e as extractZipFile } from './chunk-zip.js';
import { r as readLimit, o as overCapMessage } from './chunk-limits.js';
import { a as seedState, s as stateWords, T as TWO_POW_M32, X as Xoshiro128ss } from './chunk-prng.js';
import { f as floatReplicates } from './chunk-block-bootstrap.js';
import 'node:fs';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import { c as compactNumber, g as shortenMiddle, r as rowDecimals, h as fmtFixed, I as ICON, i as fmtSignedFixed, f as fmtCount, a as shortSha, p as plural, d as fmtPct, j as fmtDelta, b as fmtNum } from './chunk-format.js';
import { t as thresholdStatus, p as parseThreshold } from './chunk-threshold.js';
import { p as plain, e as esc, m as mermaidLabel, a as escHtml } from './chunk-escape.js';

// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {};
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = [];
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = [];
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = [];
  /** @type {Array<number>} */
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = [];
    /** @type {Array<number>} */
    const sizes = [];
    let columnIndex = -1;

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex]);

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes[columnIndex] = size;

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size;
        }
      }

      row.push(cell);
    }

    cellMatrix[rowIndex] = row;
    sizeMatrix[rowIndex] = sizes;
  }

  // Figure out which alignments to use.
  let columnIndex = -1;

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }

  // Inject the alignment row.
  columnIndex = -1;
  /** @type {Array<string>} */
  const row = [];
  /** @type {Array<number>} */
  const sizes = [];

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = '';
    let after = '';

    if (code === 99 /* `c` */) {
      before = ':';
      after = ':';
    } else if (code === 108 /* `l` */) {
      before = ':';
    } else if (code === 114 /* `r` */) {
      after = ':';
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          );

    const cell = before + '-'.repeat(size) + after;

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }

      sizes[columnIndex] = size;
    }

    row[columnIndex] = cell;
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);

  rowIndex = -1;
  /** @type {Array<string>} */
  const lines = [];

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex];
    const sizes = sizeMatrix[rowIndex];
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow;
    columnIndex = -1;
    /** @type {Array<string>} */
    const line = [];

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || '';
      let before = '';
      let after = '';

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0);
        const code = alignments[columnIndex];

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size);
        } else if (code === 99 /* `c` */) {
          const half = size / 2;

          if (size % 2) {
            before = ' '.repeat(half + 0.5);
            after = ' '.repeat(half - 0.5);
          } else {
            before = ' '.repeat(half);
            after = before;
          }
        } else {
          after = ' '.repeat(size);
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|');
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ');
      }

      if (settings.alignDelimiters !== false) {
        line.push(before);
      }

      line.push(cell);

      if (settings.alignDelimiters !== false) {
        line.push(after);
      }

      if (settings.padding !== false) {
        line.push(' ');
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|');
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    );
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0;

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

const emptyCut = () => ({ samples: 0, slices: 0, details: 0, sections: 0 });
const unlimited = () => ({ attention: Infinity, passing: Infinity });
function take(rows, allow, kind) {
  const n = Math.max(0, Math.min(rows.length, allow[kind]));
  allow[kind] -= n;
  return n === rows.length ? rows : rows.slice(0, n);
}
function table(header, rows, align) {
  return markdownTable([header, ...rows], { alignDelimiters: false, align });
}
function collapsed(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}

function atLeast(stated, floor) {
  return STATUS_RANK[stated === "skip" ? "pass" : stated] >= STATUS_RANK[floor];
}
function same(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function thresholds(d, problems) {
  try {
    const max = parseThreshold(d.threshold.maxInvalidRows, "threshold.maxInvalidRows");
    const warnRaw = d.threshold.warnInvalidRows;
    return [max, warnRaw ? parseThreshold(warnRaw, "threshold.warnInvalidRows") : void 0];
  } catch (err) {
    problems.push(err.message);
    return [{ raw: "0", count: 0 }, void 0];
  }
}
function checkTotals(d, problems) {
  const rows = d.files.reduce((n, f) => n + f.rows, 0);
  const invalid = d.files.reduce((n, f) => n + f.invalidRows, 0);
  const before = problems.length;
  if (rows !== d.rows) problems.push(`rows is ${d.rows} but its files hold ${rows}`);
  if (invalid !== d.invalidRows)
    problems.push(`invalidRows is ${d.invalidRows} but its files hold ${invalid}`);
  if (d.invalidRows > d.rows) problems.push(`invalidRows ${d.invalidRows} exceeds rows ${d.rows}`);
  for (const f of d.files) {
    if (f.invalidRows > f.rows) problems.push(`${f.path}: more invalid rows than rows`);
  }
  const share = d.rows ? d.invalidRows / d.rows : 0;
  if (!same(share, d.invalidShare))
    problems.push(
      `invalidShare is ${d.invalidShare} but ${d.invalidRows} of ${d.rows} is ${share}`
    );
  return problems.length === before;
}
function schemaStatus(d, problems) {
  const [max, warn] = thresholds(d, problems);
  if (d.files.length === 0 || d.files.some((f) => f.rows === 0)) {
    problems.push("a data file with no records cannot pass");
    return "error";
  }
  const r = d.ratchet;
  if (!r) return thresholdStatus(max, warn, d.invalidRows, d.rows);
  const introduced = Math.max(0, d.invalidRows - r.baseInvalidRows);
  if (r.introducedInvalidRows !== introduced) {
    problems.push(
      `ratchet.introducedInvalidRows is ${r.introducedInvalidRows} but ${d.invalidRows} against the base's ${r.baseInvalidRows} is ${introduced}`
    );
  }
  return r.policy === "new-only" ? thresholdStatus(max, warn, introduced, d.rows) : thresholdStatus(max, warn, d.invalidRows, d.rows);
}
function expectationFloor(e, policy) {
  if (e.unexpected > e.checked && e.kind !== "row_count") return "error";
  if (e.kind === "row_count" || e.kind === "null_share" || e.checked === 0) {
    return "pass";
  }
  const share = e.unexpected / e.checked;
  const broken = 1 - share < (e.mostly ?? 1) - 1e-12;
  if (!broken) return "pass";
  const existing = policy === "new-only" && e.origin === "existing" && e.base !== void 0 && e.base.status !== "pass" && e.base.status !== "error" && e.unexpected <= e.base.unexpected;
  return existing ? "pass" : e.severity;
}
function driftFloor(psi, warn, fail) {
  if (psi === void 0) return "pass";
  return psi >= fail ? "fail" : psi >= warn ? "warn" : "pass";
}
function datasetStatus(ds, policy, problems) {
  const stated = [];
  const floored = [];
  const part = (status, floor, what) => {
    if (!atLeast(status, floor))
      problems.push(`${what} says '${status}' but its numbers give '${floor}'`);
    stated.push(status);
    floored.push(worstStatus([status, floor]));
  };
  for (const e of ds.expectations) {
    part(e.status, expectationFloor(e, policy), `expectation ${e.key}`);
    if (e.checked > 0 && e.kind !== "row_count" && !same(e.share, e.unexpected / e.checked))
      problems.push(`expectation ${e.key}: share ${e.share} is not ${e.unexpected}/${e.checked}`);
  }
  for (const c of ds.drift?.columns ?? [])
    part(c.status, driftFloor(c.psi, c.psiWarn, c.psiFail), `drift column ${c.name}`);
  const ref = ds.drift?.reference.status;
  if (ref) part(ref, "pass", "drift reference");
  const parts = worstStatus(stated);
  if (ds.status !== parts && ds.status !== "error")
    problems.push(`dataset.status is '${ds.status}' but its checks give '${parts}'`);
  return worstStatus([ds.status, ...floored]);
}
function deriveValidate(d, problems) {
  if (!checkTotals(d, problems)) return "error";
  const schema = schemaStatus(d, problems);
  if (!d.dataset) return schema;
  return worstStatus([schema, datasetStatus(d.dataset, d.ratchet?.policy, problems)]);
}

function bindRuleName(name, sets) {
  const present = (set) => set !== void 0 && (set.values.has(name) || set.invalid.has(name));
  const plain = new Set(sets.flatMap((set) => set?.plain?.get(name) ?? []));
  if (sets.some(present)) plain.add(name);
  if (plain.size > 1) {
    const file = sets.find((set) => set?.plain?.has(name)).file;
    return {
      problem: `${name} names ${[...plain].join(" and ")}: quote the key that holds a dot`,
      file
    };
  }
  if (plain.size === 1) return { name: [...plain][0] };
  for (const set of sets) if (set) addListElement(set, name);
  return { name };
}
function addListElement(set, name) {
  if (!set.lists || set.lists.size === 0) return;
  let path;
  try {
    path = splitName(name);
  } catch {
    return;
  }
  for (let i = path.length - 1; i > 0; i--) {
    const list = set.lists.get(joinName(path.slice(0, i)));
    if (!list) continue;
    let node = list;
    for (const key of path.slice(i)) node = childAt(node, key);
    if (!node) return;
    const line = node.line !== void 0 ? { line: node.line } : {};
    const problem = node.kind === "scalar" ? scalarProblem(node.value, node.plain) : `${node.kind === "seq" ? "a list" : "an object"}, not a number`;
    if (problem) set.invalid.set(name, { name, problem, ...line });
    else set.values.set(name, { name, value: node.value, ...line });
    return;
  }
}

const SCORE = ["roc_auc", "pr_auc", "brier", "ece", "ndcg", "mrr"];
const PREDICTION = [
  "precision",
  "recall",
  "f1",
  "macro_f1",
  "micro_f1",
  "class_recall",
  "rmse",
  "mae"
];
const BY_NAME = {
  precision: "precision",
  recall: "recall",
  f1: "f1",
  macro_f1: "macro_f1",
  f1_macro: "macro_f1",
  micro_f1: "micro_f1",
  f1_micro: "micro_f1",
  roc_auc: "roc_auc",
  auc: "roc_auc",
  auroc: "roc_auc",
  pr_auc: "pr_auc",
  average_precision: "pr_auc",
  auprc: "pr_auc",
  brier: "brier",
  brier_score: "brier",
  ece: "ece",
  rmse: "rmse",
  mae: "mae",
  ndcg: "ndcg",
  mrr: "mrr"
};
function list(xs) {
  return xs.join(", ");
}
function labelledSource(name, from, at) {
  const scored = "score" in from;
  const stat = from.stat ?? BY_NAME[name.toLowerCase()];
  if (!stat)
    throw new Error(
      `${at}.from: the name "${name}" does not say which statistic to compute: set stat: (from { label, prediction }: ${list(PREDICTION)}; from { label, score }: ${list(SCORE)})`
    );
  const wantsScore = SCORE.includes(stat);
  if (wantsScore !== scored)
    throw new Error(
      wantsScore ? `${at}.from: ${stat} ranks a score column: write from: { label, score: <column> }` : `${at}.from: ${stat} reads predicted labels or values: write from: { label, prediction: <column> }`
    );
  const positive = from.positive !== void 0 ? { positive: from.positive } : {};
  if ("score" in from && (stat === "ndcg" || stat === "mrr")) {
    if (from.query === void 0)
      throw new Error(`${at}.from: ${stat} ranks documents per query: add query: <column>`);
    const k = from.k !== void 0 ? { k: from.k } : {};
    return { kind: stat, query: from.query, label: from.label, score: from.score, ...k };
  }
  if ("score" in from && (from.query !== void 0 || from.k !== void 0))
    throw new Error(
      `${at}.from: query and k belong to ranking statistics (ndcg, mrr), not ${stat}`
    );
  if ("score" in from)
    return {
      kind: stat,
      label: from.label,
      score: from.score,
      ...positive
    };
  if (stat === "rmse" || stat === "mae")
    return { kind: stat, label: from.label, prediction: from.prediction };
  if (stat === "macro_f1" || stat === "micro_f1" || stat === "class_recall") {
    if (stat === "class_recall" && from.class === void 0)
      throw new Error(`${at}.from: class_recall needs class: (the class whose recall is gated)`);
    const cls = from.class !== void 0 ? { class: from.class } : {};
    return { kind: stat, label: from.label, prediction: from.prediction, ...cls };
  }
  return {
    kind: stat,
    label: from.label,
    prediction: from.prediction,
    ...positive
  };
}
function columnSource(name, from, at) {
  const named = /^pass@(\d+)$/i.exec(name);
  const k = from.pass_at ?? (named ? Number(named[1]) : void 0);
  if (named && from.pass_at !== void 0 && from.pass_at !== Number(named[1]))
    throw new Error(`${at}.from: the name says pass@${named[1]} but pass_at is ${from.pass_at}`);
  if (k === void 0) return { kind: "mean", column: from.column };
  if (!Number.isInteger(k) || k < 1)
    throw new Error(`${at}.from: pass@k needs a whole k \u2265 1, got ${k}`);
  return { kind: "pass_at_k", column: from.column, k };
}

function exampleColumns(metrics, slices = []) {
  const cols = new Set(slices);
  for (const m of metrics) {
    if (m.source.kind === "mean" || m.source.kind === "pass_at_k") cols.add(m.source.column);
    else {
      cols.add(m.source.label);
      cols.add("score" in m.source ? m.source.score : m.source.prediction);
      if ("query" in m.source) cols.add(m.source.query);
    }
  }
  return [...cols];
}

class Samples {
  constructor(values) {
    this.values = values;
  }
  values;
}
function describe(v) {
  if (v === void 0) return "nothing";
  if (v === null) return "null";
  if (typeof v === "string") return `the string "${clip(v)}"`;
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
function clip(s, max = 60) {
  return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function toScore(v) {
  if (v instanceof Samples) return meanOfSamples(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : `not a finite number (${v})`;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const s = v.trim();
    if (NUMBER.test(s)) return Number(s);
    const lower = s.toLowerCase();
    if (lower === "true") return 1;
    if (lower === "false") return 0;
    return s === "" ? "empty" : `not a number (${describe(v)})`;
  }
  return v === void 0 ? "missing" : `not a number (${describe(v)})`;
}
function meanOfSamples(v) {
  let sum = 0;
  for (let i = 0; i < v.values.length; i++) {
    const x = toScore(v.values[i]);
    if (typeof x === "string") return `${x} in sample ${i + 1} of ${v.values.length}`;
    sum += x;
  }
  return sum / v.values.length;
}
function sampleOutcomes(v) {
  const list = v instanceof Samples ? v.values : [v];
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const x = toScore(list[i]);
    if (typeof x === "string")
      return list.length > 1 ? `${x} in sample ${i + 1} of ${list.length}` : x;
    if (x !== 0 && x !== 1)
      return `${x}${list.length > 1 ? ` in sample ${i + 1}` : ""}, not a 0/1 correctness`;
    out.push(x);
  }
  return out;
}
function varies(v) {
  if (!(v instanceof Samples)) return false;
  const first = toClass(v.values[0]);
  return v.values.some((x) => toClass(x) !== first);
}
function toClass(v) {
  if (v instanceof Samples) return varies(v) ? null : toClass(v.values[0]);
  if (typeof v === "string") {
    const s = v.trim();
    return s === "" ? null : NUMBER.test(s) ? String(Number(s)) : s.toLowerCase() === "true" || s.toLowerCase() === "false" ? s.toLowerCase() : s;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "boolean") return String(v);
  return null;
}
function positiveKey(positive) {
  return toClass(positive) ?? String(positive);
}
function isPositive(cls, positive) {
  if (cls === positive) return true;
  if (positive === "1") return cls === "true";
  if (positive === "true") return cls === "1";
  return false;
}
class Located {
  constructor(perKey = 10) {
    this.perKey = perKey;
  }
  perKey;
  problems = [];
  counts = /* @__PURE__ */ new Map();
  add(table, row, key, message) {
    const k = `${table.path}\0${key}`;
    const c = (this.counts.get(k) ?? 0) + 1;
    this.counts.set(k, c);
    if (c <= this.perKey) {
      const line = table.lines[row] || void 0;
      const at = line ? "" : ` (id "${clip(table.ids[row] ?? "")}")`;
      this.problems.push({
        file: table.path,
        ...line ? { line } : {},
        key,
        message: `${message}${at}`
      });
    }
  }
  /** Adds "N more" lines for keys that overflowed. */
  flush() {
    for (const [k, c] of this.counts) {
      if (c > this.perKey) {
        const [file, key] = k.split("\0");
        this.problems.push({
          file,
          key,
          message: `${c - this.perKey} more bad values in "${key}" not shown`
        });
      }
    }
    this.counts.clear();
    return this.problems;
  }
}

function align(candidate, baseline) {
  const cRows = [];
  const bRows = [];
  const candidateOnly = [];
  candidate.ids.forEach((id, i) => {
    const j = baseline.index.get(id);
    if (j === void 0) candidateOnly.push(id);
    else {
      cRows.push(i);
      bRows.push(j);
    }
  });
  const baselineOnly = baseline.ids.filter((id) => !candidate.index.has(id));
  return {
    cRows: Int32Array.from(cRows),
    bRows: Int32Array.from(bRows),
    candidateOnly,
    baselineOnly
  };
}
function missingColumn(column, candidate, baseline, need) {
  const inC = candidate.columns.has(column);
  const inB = baseline.columns.has(column);
  if (need === "both" && inC && inB) return null;
  if (need === "either" && (inC || inB)) return null;
  const where = need === "both" ? [!inC && candidate.path, !inB && baseline.path].filter(Boolean).join(" and ") : `${candidate.path} or ${baseline.path}`;
  return `column "${column}" not found in ${where}`;
}
function scores(table, rows, column, located) {
  const raw = table.columns.get(column);
  const out = new Float64Array(rows.length);
  let ok = true;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const v = toScore(raw[row]);
    if (typeof v === "string") {
      located.add(table, row, column, `score "${column}" is ${v}`);
      ok = false;
    } else out[i] = v;
  }
  return ok ? out : null;
}
function shared(candidate, baseline, al, column, what, located) {
  const rc = candidate.columns.get(column);
  const rb = baseline.columns.get(column);
  const out = new Array(al.cRows.length);
  let ok = true;
  for (let i = 0; i < al.cRows.length; i++) {
    const ci = al.cRows[i];
    const bi = al.bRows[i];
    const vc = rc ? toClass(rc[ci]) : void 0;
    const vb = rb ? toClass(rb[bi]) : void 0;
    if (vc === null || vc === void 0 && vb === null) {
      const [t, row] = vc === null ? [candidate, ci] : [baseline, bi];
      located.add(t, row, column, `${what} "${column}" is missing or empty`);
      ok = false;
      continue;
    }
    if (vb === null) {
      located.add(baseline, bi, column, `${what} "${column}" is missing or empty`);
      ok = false;
      continue;
    }
    if (vc !== void 0 && vb !== void 0 && vc !== vb) {
      located.add(
        candidate,
        ci,
        column,
        `${what} "${column}" is "${vc}" here but "${vb}" in ${baseline.path} for the same id`
      );
      ok = false;
      continue;
    }
    out[i] = vc ?? vb;
  }
  return ok ? out : null;
}

function fieldsOf(init) {
  return Object.assign(/* @__PURE__ */ Object.create(null), init);
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function eachJsonLine(path, text, each, problems) {
  const report = (p) => "add" in problems ? problems.add(p) : problems.push(p);
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === "") continue;
    let value;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      report({ file: path, line, message: `invalid JSON: ${e.message}` });
      continue;
    }
    if (isObject(value)) each(value, line);
    else
      report({
        file: path,
        line,
        message: `expected a JSON object per line, got ${describe(value)}`
      });
  }
}
function scalar(v) {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return v;
  return void 0;
}
function scalarsUnder(prefix, obj, into) {
  if (!isObject(obj)) return;
  for (const [k, v] of Object.entries(obj)) {
    const s = scalar(v);
    if (s !== void 0) into[`${prefix}.${k}`] = s;
  }
}

const BOOKKEEPING = /* @__PURE__ */ new Set([
  "doc_id",
  "doc",
  "target",
  "arguments",
  "resps",
  "filtered_resps",
  "filter",
  "metrics",
  "doc_hash",
  "prompt_hash",
  "target_hash"
]);
function metricNames(rec) {
  if (Array.isArray(rec.metrics))
    return rec.metrics.filter((m) => typeof m === "string");
  return Object.keys(rec).filter(
    (k) => !BOOKKEEPING.has(k) && (typeof rec[k] === "number" || typeof rec[k] === "boolean")
  );
}
const lmEvalSamples = {
  format: "lm-eval-samples",
  tool: "lm-evaluation-harness",
  detect(file) {
    const first = file.firstLine();
    return isObject(first) && "doc_id" in first && ("filtered_resps" in first || "resps" in first);
  },
  read(file) {
    const problems = [];
    const docs = /* @__PURE__ */ new Map();
    const records = [];
    const filters = /* @__PURE__ */ new Set();
    eachJsonLine(
      file.path,
      file.text(),
      (rec, line) => {
        const docId = scalar(rec.doc_id);
        if (typeof docId !== "number" && typeof docId !== "string") {
          problems.push({
            file: file.path,
            line,
            key: "doc_id",
            message: "lm-eval sample has no doc_id"
          });
          return;
        }
        const filter = typeof rec.filter === "string" ? rec.filter : "none";
        filters.add(filter);
        const doc = docs.get(String(docId)) ?? { samples: [] };
        docs.set(String(docId), doc);
        let sample = doc.samples.find((s) => !(`\0${filter}` in s.fields));
        if (!sample) {
          sample = {
            line,
            fields: fieldsOf({ id: docId, doc_id: docId })
          };
          if (typeof rec.doc_hash === "string") sample.fields.doc_hash = rec.doc_hash;
          const target = scalar(rec.target);
          if (target !== void 0) sample.fields.target = target;
          doc.samples.push(sample);
          records.push(sample);
        }
        sample.fields[`\0${filter}`] = true;
        for (const name of metricNames(rec))
          sample.fields[`${name},${filter}`] = rec[name];
      },
      problems
    );
    const single = filters.size === 1 ? [...filters][0] : null;
    for (const r of records) {
      for (const key of Object.keys(r.fields)) {
        if (key.startsWith("\0")) delete r.fields[key];
        else if (single !== null && key.endsWith(`,${single}`))
          r.fields[key.slice(0, -single.length - 1)] = r.fields[key];
      }
    }
    return { records, problems };
  }
};

function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObject(v))
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "null";
}
function resultsOf(root) {
  if (!isObject(root)) return void 0;
  const inner = isObject(root.results) ? root.results : root;
  return Array.isArray(inner.results) ? inner.results : void 0;
}
function looksLikeResult(r) {
  return isObject(r) && typeof r.testIdx === "number" && "success" in r && "promptIdx" in r;
}
function combo(r) {
  const provider = isObject(r.provider) ? r.provider.label || r.provider.id : r.provider;
  return `prompt ${String(r.promptIdx)} with provider ${String(provider ?? "?")}`;
}
function record(r, i) {
  const test = isObject(r.testCase) ? r.testCase : {};
  const vars = isObject(r.vars) ? r.vars : isObject(test.vars) ? test.vars : {};
  const fields = fieldsOf({
    id: Object.keys(vars).length > 0 ? canonical(vars) : `test ${String(r.testIdx)}`,
    testIdx: r.testIdx,
    success: r.success,
    score: r.score
  });
  const description = scalar(test.description ?? r.description);
  if (description !== void 0) fields.description = description;
  if (isObject(r.namedScores))
    for (const [k, v] of Object.entries(r.namedScores)) fields[`namedScores.${k}`] = v;
  scalarsUnder("vars", vars, fields);
  return { line: 0, key: `results.results[${i}]`, fields };
}
const promptfooOutput = {
  format: "promptfoo",
  tool: "promptfoo",
  detect(file) {
    const results = resultsOf(file.json());
    return results !== void 0 && results.length > 0 && looksLikeResult(results[0]);
  },
  read(file) {
    const problems = [];
    const results = resultsOf(file.json());
    if (!results)
      return {
        records: [],
        problems: [
          {
            file: file.path,
            key: "results.results",
            message: "not a promptfoo output file: no results.results array"
          }
        ]
      };
    const records = [];
    const combos = /* @__PURE__ */ new Set();
    results.forEach((r, i) => {
      if (!looksLikeResult(r)) {
        problems.push({
          file: file.path,
          key: `results.results[${i}]`,
          message: "not a promptfoo result (testIdx, promptIdx, success)"
        });
        return;
      }
      combos.add(combo(r));
      records.push(record(r, i));
    });
    if (combos.size > 1)
      problems.push({
        file: file.path,
        key: "results.results",
        message: `holds ${combos.size} prompt \xD7 provider combinations (${[...combos].slice(0, 3).join("; ")}); each is a model: write one per file (promptfoo eval --filter-providers, --filter-prompts)`
      });
    return { records, problems };
  }
};

const LETTERS = { C: 1, P: 0.5, I: 0, N: 0 };
function inspectValue(v) {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v !== "string") return v;
  if (v in LETTERS) return LETTERS[v];
  const lower = v.toLowerCase();
  if (lower === "yes" || lower === "true") return 1;
  if (lower === "no" || lower === "false") return 0;
  return v;
}
function inspectSampleRecord(sample, where, problems) {
  if (!isObject(sample) || typeof sample.id !== "string" && typeof sample.id !== "number") {
    problems.push({ ...where, message: "inspect sample has no id" });
    return null;
  }
  const fields = fieldsOf({ id: sample.id });
  if (typeof sample.epoch === "number") fields.epoch = sample.epoch;
  const target = scalar(sample.target);
  if (target !== void 0) fields.target = target;
  if (isObject(sample.scores))
    for (const [scorer, score] of Object.entries(sample.scores)) {
      const value = isObject(score) ? score.value : void 0;
      if (isObject(value))
        for (const [k, v] of Object.entries(value)) fields[`${scorer}.${k}`] = inspectValue(v);
      else fields[scorer] = inspectValue(value);
    }
  scalarsUnder("metadata", sample.metadata, fields);
  return { line: 0, key: where.key, fields };
}
function isLog(v) {
  return isObject(v) && isObject(v.eval) && typeof v.version === "number";
}
const inspectJson = {
  format: "inspect-json",
  tool: "inspect_ai",
  detect(file) {
    return !file.zip && isLog(file.json());
  },
  read(file) {
    const problems = [];
    const log = file.json();
    if (!isLog(log) || !Array.isArray(log.samples))
      return {
        records: [],
        problems: [
          {
            file: file.path,
            key: "samples",
            message: "inspect log has no samples (written with --no-log-samples, or not an inspect log)"
          }
        ]
      };
    const records = [];
    log.samples.forEach((s, i) => {
      const r = inspectSampleRecord(s, { file: file.path, key: `samples[${i}]` }, problems);
      if (r) records.push(r);
    });
    return { records, problems };
  }
};

const SAMPLE = /^samples\/[^/]+\.json$/;
const inspectEval = {
  format: "inspect-eval",
  tool: "inspect_ai",
  detect(file) {
    return file.zip && file.path.toLowerCase().endsWith(".eval");
  },
  read(file) {
    const problems = [];
    const records = [];
    let names;
    try {
      names = listZipFiles(file.bytes);
    } catch (e) {
      return { records, problems: [{ file: file.path, message: e.message }] };
    }
    const samples = names.filter((n) => SAMPLE.test(n)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    if (samples.length === 0)
      problems.push({
        file: file.path,
        key: "samples/",
        message: "the .eval log holds no samples/*.json (not an inspect log, or written without samples)"
      });
    const limit = readLimit("examples");
    let left = limit.bytes;
    for (const name of samples) {
      let text;
      try {
        const bytes = extractZipFile(file.bytes, name, { maxBytes: left });
        if (!bytes) continue;
        left -= bytes.length;
        text = decodeUtf8(bytes, `${file.path}:${name}`);
      } catch (e) {
        const over = /over the limit/.test(e.message);
        problems.push({
          file: file.path,
          key: name,
          message: over ? `${e.message}: ${overCapMessage(limit)} (the entries inflated count together)` : e.message
        });
        break;
      }
      let sample;
      try {
        sample = JSON.parse(text);
      } catch (e) {
        problems.push({
          file: file.path,
          key: name,
          message: `invalid JSON: ${e.message}`
        });
        continue;
      }
      const r = inspectSampleRecord(sample, { file: file.path, key: name }, problems);
      if (r) records.push(r);
    }
    return { records, problems };
  }
};

function isEvent(v) {
  return isObject(v) && "run_id" in v && "sample_id" in v && typeof v.type === "string";
}
function eventRecord(e, line) {
  const id = scalar(e.sample_id);
  if (typeof id !== "string" && typeof id !== "number") return null;
  const fields = fieldsOf({ id });
  if (isObject(e.data))
    for (const [k, v] of Object.entries(e.data)) {
      const s = scalar(v);
      if (s !== void 0 && k !== "id") fields[k] = s;
    }
  return { line, fields };
}
const openaiEvals = {
  format: "openai-evals",
  tool: "OpenAI evals",
  detect(file) {
    const first = file.firstLine();
    return isObject(first) && isObject(first.spec) && "run_id" in first.spec || isEvent(first);
  },
  read(file) {
    const problems = [];
    const byType = /* @__PURE__ */ new Map();
    eachJsonLine(
      file.path,
      file.text(),
      (rec, line) => {
        if (!isEvent(rec) || rec.type !== "match" && rec.type !== "metrics") return;
        const r = eventRecord(rec, line);
        if (!r) {
          problems.push({
            file: file.path,
            line,
            key: "sample_id",
            message: "event has no sample_id"
          });
          return;
        }
        const list = byType.get(rec.type) ?? [];
        list.push(r);
        byType.set(rec.type, list);
      },
      problems
    );
    const records = byType.get("match") ?? byType.get("metrics") ?? [];
    return { records, problems };
  }
};

const EXAMPLE_READERS = [
  inspectEval,
  inspectJson,
  promptfooOutput,
  openaiEvals,
  lmEvalSamples
];
function readerFor(format) {
  return EXAMPLE_READERS.find((r) => r.format === format);
}

class ProblemList {
  constructor(max) {
    this.max = max;
  }
  max;
  list = [];
  extra = 0;
  add(p) {
    if (this.list.length < this.max) this.list.push(p);
    else this.extra++;
  }
  done(file) {
    if (this.extra > 0) this.list.push({ file, message: `${this.extra} more problems not shown` });
    return this.list;
  }
  get count() {
    return this.list.length + this.extra;
  }
}
function newBuilder(path, format, options) {
  return {
    table: {
      path,
      format,
      idColumn: options.idColumn,
      ids: [],
      lines: new Int32Array(0),
      index: /* @__PURE__ */ new Map(),
      columns: /* @__PURE__ */ new Map(),
      repeated: 0
    },
    problems: new ProblemList(options.maxProblems ?? 50),
    wanted: options.columns.filter((c) => c !== options.idColumn),
    seen: /* @__PURE__ */ new Set(),
    repeats: options.repeats ?? false,
    counts: []
  };
}
function addObject(b, line, lines, rec, raw = (v) => v) {
  addRecord(
    b,
    line,
    lines,
    (k) => Object.hasOwn(rec, k) ? raw(rec[k]) : void 0,
    (k) => Object.hasOwn(rec, k)
  );
}
function addRecord(b, line, lines, get, has) {
  const { table, problems } = b;
  const where = { file: table.path, ...line ? { line } : {}, key: table.idColumn };
  const rawId = get(table.idColumn);
  let id;
  if (typeof rawId === "string" && rawId.trim() !== "") id = rawId;
  else if (typeof rawId === "number" && Number.isFinite(rawId)) id = String(rawId);
  if (id === void 0) {
    const what = rawId === void 0 || rawId === null || rawId === "" ? "missing" : `not a string or number (${describe(rawId)})`;
    problems.add({ ...where, message: `example id "${table.idColumn}" is ${what}` });
    return;
  }
  const previous = table.index.get(id);
  if (previous !== void 0 && b.repeats) {
    addSample(b, previous, get, has);
    return;
  }
  if (previous !== void 0) {
    const at = lines[previous] ? ` (first at line ${lines[previous]})` : "";
    problems.add({
      ...where,
      message: `duplicate example id "${clip(id)}"${at}; if the file holds repeated samples (epochs, generations), set examples.repeats: true to average them`
    });
    return;
  }
  const row = table.ids.length;
  table.index.set(id, row);
  table.ids.push(id);
  lines.push(line);
  b.counts.push(1);
  for (const col of b.wanted) {
    if (has(col)) b.seen.add(col);
    let values = table.columns.get(col);
    if (!values) {
      values = [];
      table.columns.set(col, values);
    }
    values[row] = get(col);
  }
}
function addSample(b, row, get, has) {
  const before = b.counts[row];
  for (const col of b.wanted) {
    if (has(col)) b.seen.add(col);
    let values = b.table.columns.get(col);
    if (!values) {
      values = [];
      b.table.columns.set(col, values);
    }
    const held = values[row];
    const list = held instanceof Samples ? held.values : [held];
    while (list.length < before) list.push(void 0);
    list.push(get(col));
    if (!(held instanceof Samples)) values[row] = new Samples(list);
  }
  b.counts[row] = before + 1;
}
function finish(b, lines) {
  const { table } = b;
  table.lines = Int32Array.from(lines);
  table.repeated = b.counts.filter((c) => c > 1).length;
  for (const values of table.columns.values())
    b.counts.forEach((c, row) => {
      if (c < 2) return;
      const held = values[row];
      const list = held instanceof Samples ? held.values : [held];
      while (list.length < c) list.push(void 0);
      if (!(held instanceof Samples)) values[row] = new Samples(list);
    });
  for (const col of [...table.columns.keys()]) if (!b.seen.has(col)) table.columns.delete(col);
  for (const values of table.columns.values()) values.length = table.ids.length;
  if (table.ids.length === 0 && b.problems.count === 0)
    b.problems.add({ file: table.path, message: "no examples in file" });
  return { table, problems: b.problems.done(table.path) };
}

const EXAMPLE_FORMATS = formatsWith("examples");
function detectFormat(path, text) {
  const named = compressionOf(path).compression ? void 0 : formatOf(path);
  const first = text.trimStart()[0];
  if (named === "json") return first === "[" ? "json" : "jsonl";
  if (named && EXAMPLE_FORMATS.includes(named)) return named;
  if (first === "{") return "jsonl";
  if (first === "[") return "json";
  return "csv";
}
const SNIFF_BYTES = 65536;
function sniff(path, bytes, decoded) {
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 67324752;
  let json;
  let first;
  const head = zip ? "" : bytes.subarray(0, SNIFF_BYTES).toString("utf8");
  const parse = (t) => {
    try {
      return JSON.parse(t());
    } catch {
      return void 0;
    }
  };
  return {
    path,
    head,
    zip,
    json: () => (json ??= { v: zip || !head.trimStart().startsWith("{") ? void 0 : parse(decoded) }).v,
    firstLine: () => (first ??= { v: zip ? void 0 : parse(() => head.trimStart().split("\n", 1)[0] ?? "") }).v
  };
}
function jsonOf(reader, parse) {
  return () => {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      throw new Error(`not a JSON document, as a ${reader.tool} file must be`);
    }
  };
}
function readNamed(reader, path, bytes, decoded, options) {
  let parsed;
  const json = () => {
    const text = decoded();
    if (!text.trimStart().startsWith("{")) throw new SyntaxError("not an object");
    parsed ??= { v: JSON.parse(text) };
    return parsed.v;
  };
  let out;
  try {
    out = reader.read({ path, bytes, text: decoded, json: jsonOf(reader, json) });
  } catch (e) {
    return { table: null, problems: [{ file: path, message: e.message }] };
  }
  const b = newBuilder(path, reader.format, { ...options, repeats: true });
  for (const p of out.problems) b.problems.add(p);
  const lines = [];
  for (const r of out.records) addObject(b, r.line, lines, r.fields);
  return finish(b, lines);
}
function namedReader(sniffed, forced) {
  return forced ? readerFor(forced) : EXAMPLE_READERS.find((r) => r.detect(sniffed));
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function unreadable(path, e) {
  const err = e;
  const why = err.code === "ENOENT" ? "file not found" : refusalReason(err);
  return {
    table: null,
    problems: [{ file: path, message: `cannot read per-example scores: ${why}` }]
  };
}
function streamedFormat(path, head) {
  const named = formatOf(path);
  if (named && compressionOf(path).compression) return named;
  return detectFormat(path, stripBom(head.toString("utf8")));
}
function rawOf(v) {
  return typeof v === "bigint" ? String(v) : v;
}
async function streamExamples(file, options) {
  const { path, format } = file;
  const b = newBuilder(path, format, options);
  const lines = [];
  const spec = formatSpec(format);
  let idColumn;
  const out = await readRecords(
    file,
    NO_SCHEMA,
    ({ value, line, record }) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        const perLine = spec.layout === "lines";
        b.problems.add({
          file: path,
          line,
          ...perLine ? {} : { key: `[${record}]` },
          message: perLine ? `expected a JSON object per line, got ${describe(value)}` : `record ${record}: expected an object, got ${describe(value)}`
        });
        return;
      }
      const rec = value;
      if (spec.layout === "delimited" || spec.layout === "row-groups") {
        idColumn ??= Object.hasOwn(rec, options.idColumn);
        if (!idColumn) return;
      }
      addObject(b, line, lines, rec, rawOf);
    },
    { maxRecordBytes: DEFAULT_MAX_RECORD_BYTES }
  );
  for (const p of [...out.problems, ...out.unreadable]) b.problems.add(p);
  b.problems.list.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  if (idColumn === false) {
    const noId = `id column "${options.idColumn}" not in ${spec.layout === "delimited" ? "header" : "file"}`;
    return {
      table: null,
      problems: [{ file: path, line: 1, key: options.idColumn, message: noId }]
    };
  }
  return finish(b, lines);
}
async function loadExamples(path, options) {
  const root = options.root ?? dirname(resolve(path));
  let gate;
  let opened;
  try {
    gate = gateFile(root, resolve(path), "per-example file");
    opened = openWithHead(gate, SNIFF_BYTES, "per-example file");
  } catch (e) {
    return unreadable(path, e);
  }
  const { head } = opened;
  let text;
  const bytes = () => opened.whole("examples", path);
  const decoded = () => text ??= stripBom(decodeUtf8(bytes(), path));
  let reader;
  try {
    reader = namedReader(sniff(path, head, decoded), options.format);
    if (reader) bytes();
  } catch (e) {
    return unreadable(path, e);
  } finally {
    opened.close();
  }
  if (reader) return readNamed(reader, path, bytes(), decoded, options);
  const format = options.format ?? streamedFormat(path, head);
  const { compression } = compressionOf(path);
  try {
    if (formatSpec(format).text && !compression) assertUtf8Head(head, path);
  } catch (e) {
    return { table: null, problems: [{ file: path, message: e.message }] };
  }
  const file = { path, abs: gate.abs, format, bytes: gate.size, gate };
  return streamExamples(compression ? { ...file, compression } : file, options);
}

const EPS = 1e-12;
function parseAmount(v, key) {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0)
      throw new Error(`${key} must be a non-negative number or a percentage like "5%", got ${v}`);
    return { kind: "absolute", value: v };
  }
  const s = v.trim();
  const m = /^([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*(%?)$/.exec(s);
  if (!m)
    throw new Error(`${key} must be a non-negative number or a percentage like "5%", got "${v}"`);
  const x = Number(m[1]);
  return m[2] ? { kind: "relative", percent: x } : { kind: "absolute", value: x };
}
function resolveAmount(a, baseline, key) {
  if (a.kind === "absolute") return a.value;
  if (baseline === 0)
    throw new Error(
      `${key} ${a.percent}% is relative, and the baseline is 0: a relative rule is unusable here; use an absolute ${key}`
    );
  return a.percent / 100 * Math.abs(baseline);
}
function ruleMargin(rule, baseline) {
  const parts = [];
  let margin = null;
  const show = (key, raw, a, abs) => a.kind === "relative" ? `${key} ${String(raw).trim()} (${fmt(abs)})` : `${key} ${fmt(abs)}`;
  if (rule.max_drop !== void 0) {
    const a = parseAmount(rule.max_drop, "max_drop");
    const d = resolveAmount(a, baseline, "max_drop");
    margin = -d;
    parts.push(show("max_drop", rule.max_drop, a, d));
  }
  if (rule.min_gain !== void 0) {
    const a = parseAmount(rule.min_gain, "min_gain");
    const g = resolveAmount(a, baseline, "min_gain");
    margin = margin === null ? g : Math.max(margin, g);
    parts.push(show("min_gain", rule.min_gain, a, g));
  }
  if (rule.non_inferiority) {
    if (margin === null) margin = 0;
    parts.push("non_inferiority");
  }
  if (rule.min !== void 0) parts.push(`min ${fmt(rule.min)}`);
  if (rule.max !== void 0) parts.push(`max ${fmt(rule.max)}`);
  if (rule.severity === "warn") parts.push("severity warn");
  return { value: margin, text: parts.join(", ") || "no threshold" };
}
function ruleText(rule) {
  const parts = [];
  if (rule.max_drop !== void 0) parts.push(`max_drop ${String(rule.max_drop).trim()}`);
  if (rule.min_gain !== void 0) parts.push(`min_gain ${String(rule.min_gain).trim()}`);
  if (rule.non_inferiority) parts.push("non_inferiority");
  if (rule.min !== void 0) parts.push(`min ${rule.min}`);
  if (rule.max !== void 0) parts.push(`max ${rule.max}`);
  if (rule.severity === "warn") parts.push("severity warn");
  return parts.join(", ") || "no threshold";
}
const WARN_LEVEL = 0.8;
function decide(input) {
  const { rule, margin, candidate, delta, ci, level, warnCi } = input;
  const decisions = [];
  const ciText = `${pct(level)} CI [${fmt(ci[0])}, ${fmt(ci[1])}]`;
  if (margin !== null) {
    const what = margin < 0 ? `\u2212${fmt(-margin)}` : fmt(margin);
    if (rule.non_inferiority) {
      decisions.push(
        ci[0] > margin + EPS ? { status: "pass", reason: `non-inferior: ${ciText} lies above ${what}` } : { status: "fail", reason: `non-inferiority not shown: ${ciText} reaches ${what}` }
      );
    } else if (ci[1] < margin - EPS) {
      decisions.push({
        status: "fail",
        reason: `significant regression: \u0394 ${fmt(delta)}, ${ciText} lies wholly below ${what}`
      });
    } else if ((warnCi ? warnCi[1] : delta) < margin - EPS) {
      const evidence = warnCi ? `its ${pct(WARN_LEVEL)} CI [${fmt(warnCi[0])}, ${fmt(warnCi[1])}] lies below ${what}` : `it is below ${what}`;
      decisions.push({
        status: "warn",
        reason: `likely regression: \u0394 ${fmt(delta)}, ${evidence}, but the ${ciText} reaches it`
      });
    } else {
      decisions.push({ status: "pass", reason: `\u0394 ${fmt(delta)} within the rule, ${ciText}` });
    }
  }
  if (rule.min !== void 0 && !(candidate >= rule.min - EPS)) {
    decisions.push({
      status: "fail",
      reason: `candidate ${fmt(candidate)} is below min ${fmt(rule.min)}`
    });
  }
  if (rule.max !== void 0 && !(candidate <= rule.max + EPS)) {
    decisions.push({
      status: "fail",
      reason: `candidate ${fmt(candidate)} is above max ${fmt(rule.max)}`
    });
  }
  if (decisions.length === 0)
    return { status: "pass", reason: `no threshold to test; \u0394 ${fmt(delta)}, ${ciText}` };
  let worst = decisions[0];
  for (const d of decisions) if (STATUS_RANK[d.status] > STATUS_RANK[worst.status]) worst = d;
  if (worst.status === "fail" && rule.severity === "warn")
    return { status: "warn", reason: `${worst.reason} (severity warn)` };
  return worst;
}
function fmt(x) {
  return compactNumber(x, {
    digits: 4,
    small: 1e-4,
    large: 1e6,
    expDigits: 2,
    outside: "precision"
  });
}
function pct(level) {
  return `${Number((level * 100).toPrecision(4))}%`;
}

const DEFAULT_RESAMPLES = 1e4;
function checkResamples(resamples) {
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
}
function meanReplicatesInt(diff, resamples, state) {
  const n = diff.length;
  const out = new Float64Array(resamples);
  let [s0, s1, s2, s3] = stateWords(state);
  const scale = n * TWO_POW_M32;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const m = Math.imul(s1, 5);
      const x = Math.imul(m << 7 | m >>> 25, 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      sum = sum + diff[(x >>> 0) * scale | 0] | 0;
    }
    out[r] = sum / n;
  }
  state.set([s0, s1, s2, s3]);
  return out;
}
function pairedDifferences(candidate, baseline) {
  const n = candidate.length;
  if (baseline.length !== n) throw new RangeError("pairedDifferences: vectors differ in length");
  const diff = new Float64Array(n);
  let integral = true;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const d = candidate[i] - baseline[i];
    if (!Number.isFinite(d))
      throw new RangeError(`pairedDifferences: non-finite difference at index ${i}`);
    diff[i] = d;
    if (integral && !Number.isInteger(d)) integral = false;
    const a = Math.abs(d);
    if (a > maxAbs) maxAbs = a;
  }
  if (!integral || maxAbs * n >= 2 ** 31) return diff;
  return maxAbs <= 127 ? Int8Array.from(diff) : Int32Array.from(diff);
}
function bootstrapMeanReplicates(diff, options = {}) {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  checkResamples(resamples);
  if (diff.length === 0) throw new RangeError("bootstrap: no examples");
  const seed = options.seed ?? 1;
  const label = options.label ?? "";
  const blocked = () => floatReplicates(Float32Array.from(diff), resamples, seed, label, options);
  if (diff instanceof Float64Array) return blocked();
  let maxAbs = 0;
  for (let i = 0; i < diff.length; i++) maxAbs = Math.max(maxAbs, Math.abs(diff[i]));
  if (maxAbs * diff.length >= 2 ** 31) return blocked();
  const state = seedState(seed, label);
  return meanReplicatesInt(diff, resamples, state);
}
function ratioFromCounts(stat, tp, fp, fn) {
  const den = stat === "precision" ? tp + fp : stat === "recall" ? tp + fn : 2 * tp + fp + fn;
  if (den === 0) return NaN;
  return (stat === "f1" ? 2 * tp : tp) / den;
}
function ratioPair(stat, counts) {
  const k = (i) => counts[i] ?? 0;
  const bTp = k(6) + k(7);
  const bFp = k(2) + k(3);
  const bFn = k(4) + k(5);
  const cTp = k(5) + k(7);
  const cFp = k(1) + k(3);
  const cFn = k(4) + k(6);
  return {
    baseline: ratioFromCounts(stat, bTp, bFp, bFn),
    candidate: ratioFromCounts(stat, cTp, cFp, cFn)
  };
}
function codeCounts(codes) {
  const counts = new Int32Array(8);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  return counts;
}
function summarize$1(replicates) {
  let valid = 0;
  for (let i = 0; i < replicates.length; i++) if (!Number.isNaN(replicates[i])) valid++;
  const sorted = new Float64Array(valid);
  let j = 0;
  for (let i = 0; i < replicates.length; i++)
    if (!Number.isNaN(replicates[i])) sorted[j++] = replicates[i];
  sorted.sort();
  return { sorted, dropped: replicates.length - valid };
}
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function percentileInterval(sorted, level) {
  if (!(level > 0 && level < 1))
    throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const tail = (1 - level) / 2;
  return [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
}
function bootstrapPValue(sorted, nullValue = 0) {
  const n = sorted.length;
  if (n === 0) return NaN;
  let below = 0;
  let above = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    if (v <= nullValue) below++;
    if (v >= nullValue) above++;
  }
  return Math.min(1, 2 * (Math.min(below, above) + 1) / (n + 1));
}
function bootstrapStandardError(sorted) {
  const n = sorted.length;
  if (n < 2) return NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i] - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}

function meanAndSd(values) {
  let mean = 0;
  let m2 = 0;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  return { n, mean: n ? mean : NaN, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : NaN };
}

function binomialTwoSidedHalf(k, n) {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`binomialTwoSidedHalf: need integers 0 \u2264 k \u2264 n, got k=${k}, n=${n}`);
  }
  if (n > 1e3)
    throw new RangeError(
      "binomialTwoSidedHalf: n above 1000 underflows; use the chi-square variant"
    );
  if (n === 0) return 1;
  const lo = Math.min(k, n - k);
  let pmf = Math.pow(2, -n);
  let tail = pmf;
  for (let i = 0; i < lo; i++) {
    pmf = pmf * (n - i) / (i + 1);
    tail += pmf;
  }
  return Math.min(1, 2 * tail);
}
function mcnemar(b, c, options = {}) {
  const exactBelow = options.exactBelow ?? 25;
  const correct = options.correct ?? true;
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(
      `mcnemar: discordant counts must be non-negative integers, got b=${b}, c=${c}`
    );
  }
  if (exactBelow > 1001) throw new RangeError("mcnemar: exactBelow must be at most 1001");
  const n = b + c;
  if (n < exactBelow) return { b, c, method: "exact", pValue: binomialTwoSidedHalf(b, n) };
  const diff = correct ? Math.max(0, Math.abs(b - c) - 1) : Math.abs(b - c);
  const statistic = diff * diff / n;
  return {
    b,
    c,
    method: correct ? "chi2-cc" : "chi2",
    statistic,
    pValue: twoSidedP(Math.sqrt(statistic))
  };
}

function quantiles(options) {
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return { za: normalQuantile(1 - alpha / 2), zb: normalQuantile(power) };
}
function mdePairedMean(sd, n, options = {}) {
  const { za, zb } = quantiles(options);
  if (!(n >= 2) || !Number.isFinite(sd) || sd < 0) return NaN;
  return (za + zb) * sd / Math.sqrt(n);
}
function mdePairedProportions(discordance, n, options = {}) {
  const { za, zb } = quantiles(options);
  if (!(n >= 1) || !(discordance > 0 && discordance <= 1)) return NaN;
  const root = Math.sqrt(n);
  const f = (d) => za * Math.sqrt(discordance) + zb * Math.sqrt(Math.max(0, discordance - d * d)) - d * root;
  if (f(discordance) > 0) return NaN;
  let lo = 0;
  let hi = discordance;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}

function w(weights, i) {
  return weights ? weights[i] : 1;
}
function orderByScore(scores) {
  const idx = new Int32Array(scores.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => scores[a] - scores[b]);
}
function rocAuc(positive, scores, order, weights) {
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  for (let k = 0; k < order.length; ) {
    const s = scores[order[k]];
    let p = 0;
    let q = 0;
    for (; k < order.length && scores[order[k]] === s; k++) {
      const i = order[k];
      if (positive[i]) p += w(weights, i);
      else q += w(weights, i);
    }
    sum += p * (negBelow + q / 2);
    negBelow += q;
    pos += p;
  }
  return pos === 0 || negBelow === 0 ? NaN : sum / (pos * negBelow);
}
function averagePrecision(positive, scores, order, weights) {
  let totalPos = 0;
  for (let i = 0; i < positive.length; i++) if (positive[i]) totalPos += w(weights, i);
  if (totalPos === 0) return NaN;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let lastRecall = 0;
  for (let k = order.length - 1; k >= 0; ) {
    const s = scores[order[k]];
    for (; k >= 0 && scores[order[k]] === s; k--) {
      const i = order[k];
      if (positive[i]) tp += w(weights, i);
      else fp += w(weights, i);
    }
    if (tp + fp === 0) continue;
    const recall = tp / totalPos;
    ap += (recall - lastRecall) * (tp / (tp + fp));
    lastRecall = recall;
  }
  return ap;
}
function brier(positive, scores, weights) {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const d = scores[i] - positive[i];
    sum += w(weights, i) * d * d;
    n += w(weights, i);
  }
  return n === 0 ? NaN : sum / n;
}
const ECE_BINS = 10;
function expectedCalibrationError(positive, scores, weights) {
  const count = new Float64Array(ECE_BINS);
  const hits = new Float64Array(ECE_BINS);
  const conf = new Float64Array(ECE_BINS);
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const wi = w(weights, i);
    const b = Math.min(ECE_BINS - 1, Math.floor(scores[i] * ECE_BINS));
    count[b] += wi;
    hits[b] += wi * positive[i];
    conf[b] += wi * scores[i];
    n += wi;
  }
  if (n === 0) return NaN;
  let ece = 0;
  for (let b = 0; b < ECE_BINS; b++) if (count[b] > 0) ece += Math.abs(hits[b] - conf[b]) / n;
  return ece;
}
function regressionError(target, prediction, weights, absolute) {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < target.length; i++) {
    const d = prediction[i] - target[i];
    sum += w(weights, i) * (absolute ? Math.abs(d) : d * d);
    n += w(weights, i);
  }
  if (n === 0) return NaN;
  return absolute ? sum / n : Math.sqrt(sum / n);
}
function classCounts(truth, predicted, classes, weights) {
  const tp = new Float64Array(classes);
  const pred = new Float64Array(classes);
  const actual = new Float64Array(classes);
  let n = 0;
  for (let i = 0; i < truth.length; i++) {
    const wi = w(weights, i);
    actual[truth[i]] += wi;
    pred[predicted[i]] += wi;
    if (truth[i] === predicted[i]) tp[truth[i]] += wi;
    n += wi;
  }
  return { tp, predicted: pred, actual, n };
}
function macroF1(truth, predicted, classes, weights) {
  const c = classCounts(truth, predicted, classes, weights);
  let sum = 0;
  for (let k = 0; k < classes; k++) {
    const denom = c.predicted[k] + c.actual[k];
    sum += denom === 0 ? 0 : 2 * c.tp[k] / denom;
  }
  return sum / classes;
}
function microF1(truth, predicted, weights) {
  let hit = 0;
  let n = 0;
  for (let i = 0; i < truth.length; i++) {
    n += w(weights, i);
    if (truth[i] === predicted[i]) hit += w(weights, i);
  }
  return n === 0 ? NaN : hit / n;
}
function classRecall(truth, predicted, cls, weights) {
  let hit = 0;
  let n = 0;
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] !== cls) continue;
    n += w(weights, i);
    if (predicted[i] === cls) hit += w(weights, i);
  }
  return n === 0 ? NaN : hit / n;
}

function midranks(values) {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) ranks[order[k]] = rank;
    i = j;
  }
  return ranks;
}
function placements(scores, positive) {
  const xs = [];
  const ys = [];
  for (let i = 0; i < scores.length; i++) (positive[i] ? xs : ys).push(scores[i]);
  const m = xs.length;
  const n = ys.length;
  const x = Float64Array.from(xs);
  const y = Float64Array.from(ys);
  const all = new Float64Array(m + n);
  all.set(x);
  all.set(y, m);
  const rAll = midranks(all);
  const rx = midranks(x);
  const ry = midranks(y);
  const pos = new Float64Array(m);
  const neg = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    pos[i] = (rAll[i] - rx[i]) / n;
    sum += rAll[i];
  }
  for (let j = 0; j < n; j++) neg[j] = 1 - (rAll[m + j] - ry[j]) / m;
  return { auc: (sum - m * (m + 1) / 2) / (m * n), pos, neg };
}
function covariance(a, b) {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] - ma) * (b[i] - mb);
  return s / (n - 1);
}
function delongPaired(positive, candidate, baseline) {
  const c = placements(candidate, positive);
  const b = placements(baseline, positive);
  const m = c.pos.length;
  const n = c.neg.length;
  if (m < 2 || n < 2) throw new RangeError("DeLong needs at least 2 positives and 2 negatives");
  const varC = covariance(c.pos, c.pos) / m + covariance(c.neg, c.neg) / n;
  const varB = covariance(b.pos, b.pos) / m + covariance(b.neg, b.neg) / n;
  const cov = covariance(c.pos, b.pos) / m + covariance(c.neg, b.neg) / n;
  const variance = Math.max(0, varC + varB - 2 * cov);
  const d = c.auc - b.auc;
  const z = variance === 0 ? d === 0 ? 0 : Math.sign(d) * Infinity : d / Math.sqrt(variance);
  return {
    candidate: c.auc,
    baseline: b.auc,
    variance,
    z,
    pValue: variance === 0 ? d === 0 ? 1 : 0 : twoSidedP(z)
  };
}

function bootstrapWeightedReplicates(n, statistic, options = {}) {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (n === 0) throw new RangeError("bootstrap: no examples");
  const rng = new Xoshiro128ss(seedState(options.seed ?? 1, options.label ?? ""));
  const weights = new Uint32Array(n);
  const out = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[rng.index(n)]++;
    const [c, b] = statistic(weights);
    out[r] = c - b;
  }
  return out;
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const FC_TABLE = Array.from({ length: 10 }, (_, k) => {
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return logFactorial - ((k + 0.5) * Math.log(k + 1) - (k + 1) + LOG_SQRT_2PI);
});
function fc(k) {
  if (k < 10) return FC_TABLE[k];
  const r = 1 / (k + 1);
  const r2 = r * r;
  return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}
function inversion(n, p, rng) {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  for (; ; ) {
    let r = Math.pow(q, n);
    let u = rng.next();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) break;
      r *= a / x - s;
    }
    if (x <= n) return x;
  }
}
function btrd(n, p, rng) {
  const m = Math.floor((n + 1) * p);
  const r = p / (1 - p);
  const nr = (n + 1) * r;
  const npq = n * p * (1 - p);
  const sq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * sq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * sq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  for (; ; ) {
    let v = rng.next();
    let u;
    if (v <= urvr) {
      u = v / vr - 0.43;
      return Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = rng.next() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = Math.sign(u) * 0.5 - u;
      v = rng.next() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = v * alpha / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      let f = 1;
      if (m < k) for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      else if (m > k) for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      if (v <= f) return k;
      continue;
    }
    const lv = Math.log(v);
    const rho = km / npq * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = -km * km / (2 * npq);
    if (lv < t - rho) return k;
    if (lv > t + rho) continue;
    const nm = n - m + 1;
    const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
    const nk = n - k + 1;
    const bound = h + (n + 1) * Math.log(nm / nk) + (k + 0.5) * Math.log(nk * r / (k + 1)) - fc(k) - fc(n - k);
    if (lv <= bound) return k;
  }
}
function binomial(n, p, rng) {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rng);
  return n * p < 10 ? inversion(n, p, rng) : btrd(n, p, rng);
}
function multinomial(n, probabilities, rng, out) {
  let left = n;
  let mass = 1;
  const last = probabilities.length - 1;
  for (let k = 0; k < last; k++) {
    const pk = probabilities[k];
    const x = left > 0 && pk > 0 ? binomial(left, Math.min(1, pk / mass), rng) : 0;
    out[k] = x;
    left -= x;
    mass -= pk;
  }
  out[last] = left;
}

const MAX_CATEGORIES = 16;
function rngFor(options) {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  const rng = new Xoshiro128ss(seedState(options.seed ?? 1, `${options.label ?? ""}\0counts`));
  return { rng, resamples };
}
function categories(diff) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < diff.length; i++) {
    counts.set(diff[i], (counts.get(diff[i]) ?? 0) + 1);
    if (counts.size > MAX_CATEGORIES) return null;
  }
  const values = Float64Array.from(counts.keys());
  const shares = Float64Array.from(counts.values(), (c) => c / diff.length);
  return { values, shares };
}
function bootstrapMeanCountReplicates(diff, options = {}) {
  const n = diff.length;
  if (n === 0) throw new RangeError("bootstrap: no examples");
  const cat = categories(diff);
  if (!cat)
    throw new RangeError(`the count bootstrap needs at most ${MAX_CATEGORIES} distinct values`);
  const { rng, resamples } = rngFor(options);
  const counts = new Int32Array(cat.values.length);
  const out = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    multinomial(n, cat.shares, rng, counts);
    let sum = 0;
    for (let k = 0; k < counts.length; k++) sum += counts[k] * cat.values[k];
    out[r] = sum / n;
  }
  return out;
}
function bootstrapRatioCountReplicates(codes, stat, options = {}) {
  const n = codes.length;
  if (n === 0) throw new RangeError("bootstrap: no examples");
  const tally = new Int32Array(8);
  for (let i = 0; i < n; i++) tally[codes[i]]++;
  const shares = Float64Array.from(tally, (c) => c / n);
  const { rng, resamples } = rngFor(options);
  const counts = new Int32Array(8);
  const out = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    multinomial(n, shares, rng, counts);
    const pair = ratioPair(stat, counts);
    out[r] = pair.candidate - pair.baseline;
  }
  return out;
}

function groupByQuery(queries) {
  const groups = /* @__PURE__ */ new Map();
  queries.forEach((q, i) => {
    const g = groups.get(q);
    if (g) g.push(i);
    else groups.set(q, [i]);
  });
  return [...groups.values()].map((g) => Int32Array.from(g));
}
function discount(position) {
  return 1 / Math.log2(position + 2);
}
function dcg(rows, relevance, score, k) {
  const order = Array.from(rows).sort((a, b) => score[b] - score[a]);
  let total = 0;
  for (let start = 0; start < order.length && start < k; ) {
    let end = start;
    let gain = 0;
    while (end < order.length && score[order[end]] === score[order[start]]) {
      gain += relevance[order[end]];
      end++;
    }
    let disc = 0;
    for (let p = start; p < Math.min(end, k); p++) disc += discount(p);
    total += gain / (end - start) * disc;
    start = end;
  }
  return total;
}
function ndcgAt(rows, relevance, score, k) {
  const ideal = dcg(rows, relevance, relevance, k);
  return ideal === 0 ? 0 : dcg(rows, relevance, score, k) / ideal;
}
function reciprocalRank(rows, relevance, score) {
  let best = -Infinity;
  for (const i of rows) if (relevance[i] > 0 && score[i] > best) best = score[i];
  if (best === -Infinity) return 0;
  let rank = 0;
  for (const i of rows) if (score[i] >= best) rank++;
  return 1 / rank;
}

function passAtK(n, c, k) {
  if (!(Number.isInteger(n) && Number.isInteger(c) && Number.isInteger(k)))
    throw new RangeError(`pass@k needs whole numbers, got n = ${n}, c = ${c}, k = ${k}`);
  if (k < 1 || n < k || c < 0 || c > n)
    throw new RangeError(`pass@k needs n \u2265 k \u2265 1 and 0 \u2264 c \u2264 n, got n = ${n}, c = ${c}, k = ${k}`);
  if (n - c < k) return 1;
  let none = 1;
  for (let i = n - c + 1; i <= n; i++) none *= 1 - k / i;
  return 1 - none;
}

function subsetOf(a, subset) {
  if (!subset) return a;
  const out = new a.constructor(subset.length);
  for (let i = 0; i < subset.length; i++) out[i] = a[subset[i]];
  return out;
}
function restrict(data, subset) {
  const c = subsetOf(data.c, subset);
  const b = subsetOf(data.b, subset);
  if ("positive" in data)
    return { ...data, positive: subsetOf(data.positive, subset), c, b };
  if ("target" in data)
    return { ...data, target: subsetOf(data.target, subset), c, b };
  return { ...data, truth: subsetOf(data.truth, subset), c, b };
}
function pairedStatistic(d) {
  switch (d.stat) {
    case "roc_auc":
    case "pr_auc": {
      const f = d.stat === "roc_auc" ? rocAuc : averagePrecision;
      const oc = orderByScore(d.c);
      const ob = orderByScore(d.b);
      return (w) => [f(d.positive, d.c, oc, w), f(d.positive, d.b, ob, w)];
    }
    case "brier":
      return (w) => [brier(d.positive, d.c, w), brier(d.positive, d.b, w)];
    case "ece":
      return (w) => [
        expectedCalibrationError(d.positive, d.c, w),
        expectedCalibrationError(d.positive, d.b, w)
      ];
    case "rmse":
    case "mae": {
      const abs = d.stat === "mae";
      return (w) => [
        regressionError(d.target, d.c, w, abs),
        regressionError(d.target, d.b, w, abs)
      ];
    }
    case "macro_f1":
      return (w) => [macroF1(d.truth, d.c, d.classes, w), macroF1(d.truth, d.b, d.classes, w)];
    case "micro_f1":
      return (w) => [microF1(d.truth, d.c, w), microF1(d.truth, d.b, w)];
    case "class_recall":
      return (w) => [classRecall(d.truth, d.c, d.cls, w), classRecall(d.truth, d.b, d.cls, w)];
  }
}
function positives(d) {
  if (!("positive" in d)) return -1;
  let p = 0;
  for (let i = 0; i < d.positive.length; i++) p += d.positive[i];
  return p;
}
function computeStatistic(all, subset, options) {
  const d = restrict(all, subset);
  const n = d.c.length;
  const statistic = pairedStatistic(d);
  const [candidate, baseline] = statistic(null);
  if (Number.isNaN(candidate) || Number.isNaN(baseline)) {
    const why = d.stat === "class_recall" ? "the class has no examples" : "one class is absent";
    return { undefinedReason: `${d.stat} is undefined here: ${why}`, n, candidate, baseline };
  }
  const out = { n, candidate, baseline, dropped: 0 };
  if (n < options.minExamples) return out;
  const pos = positives(d);
  if (d.stat === "roc_auc" && pos >= 2 && n - pos >= 2) {
    const t = delongPaired(d.positive, d.c, d.b);
    const se2 = Math.sqrt(t.variance);
    const diff = candidate - baseline;
    out.ciAt = (level) => {
      const z = normalQuantile(1 - (1 - level) / 2);
      return [diff - z * se2, diff + z * se2];
    };
    out.pValue = t.pValue;
    out.test = "delong";
    out.mdeAt = (alpha, power) => (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se2;
    return out;
  }
  const s = summarize$1(bootstrapWeightedReplicates(n, statistic, options.boot));
  out.dropped = s.dropped;
  out.ciAt = (level) => percentileInterval(s.sorted, level);
  out.pValue = bootstrapPValue(s.sorted);
  out.test = "bootstrap";
  const se = bootstrapStandardError(s.sorted);
  out.mdeAt = (alpha, power) => (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se;
  return out;
}

function pick(a, subset) {
  if (!subset) return a;
  const out = new a.constructor(subset.length);
  for (let i = 0; i < subset.length; i++) out[i] = a[subset[i]];
  return out;
}
function mean(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}
function meanInterval(diff, d, sd, opts, boot) {
  if (opts.interval === "paired-z") {
    const se = sd / Math.sqrt(diff.length);
    return {
      ciAt: (level) => {
        const z = normalQuantile(1 - (1 - level) / 2);
        return [d - z * se, d + z * se];
      },
      pValue: se === 0 ? d === 0 ? 1 : 0 : twoSidedP(d / se),
      test: "paired-z"
    };
  }
  const reps = categories(diff) ? bootstrapMeanCountReplicates(diff, boot) : bootstrapMeanReplicates(diff, boot);
  const s = summarize$1(reps);
  return {
    ciAt: (level) => percentileInterval(s.sorted, level),
    pValue: bootstrapPValue(s.sorted),
    test: "bootstrap"
  };
}
function mcnemarTest(bv, cv, power) {
  const n = cv.length;
  let bOnly = 0;
  let cOnly = 0;
  for (let i = 0; i < n; i++) {
    if (bv[i] === 1 && cv[i] === 0) bOnly++;
    else if (bv[i] === 0 && cv[i] === 1) cOnly++;
  }
  const mc = mcnemar(bOnly, cOnly);
  const psi = (bOnly + cOnly) / n;
  return {
    pValue: mc.pValue,
    test: "mcnemar",
    testMethod: mc.method,
    mdeAt: (alpha) => mdePairedProportions(psi, n, { alpha, power })
  };
}
function meanEstimate(prep, subset, opts, power, boot) {
  const cv = pick(prep.c, subset);
  const bv = pick(prep.b, subset);
  const n = cv.length;
  const est = { n, b: mean(bv), c: mean(cv), dropped: 0 };
  if (n < opts.minExamples) return est;
  const diff = pairedDifferences(cv, bv);
  const { sd } = meanAndSd(diff);
  const interval = meanInterval(diff, est.c - est.b, sd, opts, boot);
  if (prep.binary) return { ...est, ...interval, ...mcnemarTest(bv, cv, power) };
  return { ...est, ...interval, mdeAt: (alpha) => mdePairedMean(sd, n, { alpha, power }) };
}
function statisticEstimate(data, unit, opts, power, boot) {
  const out = computeStatistic(data, unit.subset, { minExamples: opts.minExamples, boot });
  if ("undefinedReason" in out) {
    const reason = `${out.undefinedReason}${unit.slice ? " (in this slice)" : ""}`;
    return { undefinedHere: true, n: out.n, reason };
  }
  const est = { n: out.n, b: out.baseline, c: out.candidate, dropped: 0 };
  if (!out.ciAt) return est;
  return {
    ...est,
    ciAt: out.ciAt,
    pValue: out.pValue,
    test: out.test,
    dropped: out.dropped,
    mdeAt: (alpha) => out.mdeAt(alpha, power)
  };
}
function ratioEstimate(prep, unit, opts, power, boot) {
  const codes = pick(prep.codes, unit.subset);
  const n = codes.length;
  const { baseline: b, candidate: c } = ratioPair(prep.stat, codeCounts(codes));
  const undefinedSide = Number.isNaN(b) ? "baseline" : Number.isNaN(c) ? "candidate" : null;
  if (undefinedSide) {
    const why = prep.stat === "precision" ? "no predicted positives" : "no positive labels";
    return {
      undefinedHere: true,
      n,
      reason: `${prep.stat} is undefined for the ${undefinedSide} (${why}${unit.slice ? " in this slice" : ""})`,
      ...Number.isNaN(b) ? {} : { baseline: b },
      ...Number.isNaN(c) ? {} : { candidate: c }
    };
  }
  const est = { n, b, c, dropped: 0 };
  if (n < opts.minExamples) return est;
  const s = summarize$1(bootstrapRatioCountReplicates(codes, prep.stat, boot));
  const se = bootstrapStandardError(s.sorted);
  return {
    ...est,
    dropped: s.dropped,
    ciAt: (level) => percentileInterval(s.sorted, level),
    pValue: bootstrapPValue(s.sorted),
    test: "bootstrap",
    mdeAt: (alpha) => (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se
  };
}

function isRatio(src) {
  return src.kind === "precision" || src.kind === "recall" || src.kind === "f1";
}
function isRegression(src) {
  return src.kind === "rmse" || src.kind === "mae";
}
function manyClasses(labels) {
  const seen = new Set(labels);
  if (seen.size <= 2) return null;
  const shown = [...seen].slice(0, 5).join(", ");
  return `${seen.size} classes (${shown}${seen.size > 5 ? ", \u2026" : ""})`;
}

function prepareRatio(src, x) {
  const missing = missingColumn(src.label, x.candidate, x.baseline, "either") ?? missingColumn(src.prediction, x.candidate, x.baseline, "both");
  if (missing) return { kind: "error", reason: missing };
  const labels = shared(x.candidate, x.baseline, x.al, src.label, "label", x.located);
  if (labels && src.positive === void 0) {
    const many = manyClasses(labels);
    if (many)
      return {
        kind: "error",
        reason: `${src.kind} is a binary statistic and "${src.label}" has ${many}: set positive: (one-vs-rest) or use stat: macro_f1, micro_f1 or class_recall`
      };
  }
  const pos = positiveKey(src.positive ?? 1);
  const preds = (table, rows) => {
    const raw = table.columns.get(src.prediction);
    const out = new Uint8Array(rows.length);
    let ok = true;
    for (let i = 0; i < rows.length; i++) {
      const v = toClass(raw[rows[i]]);
      if (v === null) {
        x.located.add(
          table,
          rows[i],
          src.prediction,
          `prediction "${src.prediction}" is missing or empty`
        );
        ok = false;
      } else out[i] = isPositive(v, pos) ? 1 : 0;
    }
    return ok ? out : null;
  };
  const pc = preds(x.candidate, x.al.cRows);
  const pb = preds(x.baseline, x.al.bRows);
  if (!labels || !pc || !pb) return null;
  const codes = new Uint8Array(labels.length);
  for (let i = 0; i < codes.length; i++)
    codes[i] = (isPositive(labels[i], pos) ? 4 : 0) | pb[i] << 1 | pc[i];
  return { kind: "ratio", stat: src.kind, codes };
}
function classesOf(t, rows, column, located) {
  const raw = t.columns.get(column);
  const out = new Array(rows.length);
  let ok = true;
  for (let i = 0; i < rows.length; i++) {
    const v = toClass(raw[rows[i]]);
    if (v === null) {
      located.add(t, rows[i], column, `prediction "${column}" is missing or empty`);
      ok = false;
    } else out[i] = v;
  }
  return ok ? out : null;
}
function classData(src, labels, x) {
  const pc = classesOf(x.candidate, x.al.cRows, src.prediction, x.located);
  const pb = classesOf(x.baseline, x.al.bRows, src.prediction, x.located);
  if (!pc || !pb) return null;
  const code = /* @__PURE__ */ new Map();
  const encode = (v) => code.get(v) ?? (code.set(v, code.size), code.size - 1);
  const truth = Int32Array.from(labels, (v) => encode(v));
  const c = Int32Array.from(pc, encode);
  const b = Int32Array.from(pb, encode);
  let cls = -1;
  if (src.kind === "class_recall") {
    if (src.class === void 0) return { kind: "error", reason: "class_recall needs class:" };
    const want = positiveKey(src.class);
    cls = code.get(want) ?? -1;
    if (cls < 0 || !truth.includes(cls))
      return { kind: "error", reason: `class "${want}" is not among the labels in "${src.label}"` };
  }
  return { kind: "statistic", data: { stat: src.kind, truth, c, b, classes: code.size, cls } };
}
function scoreData(src, labels, x) {
  const many = manyClasses(labels);
  if (many)
    return {
      kind: "error",
      reason: `${src.kind} needs two classes and "${src.label}" has ${many}`
    };
  const c = scores(x.candidate, x.al.cRows, src.score, x.located);
  const b = scores(x.baseline, x.al.bRows, src.score, x.located);
  if (!c || !b) return null;
  if (src.kind === "brier" || src.kind === "ece") {
    const bad = [...c, ...b].find((v) => !(v >= 0 && v <= 1));
    if (bad !== void 0)
      return {
        kind: "error",
        reason: `${src.kind} needs probabilities in [0, 1]: "${src.score}" has ${bad}`
      };
  }
  const pos = positiveKey(src.positive ?? 1);
  const positive = Uint8Array.from(labels, (v) => isPositive(v, pos) ? 1 : 0);
  return { kind: "statistic", data: { stat: src.kind, positive, c, b } };
}
function regressionData(src, labels, x) {
  const target = Float64Array.from(labels, (v) => Number(v));
  const bad = labels.find((v) => !Number.isFinite(Number(v)));
  if (bad !== void 0)
    return {
      kind: "error",
      reason: `${src.kind} needs a numeric target: "${src.label}" has "${bad}"`
    };
  const c = scores(x.candidate, x.al.cRows, src.prediction, x.located);
  const b = scores(x.baseline, x.al.bRows, src.prediction, x.located);
  if (!c || !b) return null;
  return { kind: "statistic", data: { stat: src.kind, target, c, b } };
}
function prepareRanking(src, x) {
  const missing = missingColumn(src.query, x.candidate, x.baseline, "either") ?? missingColumn(src.label, x.candidate, x.baseline, "either") ?? missingColumn(src.score, x.candidate, x.baseline, "both");
  if (missing) return { kind: "error", reason: missing };
  const queries = shared(x.candidate, x.baseline, x.al, src.query, "query", x.located);
  const labels = shared(x.candidate, x.baseline, x.al, src.label, "relevance", x.located);
  const c = scores(x.candidate, x.al.cRows, src.score, x.located);
  const b = scores(x.baseline, x.al.bRows, src.score, x.located);
  if (!queries || !labels || !c || !b) return null;
  const relevance = Float64Array.from(labels, (v) => Number(v));
  const bad = labels.find((v) => !(Number(v) >= 0));
  if (bad !== void 0)
    return { kind: "error", reason: `relevance "${src.label}" must be a number \u2265 0, got "${bad}"` };
  const groups = groupByQuery(queries);
  const k = src.k ?? Infinity;
  const per = (score) => Float64Array.from(
    groups,
    (rows) => src.kind === "ndcg" ? ndcgAt(rows, relevance, score, k) : reciprocalRank(rows, relevance, score)
  );
  return { kind: "mean", c: per(c), b: per(b), binary: false, perQuery: true };
}
function prepareStatistic(src, x) {
  const column = "score" in src ? src.score : src.prediction;
  const missing = missingColumn(src.label, x.candidate, x.baseline, "either") ?? missingColumn(column, x.candidate, x.baseline, "both");
  if (missing) return { kind: "error", reason: missing };
  const labels = shared(x.candidate, x.baseline, x.al, src.label, "label", x.located);
  if (!labels) return null;
  if ("score" in src) return scoreData(src, labels, x);
  if (isRegression(src)) return regressionData(src, labels, x);
  return classData(src, labels, x);
}

function prepare(metric, candidate, baseline, al, located) {
  const src = metric.source;
  const before = located.problems.length;
  const failed = (fallback) => ({
    kind: "error",
    reason: located.problems[before]?.message ?? fallback
  });
  if (src.kind === "mean" || src.kind === "pass_at_k") {
    const missing = missingColumn(src.column, candidate, baseline, "both");
    if (missing) return { kind: "error", reason: missing };
    const read = src.kind === "mean" ? scores : passAtKScores(src.k);
    const c = read(candidate, al.cRows, src.column, located);
    const b = read(baseline, al.bRows, src.column, located);
    if (!c || !b) return failed("bad scores");
    let binary = true;
    for (let i = 0; i < c.length && binary; i++)
      binary = (c[i] === 0 || c[i] === 1) && (b[i] === 0 || b[i] === 1);
    return { kind: "mean", c, b, binary };
  }
  const once = oneSampleEach(src, candidate, baseline);
  if (once) return { kind: "error", reason: once };
  const x = { candidate, baseline, al, located };
  if ("query" in src) return prepareRanking(src, x) ?? failed("bad values");
  if (!isRatio(src)) return prepareStatistic(src, x) ?? failed("bad values");
  return prepareRatio(src, x) ?? failed("bad labels or predictions");
}
function passAtKScores(k) {
  return (table, rows, column, located) => {
    const raw = table.columns.get(column);
    const out = new Float64Array(rows.length);
    let ok = true;
    for (let i = 0; i < rows.length; i++) {
      const outcomes = sampleOutcomes(raw[rows[i]]);
      if (typeof outcomes === "string") {
        located.add(
          table,
          rows[i],
          column,
          `pass@${k} reads "${column}" as per-sample correctness: ${outcomes}`
        );
        ok = false;
        continue;
      }
      const n = outcomes.length;
      if (n < k) {
        located.add(
          table,
          rows[i],
          column,
          `pass@${k} needs at least ${k} samples per example, this one has ${n}`
        );
        ok = false;
        continue;
      }
      out[i] = passAtK(
        n,
        outcomes.reduce((a, x) => a + x, 0),
        k
      );
    }
    return ok ? out : null;
  };
}
function oneSampleEach(src, candidate, baseline) {
  const column = "score" in src ? src.score : src.prediction;
  for (const t of [candidate, baseline]) {
    const values = t.columns.get(column);
    const row = values ? values.findIndex((v) => varies(v)) : -1;
    if (row >= 0)
      return `${src.kind} needs one "${column}" per example, but id "${clip(t.ids[row])}" in ${t.path} has repeated samples that differ; only means and pass@k average samples`;
  }
  return null;
}

const TEXT_MAX = 200;
function textOf(value) {
  if (value === null || value === void 0) return "";
  return clip(typeof value === "string" ? value : JSON.stringify(value), TEXT_MAX);
}
function regressedExamples(metric, scores, candidate, baseline, textColumn) {
  const right = metric.direction === "lower" ? 0 : 1;
  const ids = [];
  const texts = [];
  const cText = textColumn ? candidate.columns.get(textColumn) : void 0;
  const bText = textColumn ? baseline.columns.get(textColumn) : void 0;
  let improved = 0;
  for (let i = 0; i < scores.c.length; i++) {
    const wasRight = scores.b[i] === right;
    const isRight = scores.c[i] === right;
    if (!wasRight && isRight) improved++;
    if (!wasRight || isRight) continue;
    ids.push(candidate.ids[scores.cRows[i]]);
    if (textColumn) texts.push(textOf(cText?.[scores.cRows[i]] ?? bText?.[scores.bRows[i]]));
  }
  return {
    metric: metric.name,
    count: ids.length,
    improved,
    ids,
    ...textColumn ? { textColumn, text: texts } : {}
  };
}

function newRow(unit) {
  const { metric, slice, rule } = unit;
  const gated = rule !== void 0;
  const row = {
    name: metric.name,
    ...slice ? { slice } : {},
    presence: "both",
    baseline: null,
    candidate: null,
    delta: null,
    relDelta: null,
    direction: metric.direction,
    gated,
    status: gated ? "pass" : "skip"
  };
  if (rule) row.rule = ruleText(rule);
  return row;
}
function withEstimate(row, est, unit, opts) {
  const { n, b, c } = est;
  const { slice, rule } = unit;
  const sign = unit.metric.direction === "higher" ? 1 : -1;
  if (est.testMethod) row.testMethod = est.testMethod;
  row.n = n;
  row.baseline = b;
  row.candidate = c;
  row.delta = sign * (c - b);
  row.relDelta = b === 0 ? null : sign * (c - b) / Math.abs(b);
  if (n < opts.minExamples || !est.ciAt) {
    if (row.gated && !slice) {
      row.status = "error";
      row.reason = `eval set too small: n = ${n} < min_examples ${opts.minExamples}; cannot tell a change from noise`;
    } else {
      row.status = "skip";
      row.reason = `too small: n = ${n} < min_examples ${opts.minExamples}; not gated on noise`;
    }
    return { row, inFamily: false };
  }
  row.pValue = est.pValue;
  row.test = est.test;
  if (est.dropped > 0)
    row.reason = `${est.dropped} of ${opts.resamples} resamples left the statistic undefined and were dropped`;
  const { ciAt, mdeAt } = est;
  return { row, ciAt, mdeAt, inFamily: row.gated, ...rule ? { rule } : {} };
}
function computeUnit(unit, prep, opts, power) {
  const row = newRow(unit);
  if (prep.kind === "error") {
    row.status = "error";
    row.reason = prep.reason;
    return { row, inFamily: false };
  }
  if (prep.kind === "mean" && prep.perQuery && unit.subset) {
    row.status = "skip";
    row.reason = "a ranking metric is resampled by query and not sliced by example columns";
    return { row, inFamily: false };
  }
  const { metric, slice } = unit;
  const label = `${metric.name}\0${slice ? `${slice.key}=${slice.value}` : ""}`;
  const boot = { resamples: opts.resamples, seed: opts.seed, label };
  const est = prep.kind === "mean" ? meanEstimate(prep, unit.subset, opts, power, boot) : prep.kind === "statistic" ? statisticEstimate(prep.data, unit, opts, power, boot) : ratioEstimate(prep, unit, opts, power, boot);
  if ("undefinedHere" in est) {
    row.n = est.n;
    row.status = "error";
    row.reason = est.reason;
    if (est.baseline !== void 0) row.baseline = est.baseline;
    if (est.candidate !== void 0) row.candidate = est.candidate;
    return { row, inFamily: false };
  }
  return withEstimate(row, est, unit, opts);
}
function sliceUnits(metric, slices, sliceValues) {
  const units = [{ metric, subset: null, ...metric.rule ? { rule: metric.rule } : {} }];
  for (const key of slices) {
    const values = sliceValues.get(key);
    if (!values) continue;
    const groups = /* @__PURE__ */ new Map();
    values.forEach((v, i) => {
      const g = groups.get(v);
      if (g) g.push(i);
      else groups.set(v, [i]);
    });
    const rule = metric.sliceRules?.[key];
    for (const value of [...groups.keys()].sort(
      (x, y) => x.localeCompare(y, "en", { numeric: true })
    )) {
      units.push({
        metric,
        slice: { key, value },
        subset: Int32Array.from(groups.get(value)),
        ...rule ? { rule } : {}
      });
    }
  }
  return units;
}
function errorRows(metrics, reason) {
  return metrics.map((m) => ({
    name: m.name,
    presence: "both",
    baseline: null,
    candidate: null,
    delta: null,
    relDelta: null,
    direction: m.direction,
    ...m.rule ? { rule: ruleText(m.rule) } : {},
    gated: m.rule !== void 0,
    status: "error",
    reason
  }));
}
function sliceColumns(slices, x) {
  const { candidate, baseline, al, located } = x;
  const values = /* @__PURE__ */ new Map();
  const errors = /* @__PURE__ */ new Map();
  for (const key of slices) {
    const missing = missingColumn(key, candidate, baseline, "either");
    if (missing) {
      errors.set(key, `slice ${missing}`);
      located.problems.push({ file: candidate.path, key, message: `slice ${missing}` });
      continue;
    }
    const before = located.problems.length;
    const column = shared(candidate, baseline, al, key, "slice", located);
    values.set(key, column);
    if (!column) errors.set(key, located.problems[before]?.message ?? `bad slice column "${key}"`);
  }
  return { values, errors };
}
function computeMetrics(metrics, x, o) {
  const { candidate, baseline, al, located } = x;
  const slices = sliceColumns(o.slices, x);
  const computed = [];
  const regressed = [];
  for (const metric of metrics) {
    const prep = prepare(metric, candidate, baseline, al, located);
    if (prep.kind === "mean" && prep.binary) {
      const scores = { c: prep.c, b: prep.b, cRows: al.cRows, bRows: al.bRows };
      regressed.push(regressedExamples(metric, scores, candidate, baseline, o.text || void 0));
    }
    for (const unit of sliceUnits(metric, o.slices, slices.values))
      computed.push(computeUnit(unit, prep, o, o.power));
    for (const [key, reason] of slices.errors) {
      computed.push({
        row: {
          ...errorRows([metric], reason)[0],
          slice: { key, value: "" },
          gated: metric.sliceRules?.[key] !== void 0
        },
        inFamily: false
      });
    }
  }
  return { computed, regressed };
}

function evalSetFor(row, margin) {
  if (margin === null || margin >= 0 || row.mde === void 0 || row.n === void 0) return;
  return Math.ceil(row.n * (row.mde / -margin) ** 2);
}
function orient(ci, direction) {
  return direction === "higher" ? ci : [-ci[1], -ci[0]];
}
function missingIdsVerdict(al, candidate, baseline, policy) {
  if (al.candidateOnly.length + al.baselineOnly.length === 0) return void 0;
  const sample = [...al.candidateOnly, ...al.baselineOnly].slice(0, 3).map((s) => `"${s}"`);
  const message = `the models were not scored on the same examples: ${al.candidateOnly.length} ids only in ${candidate.path}, ${al.baselineOnly.length} only in ${baseline.path} (e.g. ${sample.join(", ")}); statistics use the ${al.cRows.length} in both`;
  return { status: policy === "fail" ? "fail" : policy === "warn" ? "warn" : "pass", message };
}
function adjustFamily(computed, o) {
  const family = computed.filter((x) => x.inFamily);
  const m = family.length;
  const alpha = 1 - o.confidence;
  const level = o.correction === "holm" && m > 1 ? 1 - alpha / m : o.confidence;
  if (m > 0) {
    const adjusted = o.correction === "holm" ? holm(family.map((x) => x.row.pValue)) : family.map((x) => x.row.pValue);
    family.forEach((x, i) => x.row.pAdjusted = adjusted[i]);
  }
  return { m, level };
}
function judgeRow(x, level, o) {
  const { row } = x;
  if (!x.ciAt) return;
  const rowLevel = x.inFamily ? level : o.confidence;
  row.ci = orient(x.ciAt(rowLevel), row.direction);
  const mde = x.mdeAt?.(1 - rowLevel);
  if (mde !== void 0 && Number.isFinite(mde)) row.mde = mde;
  if (!x.inFamily) {
    if (!row.gated) row.reason = row.reason ?? "no rule: shown, not gated";
    return;
  }
  const unitRule = x.rule ?? {};
  let margin;
  try {
    const mg = ruleMargin(unitRule, row.baseline);
    margin = mg.value;
    row.rule = mg.text;
    const sized = evalSetFor(row, margin);
    if (sized) row.nForTwiceTolerance = sized;
  } catch (e) {
    row.status = "error";
    row.reason = e.message;
    return;
  }
  const note = row.reason;
  const d = decide({
    rule: unitRule,
    margin,
    candidate: row.candidate,
    delta: row.delta,
    ci: row.ci,
    level: rowLevel,
    warnCi: orient(x.ciAt(WARN_LEVEL), row.direction)
  });
  row.status = d.status;
  row.reason = note ? `${d.reason}; ${note}` : d.reason;
}
function summaryLine(rows, n, m, nMissing) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of rows) if (r.gated) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = ["fail", "error", "warn", "pass", "skip"].filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s}`);
  return `${n.toLocaleString("en-US")} paired examples; ${m} gated test${m === 1 ? "" : "s"}` + (parts.length ? ` (${parts.join(", ")})` : "") + (nMissing ? `; ${nMissing} ids in only one file` : "");
}

const SAMPLE_MISSING = 10;
function defaults(options) {
  const o = {
    slices: options.slices ?? [],
    missingIds: options.missingIds ?? "fail",
    resamples: options.resamples ?? 1e4,
    seed: options.seed ?? 1,
    confidence: options.confidence ?? 0.95,
    minExamples: options.minExamples ?? 30,
    interval: options.interval ?? "bootstrap",
    correction: options.correction ?? "holm",
    power: options.power ?? 0.8,
    text: options.text ?? ""
  };
  if (!(o.confidence > 0 && o.confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${o.confidence}`);
  if (!Number.isInteger(o.resamples) || o.resamples < 100)
    throw new RangeError(`resamples must be an integer \u2265 100, got ${o.resamples}`);
  if (!Number.isInteger(o.minExamples) || o.minExamples < 2)
    throw new RangeError(`min_examples must be an integer \u2265 2, got ${o.minExamples}`);
  if (!Number.isFinite(o.seed)) throw new RangeError(`seed must be a finite number, got ${o.seed}`);
  return o;
}
function block(o, al, ciConfidence, family) {
  const sample = al ? [...al.candidateOnly, ...al.baselineOnly].slice(0, SAMPLE_MISSING).map((id) => clip(id, 100)) : [];
  return {
    n: al ? al.cRows.length : 0,
    candidateOnly: al ? al.candidateOnly.length : 0,
    baselineOnly: al ? al.baselineOnly.length : 0,
    sampleMissingIds: sample,
    seed: o.seed,
    resamples: o.resamples,
    confidence: o.confidence,
    correction: o.correction,
    missingIds: o.missingIds,
    interval: o.interval,
    ...ciConfidence !== void 0 ? { ciConfidence } : {},
    ...family !== void 0 ? { family } : {},
    generator: "xoshiro128**"
  };
}
function compareExamples(candidate, baseline, metrics, options = {}) {
  const o = defaults(options);
  const al = align(candidate, baseline);
  const located = new Located();
  const n = al.cRows.length;
  const missingIds = missingIdsVerdict(al, candidate, baseline, o.missingIds);
  if (n === 0) {
    const reason = `no example id is in both ${candidate.path} and ${baseline.path}`;
    return {
      status: "error",
      summary: reason,
      rows: errorRows(metrics, reason),
      examples: block(o, al),
      problems: [{ file: candidate.path, key: candidate.idColumn, message: reason }],
      ...missingIds ? { missingIds } : {}
    };
  }
  const x = { candidate, baseline, al, located };
  const { computed, regressed } = computeMetrics(metrics, x, o);
  const { m, level } = adjustFamily(computed, o);
  for (const unit of computed) judgeRow(unit, level, o);
  const problems = located.flush();
  const rows = computed.map((u) => u.row);
  const gatedStatuses = rows.flatMap((r) => r.gated && r.status !== "skip" ? [r.status] : []);
  const status = worstStatus([
    ...gatedStatuses,
    ...missingIds ? [missingIds.status] : [],
    ...problems.length ? ["error"] : []
  ]);
  const nMissing = al.candidateOnly.length + al.baselineOnly.length;
  return {
    status,
    summary: summaryLine(rows, n, m, nMissing),
    rows,
    examples: { ...block(o, al, level, m), ...regressed.length ? { regressed } : {} },
    problems,
    ...missingIds ? { missingIds } : {}
  };
}
async function compareExampleFiles(paths, metrics, options) {
  const o = defaults(options);
  const columns = [...exampleColumns(metrics, o.slices), ...o.text ? [o.text] : []];
  const load = {
    idColumn: options.idColumn,
    columns,
    ...options.root ? { root: options.root } : {},
    ...options.format ? { format: options.format } : {},
    ...options.repeats ? { repeats: true } : {}
  };
  const [c, b] = await Promise.all([
    loadExamples(paths.candidate, load),
    loadExamples(paths.baseline, load)
  ]);
  const problems = [...c.problems, ...b.problems];
  if (!c.table || !b.table || problems.length > 0) {
    const first = problems[0];
    const where = first ? `${first.file ?? ""}${first.line ? `:${first.line}` : ""}` : "";
    const reason = `per-example scores have ${problems.length} problem${problems.length === 1 ? "" : "s"}${first ? `, first: ${where} ${first.message}` : ""}`;
    return {
      status: "error",
      summary: reason,
      rows: errorRows(metrics, reason),
      examples: block(o, null),
      problems
    };
  }
  return compareExamples(c.table, b.table, metrics, options);
}

function exampleRule(b) {
  const rule = {};
  if (b.max_drop !== void 0) rule.max_drop = b.max_drop;
  if (b.min_gain !== void 0) rule.min_gain = b.min_gain;
  if (b.non_inferiority !== void 0) rule.non_inferiority = b.non_inferiority;
  if (b.min !== void 0) rule.min = b.min;
  if (b.max !== void 0) rule.max = b.max;
  if (b.severity !== void 0) rule.severity = b.severity;
  return rule;
}
function exampleMetrics(entry) {
  const metrics = [];
  for (const [name, rule] of Object.entries(entry.metrics)) {
    if (!rule.from) continue;
    const at = `compare ${entry.id}: metrics.${name}`;
    const from = rule.from;
    const source = "column" in from ? columnSource(name, from, at) : labelledSource(name, from, at);
    const sliceRules = {};
    for (const [slice, bounds] of Object.entries(rule.slices ?? {})) {
      if (slice.includes("=")) {
        throw new Error(
          `${at}.slices.${slice}: a rule for one slice value applies to metric-file values; a metric computed from examples takes rules per slice column (${slice.split("=")[0]})`
        );
      }
      if (!(entry.examples?.slices ?? []).includes(slice)) {
        throw new Error(`${at}.slices.${slice}: '${slice}' is not one of examples.slices`);
      }
      sliceRules[slice] = {
        ...exampleRule(bounds),
        ...bounds.severity ? {} : rule.severity ? { severity: rule.severity } : {}
      };
    }
    metrics.push({
      name,
      direction: rule.direction,
      source,
      rule: exampleRule(rule),
      ...Object.keys(sliceRules).length ? { sliceRules } : {}
    });
  }
  return metrics;
}
async function evaluateExamples(entry, options) {
  const ex = entry.examples;
  if (!ex) throw new Error(`compare ${entry.id}: no examples configured`);
  const metrics = exampleMetrics(entry);
  const abs = {
    candidate: workspacePath(options.workspace, ex.candidate, "examples.candidate"),
    baseline: workspacePath(options.workspace, ex.baseline, "examples.baseline")
  };
  const shown = (text) => text.split(abs.candidate).join(ex.candidate).split(abs.baseline).join(ex.baseline);
  const comparison = await compareExampleFiles(abs, metrics, {
    idColumn: ex.id ?? "id",
    root: options.workspace,
    ...ex.slices ? { slices: ex.slices } : {},
    ...ex.missing_ids ? { missingIds: ex.missing_ids } : {},
    ...ex.resamples !== void 0 ? { resamples: ex.resamples } : {},
    ...ex.seed !== void 0 ? { seed: ex.seed } : {},
    ...ex.confidence !== void 0 ? { confidence: ex.confidence } : {},
    ...ex.min_examples !== void 0 ? { minExamples: ex.min_examples } : {},
    ...ex.correction ? { correction: ex.correction } : {},
    ...ex.text ? { text: ex.text } : {},
    ...ex.format ? { format: ex.format } : {},
    ...ex.repeats ? { repeats: true } : {}
  });
  const severity = (name) => entry.metrics[name]?.severity;
  const rows = comparison.rows.map((r) => {
    const sev = severity(r.name);
    return finiteOnly({
      ...r,
      ...r.reason !== void 0 ? { reason: shown(r.reason) } : {},
      source: "examples",
      ...r.gated && sev ? { severity: sev } : r.gated ? { severity: "fail" } : {}
    });
  });
  const problems = comparison.problems.map((p) => ({
    ...p,
    ...p.file ? { file: isAbsolute(p.file) ? relative(options.workspace, p.file) : p.file } : {},
    message: shown(p.message)
  }));
  return {
    rows,
    examples: comparison.examples,
    problems,
    ...comparison.missingIds ? {
      verdicts: [
        { status: comparison.missingIds.status, message: shown(comparison.missingIds.message) }
      ]
    } : {}
  };
}
function finiteOnly(row) {
  const out = { ...row };
  for (const k of ["baseline", "candidate", "delta", "relDelta"]) {
    const v = out[k];
    if (v !== null && !Number.isFinite(v)) out[k] = null;
  }
  for (const k of ["n", "pValue", "pAdjusted", "mde"]) {
    const v = out[k];
    if (v !== void 0 && !Number.isFinite(v)) delete out[k];
  }
  if (out.ci && !out.ci.every(Number.isFinite)) delete out.ci;
  return out;
}

function resolveRules(entry) {
  const set = { whole: /* @__PURE__ */ new Map(), byKey: /* @__PURE__ */ new Map(), bySlice: /* @__PURE__ */ new Map(), order: [] };
  for (const [name, config] of Object.entries(entry.metrics ?? {})) {
    const at = `compare ${entry.id}: metrics.${name}`;
    checkRuleName(name, at);
    if (config.direction !== "higher" && config.direction !== "lower") {
      throw new Error(`${at}.direction: required, higher or lower`);
    }
    if (config.from && !entry.examples) {
      throw new Error(
        `${at}.from: computing a metric from per-example scores needs examples (candidate, baseline)`
      );
    }
    const rule = resolveRule(config.direction, config, at);
    set.whole.set(name, rule);
    set.order.push(name);
    for (const [slice, bounds] of Object.entries(config.slices ?? {})) {
      const sliceRule = resolveRule(config.direction, bounds, `${at}.slices.${slice}`, rule);
      const target = slice.includes("=") ? set.bySlice : set.byKey;
      if (!target.has(name)) target.set(name, /* @__PURE__ */ new Map());
      target.get(name).set(slice, sliceRule);
    }
  }
  return set;
}
const OLD_SLICE_NAME = /^(.+)@([^@=]+)=([^@]*)$/;
function checkRuleName(name, at) {
  const old = OLD_SLICE_NAME.exec(name);
  if (old) {
    throw new Error(
      `${at}: name@key=value is no longer a slice (@ belongs to metric names such as pass@1); rule the slice inside its metric: ${old[1]}: { direction: \u2026, slices: { "${old[2]}=${old[3]}": { \u2026 } } }`
    );
  }
  try {
    splitName(name);
  } catch (err) {
    throw new Error(`${at}: ${err.message}`);
  }
}
function bindRules(rules, entry, sets, errors, unbound) {
  const rename = /* @__PURE__ */ new Map();
  for (const name of rules.order) {
    if (entry.metrics[name]?.from) continue;
    const bound = bindRuleName(name, sets);
    if ("problem" in bound) {
      errors.push({ file: bound.file, key: name, message: bound.problem });
      unbound.set(name, bound.problem);
    } else if (bound.name !== name) rename.set(name, bound.name);
  }
  if (rename.size === 0) return rules;
  const to = (n) => rename.get(n) ?? n;
  const remap = (m) => new Map([...m].map(([k, v]) => [to(k), v]));
  return {
    whole: remap(rules.whole),
    byKey: remap(rules.byKey),
    bySlice: remap(rules.bySlice),
    order: rules.order.map(to)
  };
}
function ruleFor(rules, name, slice) {
  if (!slice) return rules.whole.get(name);
  return rules.bySlice.get(name)?.get(`${slice.key}=${slice.value}`) ?? rules.byKey.get(name)?.get(slice.key);
}
function side$1(set, key) {
  if (!set) return { state: "missing" };
  const v = set.values.get(key);
  if (v)
    return v.stderr === void 0 ? { state: "value", value: v.value } : { state: "value", value: v.value, stderr: v.stderr };
  const bad = set.invalid.get(key);
  if (bad)
    return { state: "invalid", problem: `${bad.problem} (${locate(set, bad.file, bad.line)})` };
  return { state: "missing" };
}
function locate(set, file, line) {
  return [file ?? set.file, line].filter((x) => x !== void 0).join(":");
}
function keysOf(set) {
  if (!set) return [];
  return [...set.values.values(), ...set.invalid.values()].map(({ name, slice }) => ({
    name,
    ...slice ? { slice } : {}
  }));
}
function orderRows(rows, order) {
  const position = new Map(order.map((n, i) => [n, i]));
  return [...rows].sort((a, b) => {
    const pa = position.get(a.name) ?? Infinity;
    const pb = position.get(b.name) ?? Infinity;
    if (pa !== pb) return pa - pb;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    if (!a.slice || !b.slice) return a.slice ? 1 : b.slice ? -1 : 0;
    if (a.slice.key !== b.slice.key) return a.slice.key < b.slice.key ? -1 : 1;
    return a.slice.value < b.slice.value ? -1 : a.slice.value > b.slice.value ? 1 : 0;
  });
}
function countRows(rows) {
  const counts = { gated: 0, pass: 0, warn: 0, fail: 0, error: 0, skip: 0 };
  for (const r of rows) {
    if (r.gated) counts.gated++;
    counts[r.status]++;
  }
  return counts;
}
function pointRows(rules, candidate, baseline, missingBaseline, confidence) {
  const keys = /* @__PURE__ */ new Map();
  for (const k of [...keysOf(candidate), ...keysOf(baseline)])
    keys.set(metricKey(k.name, k.slice), k);
  for (const name of rules.order) if (!keys.has(name)) keys.set(name, { name });
  for (const [name, bySlice] of rules.bySlice) {
    for (const s of bySlice.keys()) {
      const eq = s.indexOf("=");
      const slice = { key: s.slice(0, eq), value: s.slice(eq + 1) };
      const key = metricKey(name, slice);
      if (!keys.has(key)) keys.set(key, { name, slice });
    }
  }
  return [...keys.entries()].map(
    ([key, { name, slice }]) => evaluateRow({
      name,
      ...slice ? { slice } : {},
      rule: ruleFor(rules, name, slice),
      candidate: side$1(candidate, key),
      baseline: side$1(baseline, key),
      baselineAvailable: baseline !== void 0,
      missingBaseline,
      ...confidence !== void 0 ? { confidence } : {}
    })
  );
}
function mergeRows(point, stats) {
  const key = (r) => metricKey(r.name, r.slice);
  const fromStats = new Map(stats.map((r) => [key(r), r]));
  const merged = point.map((r) => fromStats.get(key(r)) ?? r);
  const seen = new Set(point.map(key));
  for (const r of stats) if (!seen.has(key(r))) merged.push(r);
  return merged;
}
function problemsOf(err, fallbackFile) {
  if (err instanceof MetricFileError) return err.problems;
  const message = err instanceof Error ? err.message : String(err);
  return [{ message, ...fallbackFile ? { file: fallbackFile } : {} }];
}
function rowLabel(r) {
  const name = metricLabel(r.name, r.slice);
  return name.length > 60 ? name.slice(0, 59) + "\u2026" : name;
}
function baselineWords(b) {
  switch (b.source) {
    case "file":
      return `baseline ${b.path}`;
    case "base-branch":
      return `baseline ${b.path} at ${b.ref ?? "base"}${b.sha ? ` (${b.sha.slice(0, 7)})` : ""}`;
    case "artifact":
      return `baseline from ${b.workflow} run ${b.runId ?? "?"}`;
    case "none":
      return b.examples ? `baseline examples ${b.examples}` : "no baseline";
  }
}
function summarize(details, errors, notes = []) {
  const counts = details.counts ?? countRows(details.metrics);
  const parts = [];
  if (errors.length > 0 && details.metrics.length === 0) {
    parts.push(`could not compare: ${formatProblem(errors[0])}`);
  } else {
    const list = (status) => details.metrics.filter((r) => r.status === status && (r.gated || status === "error"));
    const name = (rows) => {
      const shown = rows.slice(0, 5).map(rowLabel).join(", ");
      return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
    };
    const failed = list("fail");
    const warned = list("warn");
    const errored = list("error");
    if (failed.length) parts.push(`${failed.length} failed (${name(failed)})`);
    if (errored.length) parts.push(`${errored.length} could not be evaluated (${name(errored)})`);
    if (warned.length) parts.push(`${warned.length} warned (${name(warned)})`);
    if (parts.length === 0) parts.push(`${counts.pass} of ${counts.gated} gated metrics pass`);
    else parts.unshift(`${counts.gated} gated metrics:`);
    if (errors.length > 0 && errored.length === 0)
      parts.push(`error: ${formatProblem(errors[0])}`);
  }
  if (notes.length > 0) {
    const last = parts.pop();
    parts.push(last ? `${last}; ${notes.join("; ")}` : notes.join("; "));
  }
  parts.push(`(${baselineWords(details.baseline)})`);
  const text = parts.join(" ").replace(/[\r\n]+/g, " ");
  return text.length > 1e3 ? text.slice(0, 999) + "\u2026" : text;
}
async function readBothSides(entry, spec, options, errors) {
  const read = {
    ...entry.format ? { format: entry.format } : {},
    ...entry.root ? { root: entry.root } : {}
  };
  let candidate;
  if (entry.candidate) {
    try {
      candidate = loadMetrics(
        workspacePath(options.workspace, entry.candidate, "candidate"),
        entry.candidate,
        options.workspace,
        read
      );
    } catch (err) {
      errors.push(...problemsOf(err, entry.candidate));
    }
  }
  try {
    const baseline = await resolveBaseline(spec, {
      workspace: options.workspace,
      read,
      ...options.provider ? { provider: options.provider } : {}
    });
    return { ...candidate ? { candidate } : {}, baseline };
  } catch (err) {
    errors.push(...problemsOf(err));
    const path = "path" in spec ? spec.path : void 0;
    const note = `could not read the baseline: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]}`;
    return {
      ...candidate ? { candidate } : {},
      baseline: { info: { source: spec.source, ...path ? { path } : {}, note } }
    };
  }
}
function ruledInvalidValues(rules, sets) {
  const out = [];
  for (const set of sets) {
    for (const bad of set?.invalid.values() ?? []) {
      if (!ruleFor(rules, bad.name, bad.slice)) continue;
      out.push({
        file: bad.file ?? set.file,
        ...bad.line !== void 0 ? { line: bad.line } : {},
        key: metricLabel(bad.name, bad.slice),
        message: `value is ${bad.problem}`
      });
    }
  }
  return out;
}
async function runCompare(entry, options) {
  let rules = resolveRules(entry);
  const missingBaseline = options.missingBaseline ?? entry.missing_baseline ?? "fail";
  const errors = [];
  const candidatePath = entry.candidate ?? entry.examples?.candidate;
  if (!candidatePath) throw new Error(`compare ${entry.id}: candidate is required (or examples)`);
  const spec = options.baseline ?? baselineSpec(entry.baseline);
  const { candidate, baseline } = await readBothSides(entry, spec, options, errors);
  const unbound = /* @__PURE__ */ new Map();
  rules = bindRules(rules, entry, [candidate, baseline.metrics], errors, unbound);
  errors.push(...ruledInvalidValues(rules, [candidate, baseline.metrics]));
  const baselineBroken = spec.source !== "none" && baseline.info.source !== "none" && !baseline.metrics;
  const fatal = entry.candidate !== void 0 && !candidate || baselineBroken;
  let rows = [];
  if (!fatal)
    rows = pointRows(rules, candidate, baseline.metrics, missingBaseline, entry.confidence).map(
      (r) => r.gated && unbound.has(r.name) ? { ...r, status: "error", reason: unbound.get(r.name) } : r
    );
  let examples;
  const verdicts = [];
  if (entry.examples && !fatal) {
    const evaluate = options.evaluateExamples ?? evaluateExamples;
    try {
      const outcome = await evaluate(entry, { workspace: options.workspace });
      rows = mergeRows(rows, outcome.rows);
      examples = outcome.examples;
      errors.push(...outcome.problems ?? []);
      verdicts.push(...outcome.verdicts ?? []);
    } catch (err) {
      errors.push(...problemsOf(err, entry.examples.candidate));
    }
  }
  rows = orderRows(rows, rules.order);
  const counts = countRows(rows);
  const details = {
    missingBaseline,
    candidate: {
      path: candidatePath,
      ...entry.examples ? { examples: entry.examples.candidate } : {}
    },
    baseline: {
      ...baseline.info,
      ...entry.examples ? { examples: entry.examples.baseline } : {}
    },
    metrics: rows,
    ...examples ? { examples } : {},
    counts
  };
  const statuses = rows.filter((r) => r.status !== "skip").map((r) => r.status);
  if (errors.length > 0) statuses.push("error");
  statuses.push(...verdicts.map((v) => v.status));
  return newResult({
    kind: "compare",
    id: entry.id,
    title: entry.title ?? entry.id,
    status: worstStatus(statuses),
    summary: summarize(
      details,
      errors,
      verdicts.filter((v) => v.status !== "pass").map((v) => v.message)
    ),
    context: options.context ?? {},
    ...errors.length > 0 ? { errors: errors.slice(0, 100) } : {},
    details,
    ...options.createdAt ? { createdAt: options.createdAt } : {}
  });
}
function regressions(result) {
  return result.details.metrics.filter((r) => r.gated && r.status === "fail").length;
}

function label(r) {
  return r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
}
function checkRows(d, problems) {
  for (const r of d.metrics) {
    if (!r.gated && r.status !== "skip" && r.status !== "error")
      problems.push(`metric ${label(r)} is not gated but says '${r.status}'`);
    if (r.gated && r.status === "skip") problems.push(`metric ${label(r)} is gated but skipped`);
  }
  if (d.counts) {
    const counted = countRows(d.metrics);
    const keys = Object.keys(counted);
    const off = keys.filter((k) => counted[k] !== d.counts?.[k]);
    if (off.length)
      problems.push(
        `counts disagree with the rows (${off.map((k) => `${k} ${d.counts?.[k]} vs ${counted[k]}`).join(", ")})`
      );
  }
}
function side(value, absent, stderr) {
  if (absent || value === null) return { state: "missing" };
  return stderr === void 0 ? { state: "value", value } : { state: "value", value, stderr };
}
function rowStatus(r, d) {
  if (!r.gated || !r.bounds || r.status === "error" || r.source === "examples") return r.status;
  try {
    const rule = resolveRule(
      r.direction ?? "higher",
      { ...r.bounds, severity: r.severity ?? "fail" },
      `metric ${label(r)}`
    );
    return evaluateRow({
      name: r.name,
      ...r.slice ? { slice: r.slice } : {},
      rule,
      candidate: side(r.candidate, r.presence === "removed", r.standardErrors?.candidate),
      baseline: side(r.baseline, r.presence === "added", r.standardErrors?.baseline),
      baselineAvailable: d.baseline.source !== "none",
      missingBaseline: d.missingBaseline ?? "fail",
      ...r.standardErrors ? { confidence: r.standardErrors.confidence } : {}
    }).status;
  } catch (err) {
    return { problem: err.message };
  }
}
function missingIdsStatus(d) {
  const e = d.examples;
  if (!e || e.candidateOnly + e.baselineOnly === 0) return "pass";
  return e.missingIds ?? "fail";
}
function deriveCompare(d, problems) {
  checkRows(d, problems);
  const statuses = [];
  for (const r of d.metrics) {
    const derived = rowStatus(r, d);
    if (typeof derived !== "string") {
      problems.push(derived.problem);
      statuses.push("error");
      continue;
    }
    if (derived !== r.status)
      problems.push(
        `metric ${label(r)} says '${r.status}' but its values and rule give '${derived}'`
      );
    for (const s of [r.status, derived]) if (s !== "skip") statuses.push(s);
  }
  statuses.push(missingIdsStatus(d));
  return worstStatus(statuses);
}

function strictValidate(d, cfg, id, why) {
  const entry = cfg.validate.find((e) => e.id === id);
  if (!entry) return void 0;
  const max = stricterRows(entry.max_invalid_rows ?? "0", d.threshold.maxInvalidRows, "strictest");
  const warn = stricterRows(entry.warn_invalid_rows, d.threshold.warnInvalidRows, "loosest");
  const threshold = {
    maxInvalidRows: String(
      why.pick(
        "max_invalid_rows",
        entry.max_invalid_rows ?? "0",
        d.threshold.maxInvalidRows,
        max.from
      )
    )
  };
  const w = why.pick(
    "warn_invalid_rows",
    entry.warn_invalid_rows,
    d.threshold.warnInvalidRows,
    warn.from
  );
  if (w !== void 0) threshold.warnInvalidRows = String(w);
  return { ...d, threshold };
}
function trustedBounds(entry, r) {
  const whole = entry.metrics[r.name];
  if (!whole || !r.slice) return whole;
  return whole.slices?.[`${r.slice.key}=${r.slice.value}`] ?? whole.slices?.[r.slice.key];
}
function strictRow(entry, r, why) {
  const trusted = trustedBounds(entry, r);
  if (!trusted || r.source === "examples" || r.status === "error") return r;
  const label = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
  const at = `metrics.${label}.`;
  const direction = why.pick(
    `${at}direction`,
    entry.metrics[r.name].direction,
    r.direction,
    "base"
  );
  const gated = why.pick(`${at}gated`, true, r.gated, r.gated ? "head" : "base");
  const recorded = {
    ...r.bounds ?? {},
    ...r.severity ? { severity: r.severity } : {}
  };
  const { non_inferiority: _, ...numbers } = trusted;
  const merged = mergeBounds(numbers, recorded, at.slice(0, -1), why);
  const { severity = "fail", non_inferiority: __, ...bounds } = merged;
  return { ...r, direction, gated, severity, bounds };
}
function strictCompare(d, cfg, id, why) {
  const entry = cfg.compare.find((e) => e.id === id);
  if (!entry) return void 0;
  for (const name of Object.keys(entry.metrics)) {
    if (!d.metrics.some((r) => r.name === name && !r.slice)) why.absent.push(name);
  }
  const missing = why.pick(
    "missing_baseline",
    entry.missing_baseline,
    d.missingBaseline,
    stricterLevel(entry.missing_baseline, d.missingBaseline, "fail")
  );
  return {
    ...d,
    ...missing ? { missingBaseline: missing } : {},
    metrics: d.metrics.map((r) => strictRow(entry, r, why))
  };
}
function strictValidateStatus(details, config, id, why) {
  const d = strictValidate(details, config, id, why);
  return d && deriveValidate(d, []);
}
function strictCompareStatus(details, config, id, why) {
  const d = strictCompare(details, config, id, why);
  return d && deriveCompare(d, []);
}

const NAME_WIDTH = 24;
const RULE_WIDTH = 32;
const SUPERSCRIPT = "\u2070\xB9\xB2\xB3\u2074\u2075\u2076\u2077\u2078\u2079";
const superscript = (n) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join("");
class NameNotes {
  full = [];
  /** The escaped cell text: the name as it is, or shortened with a superscript note number. */
  name(text, width = NAME_WIDTH) {
    const clean = plain(text);
    const short = shortenMiddle(clean, width);
    if (short === clean) return esc(clean);
    let index = this.full.indexOf(clean);
    if (index < 0) index = this.full.push(clean) - 1;
    return `${esc(short)}${superscript(index + 1)}`;
  }
  /** "¹ full name · ² …", or undefined when nothing was shortened. */
  note() {
    if (!this.full.length) return void 0;
    const shown = this.full.slice(0, 50).map((n, i) => `${superscript(i + 1)} ${esc(n, { max: 300 })}`);
    return `<sub>Full names: ${shown.join(" \xB7 ")}</sub>`;
  }
}
function orientedChange(r) {
  if (r.baseline === null || r.candidate === null || !r.direction) return null;
  return r.direction === "lower" ? r.baseline - r.candidate : r.candidate - r.baseline;
}
function decimalsOf(r) {
  return rowDecimals(r.baseline, r.candidate);
}
function memo(format) {
  const cache = /* @__PURE__ */ new WeakMap();
  return (r) => {
    let text = cache.get(r);
    if (text === void 0) cache.set(r, text = format(r));
    return text;
  };
}
const valuesCell = memo((r) => {
  const d = decimalsOf(r);
  if (r.presence === "added") return `new: ${fmtFixed(r.candidate, d)}`;
  if (r.presence === "removed") return `${fmtFixed(r.baseline, d)} \u2192 gone`;
  return `${fmtFixed(r.baseline, d)} \u2192 ${fmtFixed(r.candidate, d)}`;
});
const deltaCell = memo((r) => {
  const d = decimalsOf(r);
  const delta = orientedChange(r);
  if (delta === null) {
    if (r.baseline === null || r.candidate === null) return "\u2013";
    const raw = r.candidate - r.baseline;
    if (Number(Math.abs(raw).toFixed(d)) === 0) return `\xB1${fmtFixed(0, d)}`;
    return `${raw > 0 ? "\u2191" : "\u2193"}${fmtFixed(Math.abs(raw), d)}`;
  }
  const text = fmtSignedFixed(delta, d);
  if (!r.ci) return text;
  const marker = r.gated ? "" : "\u2020";
  return `${text} [${fmtSignedFixed(r.ci[0], d)}, ${fmtSignedFixed(r.ci[1], d)}]${marker}`;
});
const ruleCell = memo((r) => {
  if (!r.rule) return r.gated ? "\u2013" : "not gated";
  const text = r.rule.replace(/^(higher|lower) is better(; )?/, "") || "direction only";
  return esc(text, { max: RULE_WIDTH });
});
function reasonText(reason, max = 240) {
  if (!reason) return "";
  return esc(reason.replace(/(^|[\s[(,])-(?=\d)/g, "$1\u2212"), { max });
}
const statusIcon = (r) => ICON[r.status];

const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v) => isObj(v) ? v : {};
const arr = (v) => Array.isArray(v) ? v : [];
const num = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
const optNum = (v) => num(v) ?? void 0;
const str = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
function metricRow(raw) {
  const m = obj(raw);
  const slice = isObj(m.slice) ? { key: str(m.slice.key) ?? "", value: str(m.slice.value) ?? "" } : void 0;
  const ci = Array.isArray(m.ci) && m.ci.length === 2 ? [num(m.ci[0]), num(m.ci[1])] : [];
  const status = str(m.status);
  const presence = str(m.presence);
  const direction = str(m.direction);
  return {
    name: str(m.name) ?? "(unnamed)",
    slice,
    presence: presence === "added" || presence === "removed" ? presence : "both",
    baseline: num(m.baseline),
    candidate: num(m.candidate),
    delta: num(m.delta),
    relDelta: num(m.relDelta),
    direction: direction === "higher" || direction === "lower" ? direction : void 0,
    rule: str(m.rule),
    gated: m.gated !== false,
    // An unknown status cannot be trusted to mean "fine".
    status: status && isAnyStatus(status) ? status : "error",
    reason: str(m.reason),
    n: optNum(m.n),
    ci: ci[0] != null && ci[1] != null ? [ci[0], ci[1]] : void 0,
    pValue: optNum(m.pValue),
    pAdjusted: optNum(m.pAdjusted),
    test: str(m.test),
    mde: optNum(m.mde)
  };
}
const compareCache = /* @__PURE__ */ new WeakMap();
const validateCache = /* @__PURE__ */ new WeakMap();
function compareView(details) {
  if (!isObj(details)) return readCompare(details);
  let view = compareCache.get(details);
  if (!view) compareCache.set(details, view = readCompare(details));
  return view;
}
function validateView(details) {
  if (!isObj(details)) return readValidate(details);
  let view = validateCache.get(details);
  if (!view) validateCache.set(details, view = readValidate(details));
  return view;
}
function readCompare(details) {
  const d = obj(details);
  const b = obj(d.baseline);
  const ex = isObj(d.examples) ? d.examples : void 0;
  return {
    candidatePath: str(obj(d.candidate).path),
    baseline: {
      source: str(b.source) ?? "none",
      path: str(b.path),
      ref: str(b.ref),
      sha: str(b.sha),
      workflow: str(b.workflow),
      runId: optNum(b.runId),
      runUrl: str(b.runUrl),
      artifact: str(b.artifact),
      note: str(b.note)
    },
    metrics: arr(d.metrics).map(metricRow),
    examples: ex && {
      n: optNum(ex.n),
      candidateOnly: optNum(ex.candidateOnly),
      baselineOnly: optNum(ex.baselineOnly),
      sampleMissingIds: arr(ex.sampleMissingIds).map((x) => str(x) ?? ""),
      resamples: optNum(ex.resamples),
      confidence: optNum(ex.confidence),
      ciConfidence: optNum(ex.ciConfidence),
      family: optNum(ex.family),
      correction: str(ex.correction),
      regressed: arr(ex.regressed).map(readRegressed)
    }
  };
}
function readRegressed(raw) {
  const r = obj(raw);
  const ids = arr(r.ids).map((x) => str(x) ?? "");
  return {
    metric: str(r.metric) ?? "(unnamed)",
    count: num(r.count) ?? ids.length,
    improved: num(r.improved) ?? 0,
    ids,
    textColumn: str(r.textColumn),
    text: arr(r.text).map((x) => str(x) ?? "")
  };
}
function readValidate(details) {
  const d = obj(details);
  const t = isObj(d.threshold) ? d.threshold : void 0;
  return {
    schemaFile: str(d.schemaFile),
    format: str(d.format),
    rows: num(d.rows),
    invalidRows: num(d.invalidRows),
    invalidShare: num(d.invalidShare),
    threshold: t && {
      maxInvalidRows: str(t.maxInvalidRows),
      warnInvalidRows: str(t.warnInvalidRows)
    },
    files: arr(d.files).map((raw) => {
      const f = obj(raw);
      return {
        path: str(f.path) ?? "",
        format: str(f.format),
        rows: num(f.rows),
        invalidRows: num(f.invalidRows),
        bytes: num(f.bytes)
      };
    }),
    groups: arr(d.groups).map((raw) => {
      const g = obj(raw);
      return {
        file: str(g.file) ?? "",
        schemaPath: str(g.schemaPath) ?? "",
        keyword: str(g.keyword) ?? "",
        message: str(g.message) ?? "",
        count: num(g.count) ?? 0,
        share: num(g.share),
        samples: arr(g.samples).map((rawSample) => {
          const s = obj(rawSample);
          return {
            line: optNum(s.line),
            record: optNum(s.record),
            ...optNum(s.rowGroup) !== void 0 ? { rowGroup: optNum(s.rowGroup) } : {},
            pointer: str(s.pointer) ?? "",
            value: str(s.value) ?? "",
            message: str(s.message) ?? ""
          };
        })
      };
    }),
    omittedGroups: num(d.omittedGroups) ?? 0,
    schemaWarnings: arr(d.schemaWarnings).map((raw) => {
      const w = obj(raw);
      return [w.file, w.path || void 0, w.message].filter((x) => typeof x === "string").join(": ");
    })
  };
}

const CHART_MAX_BARS = 12;
const CHART_MIN_BARS = 3;
const CHART_LABEL_WIDTH = 12;
const CHART_WIDTH = 700;
const CHART_HEIGHT = 320;
const WORSE = "#cf222e";
const BETTER = "#1a7f37";
const BACKGROUND = "#ffffff";
const ZERO = "#59636e";
const TOLERANCE = "#9a6700";
function mermaidNumber(x) {
  const text = Number(x.toPrecision(6)).toString();
  return text.includes("e") ? x.toFixed(12).replace(/0+$/, "").replace(/\.$/, "") : text;
}
function pickGroup(rows) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of rows) {
    if (!r.slice || orientedChange(r) === null) continue;
    const key = `${r.name}\0${r.slice.key}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  const worst = (list) => Math.max(...list.map((r) => STATUS_RANK[r.status]));
  let best;
  for (const list of groups.values()) {
    if (list.length < CHART_MIN_BARS) continue;
    if (!best || worst(list) > worst(best) || worst(list) === worst(best) && list.length > best.length)
      best = list;
  }
  return best;
}
function tolerance(rows) {
  const rules = new Set(rows.map((r) => r.rule ?? ""));
  if (rules.size !== 1) return void 0;
  const m = /(?:^|; )max_drop (\d+(?:\.\d+)?)(?![\d.]*\s*%)/.exec([...rules][0]);
  return m ? -Number(m[1]) : void 0;
}
function commonPrefix(values) {
  let n = 0;
  while (values.every((v) => n < v.length && v[n] === values[0][n])) n++;
  return n;
}
function distinctLabels(values) {
  let labels = values.map((v) => shortenMiddle(v, CHART_LABEL_WIDTH));
  if (new Set(labels).size === labels.length) return labels;
  const head = commonPrefix(values);
  const reversed = values.map((v) => [...v].reverse().join(""));
  const tail = Math.min(commonPrefix(reversed), Math.min(...values.map((v) => v.length)) - head);
  labels = values.map((v) => {
    const middle = v.slice(head, v.length - tail);
    const text = `${head ? "\u2026" : ""}${middle || "_"}${tail ? "\u2026" : ""}`;
    return shortenMiddle(text, CHART_LABEL_WIDTH);
  });
  if (new Set(labels).size === labels.length) return labels;
  return labels.map((l, i) => shortenMiddle(`${i + 1} ${l}`, CHART_LABEL_WIDTH));
}
function axisRange(values) {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const pad = (hi - lo || 1) * 0.1;
  return [lo - pad, hi + pad].map((x) => Number(x.toPrecision(3)));
}
function compareChart(rows) {
  const group = pickGroup(rows);
  if (!group) return void 0;
  const shown = [...group].sort(
    (a, b) => worseFirst(a.status, b.status) || Math.abs(orientedChange(b)) - Math.abs(orientedChange(a))
  ).slice(0, CHART_MAX_BARS);
  const labels = distinctLabels(shown.map((r) => mermaidLabel(r.slice.value, 200)));
  const bars = shown.map((r, i) => ({ label: labels[i], delta: orientedChange(r) })).sort((a, b) => a.delta - b.delta);
  const tol = tolerance(shown);
  const [lo, hi] = axisRange([...bars.map((b) => b.delta), ...tol !== void 0 ? [tol] : []]);
  const series = (f) => bars.map((b) => mermaidNumber(f(b.delta)));
  const first = shown[0];
  const palette = [WORSE, BETTER, BACKGROUND, BACKGROUND, ZERO, TOLERANCE].join(", ");
  const lines = [
    "```mermaid",
    `%%{init: {"xyChart": {"width": ${CHART_WIDTH}, "height": ${CHART_HEIGHT}}, "themeVariables": {"xyChart": {"backgroundColor": "${BACKGROUND}", "plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `  title "\u0394 ${mermaidLabel(first.name, 40)} by ${mermaidLabel(first.slice.key, 24)}${tol !== void 0 ? `, tolerance ${mermaidNumber(tol).replace("-", "\u2212")}` : ""}"`,
    `  x-axis [${bars.map((b) => `"${b.label}"`).join(", ")}]`,
    `  y-axis "\u0394 (positive = better)" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    `  bar [${series((d) => d < 0 ? 0 : lo).join(", ")}]`,
    `  bar [${series((d) => d > 0 ? d : lo).join(", ")}]`,
    `  bar [${series((d) => d < 0 ? d : lo).join(", ")}]`,
    `  bar [${series((d) => d > 0 ? 0 : lo).join(", ")}]`,
    `  line [${bars.map(() => "0").join(", ")}]`
  ];
  if (tol !== void 0) lines.push(`  line [${bars.map(() => mermaidNumber(tol)).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}

const TOP_ROWS = 15;
function regressionsFirst(rows) {
  const drop = (r) => orientedChange(r) ?? r.delta ?? Infinity;
  return rows.map((row, i) => ({ row, i })).sort(
    (a, b) => worseFirst(a.row.status, b.row.status) || Number(!!a.row.slice) - Number(!!b.row.slice) || drop(a.row) - drop(b.row) || a.i - b.i
  ).map((x) => x.row);
}
const needsAttention = (r) => r.status === "fail" || r.status === "error" || r.status === "warn";
function presenceTag(r) {
  return r.presence === "added" ? " (new)" : r.presence === "removed" ? " (removed)" : "";
}
function rowTitle(r) {
  const slice = r.slice ? ` \xB7 ${esc(r.slice.key, { max: 60 })} = ${esc(r.slice.value, { max: 80 })}` : "";
  return `${esc(r.name, { max: 120 })}${slice}${presenceTag(r)}`;
}
function attentionLine(r, reasonMax) {
  const numbers = [valuesCell(r), `\u0394 ${deltaCell(r)}`];
  const p = r.pAdjusted ?? r.pValue;
  if (p !== void 0) numbers.push(p < 1e-3 ? "p < 0.001" : `p = ${Number(p.toPrecision(2))}`);
  const why = reasonText(r.reason, reasonMax);
  return `- ${ICON[r.status]} **${rowTitle(r)}**: ${numbers.join(", ")}${why ? ` \u2014 ${why}` : ""}`;
}
const HEAD = ["Metric", "Baseline \u2192 candidate", "\u0394 [interval]", "Rule", ""];
const ALIGN = ["l", "r", "r", "l", "c"];
function metricTable(rows, notes) {
  return table(
    HEAD,
    rows.map((r) => [
      notes.name(r.name) + presenceTag(r),
      valuesCell(r),
      deltaCell(r),
      ruleCell(r),
      statusIcon(r)
    ]),
    ALIGN
  );
}
function sliceTable(key, rows, notes) {
  return table(
    ["Metric", notes.name(key, 16), ...HEAD.slice(1)],
    rows.map((r) => [
      notes.name(r.name) + presenceTag(r),
      notes.name(r.slice.value, 16),
      valuesCell(r),
      deltaCell(r),
      ruleCell(r),
      statusIcon(r)
    ]),
    ["l", "l", ...ALIGN.slice(1)]
  );
}
function baselineText(b) {
  const parts = [];
  switch (b.source) {
    case "file":
      parts.push(`file ${esc(b.path ?? "?", { max: 120 })}`);
      break;
    case "base-branch": {
      const sha = shortSha(b.sha);
      parts.push(`base branch ${esc(b.ref ?? "?", { max: 80 })}${sha ? ` at ${sha}` : ""}`);
      if (b.path) parts.push(esc(b.path, { max: 120 }));
      break;
    }
    case "artifact":
      parts.push(
        `artifact ${esc(b.artifact ?? "?", { max: 80 })}` + (b.workflow ? ` of ${esc(b.workflow, { max: 80 })}` : "") + (b.runId !== void 0 ? ` run ${fmtCount(b.runId).replace(/,/g, "")}` : "")
      );
      break;
    case "none":
      parts.push("none");
      break;
    default:
      parts.push(esc(b.source, { max: 40 }));
  }
  if (b.note) parts.push(esc(b.note, { max: 200 }));
  return parts.join(" \xB7 ");
}
function statistics(view, rows) {
  const ex = view.examples;
  const withCi = rows.filter((r) => r.ci);
  if (!ex && withCi.length && withCi.every((r) => r.test === "unpaired-z"))
    return "Intervals in brackets: unpaired, from the standard errors the metric files give; per-example scores would make them tighter.";
  if (!ex)
    return withCi.length ? "Intervals in brackets: as written in the result file." : void 0;
  const bits = [];
  if (ex.n !== void 0) bits.push(`paired on ${plural(ex.n, "example")}`);
  if (ex.resamples !== void 0) bits.push(`${fmtCount(ex.resamples)} bootstrap resamples`);
  let text = bits.length ? `Statistics: ${bits.join(", ")}.` : "";
  const nominal = ex.confidence;
  const adjusted = ex.ciConfidence;
  if (withCi.length && nominal !== void 0) {
    if (adjusted !== void 0 && adjusted !== nominal) {
      const family = ex.family !== void 0 ? `${fmtCount(ex.family)} ` : "";
      text += ` Intervals in brackets: ${fmtPct(adjusted)} on gated rows, so that all ${family}gated tests hold together at ${fmtPct(nominal)} (Bonferroni); ${fmtPct(nominal)} on rows that are not gated (\u2020).`;
    } else text += ` Intervals in brackets: ${fmtPct(nominal)}.`;
    if (ex.correction === "holm" && rows.some((r) => r.pAdjusted !== void 0))
      text += " p-values are Holm-adjusted across the gated rows.";
  }
  return text.trim() || void 0;
}
function missingIdsLine(view, ctx) {
  const ex = view.examples;
  const cOnly = ex?.candidateOnly ?? 0;
  const bOnly = ex?.baselineOnly ?? 0;
  if (!ex || cOnly <= 0 && bOnly <= 0) return void 0;
  let line = `${ICON.warn} The two models were not scored on the same examples: ${fmtCount(cOnly)} only in the candidate, ${fmtCount(bOnly)} only in the baseline.`;
  const ids = ex.sampleMissingIds.filter(Boolean);
  if (ids.length && ctx.level < 1) {
    line += ` For example: ${ids.slice(0, 5).map((id) => esc(id, { max: 60 })).join(", ")}.`;
    ctx.cut.samples += Math.max(0, ids.length - 5);
  } else ctx.cut.samples += ids.length;
  return line;
}
function mdeLine(rows) {
  const withMde = rows.filter((r) => r.mde !== void 0).slice(0, 12);
  if (!withMde.length) return void 0;
  const each = withMde.map((r) => `${esc(r.name, { max: 60 })} ${fmtFixed(r.mde, decimalsOf(r))}`);
  return `Smallest change these examples can detect (80% power): ${each.join(", ")}.`;
}
const REGRESSED_SHOWN = 20;
function regressedBlocks(view, ctx) {
  const out = [];
  for (const r of view.examples?.regressed ?? []) {
    if (!r.count) continue;
    const what = `${r.metric}: ${plural(r.count, "example")} went from right to wrong (${fmtCount(r.improved)} from wrong to right)`;
    if (ctx.level >= 1) {
      ctx.cut.samples += Math.min(r.ids.length, REGRESSED_SHOWN);
      out.push(esc(what, { max: 200 }));
      continue;
    }
    const head = escHtml(what, { max: 200 });
    const shown = r.ids.slice(0, REGRESSED_SHOWN);
    const body = r.textColumn ? table(
      ["Example id", esc(r.textColumn, { max: 40 })],
      shown.map((id, i) => [esc(id, { max: 40 }), esc(r.text[i] ?? "", { max: 60 })])
    ) : shown.map((id) => esc(id, { max: 60 })).join(", ");
    const rest = r.ids.length - shown.length;
    const more = rest > 0 ? `

${plural(rest, "more id")} in the result file.` : "";
    out.push(collapsed(head, body + more));
  }
  return out;
}
function compareCut(result, cut) {
  const metrics = compareView(result.details).metrics;
  const slices = metrics.filter((m) => m.slice).length;
  cut.slices += slices;
  cut.details += metrics.length - slices;
}
function countCut(cut, rows) {
  for (const r of rows) {
    if (r.slice) cut.slices++;
    else cut.details++;
  }
}
function attentionBlock(rows, ctx) {
  if (!rows.length) return [];
  const shown = take(rows, ctx.allow, "attention");
  countCut(ctx.cut, rows.slice(shown.length));
  const lines = shown.map((r) => attentionLine(r, ctx.level >= 3 ? 100 : 240));
  const hidden = rows.length - shown.length;
  if (hidden)
    lines.push(`- \u2026 and ${plural(hidden, "more row")} that fail or warn, left out for size`);
  return [lines.join("\n")];
}
function restBlocks(rows, fold, ctx, notes) {
  const out = [];
  const shown = take(rows, ctx.allow, "passing");
  countCut(ctx.cut, rows.slice(shown.length));
  const whole = shown.filter((r) => !r.slice);
  if (whole.length) {
    const what = plural(whole.length, "more metric");
    if (fold)
      out.push(collapsed(escHtml(`${what} (pass or not gated)`), metricTable(whole, notes)));
    else {
      const first = whole.slice(0, TOP_ROWS);
      out.push(metricTable(first, notes));
      const more = whole.slice(first.length);
      if (more.length)
        out.push(collapsed(escHtml(plural(more.length, "more metric")), metricTable(more, notes)));
    }
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const r of shown) {
    if (!r.slice) continue;
    const list = byKey.get(r.slice.key) ?? [];
    list.push(r);
    byKey.set(r.slice.key, list);
  }
  for (const [key, list] of byKey) {
    const head = `Slices by ${escHtml(key, { max: 60 })}: ${plural(list.length, "row")} (pass or not gated)`;
    out.push(collapsed(head, sliceTable(key, list, notes)));
  }
  return out;
}
const splitCache = /* @__PURE__ */ new WeakMap();
function split(view) {
  let parts = splitCache.get(view);
  if (!parts) {
    const ordered = regressionsFirst(view.metrics);
    parts = {
      attention: ordered.filter(needsAttention),
      rest: ordered.filter((r) => !needsAttention(r))
    };
    splitCache.set(view, parts);
  }
  return parts;
}
function compareBody(result, ctx) {
  const view = compareView(result.details);
  const { attention, rest } = split(view);
  const notes = new NameNotes();
  const out = [`Baseline: ${baselineText(view.baseline)}`];
  out.push(...attentionBlock(attention, ctx));
  const missing = missingIdsLine(view, ctx);
  if (missing) out.push(missing);
  const chart = ctx.level < 3 ? compareChart(view.metrics) : void 0;
  if (chart) out.push(chart);
  out.push(...regressedBlocks(view, ctx));
  out.push(...restBlocks(rest, attention.length > 0, ctx, notes));
  const note = notes.note();
  if (note) out.push(note);
  const stats = statistics(view, view.metrics);
  if (stats) out.push(stats);
  const mde = mdeLine(view.metrics.filter((r) => !r.slice));
  if (mde) out.push(mde);
  return out;
}

const TEXT_TAG = {
  pass: "PASS",
  warn: "WARN",
  fail: "FAIL",
  error: "ERROR",
  skip: "SKIP"
};
function change(m) {
  if (m.baseline === null || m.candidate === null)
    return `\u0394 ${fmtDelta(m.delta)}, ${fmtPct(m.relDelta, true)}`;
  const delta = orientedChange(m);
  if (delta === null) return `change ${deltaCell(m)}`;
  const rel = m.baseline !== 0 ? delta / Math.abs(m.baseline) : null;
  return `\u0394 ${fmtDelta(delta)}, ${fmtPct(rel, true)}`;
}
function compareTextRows(r, max) {
  const out = [];
  const rows = regressionsFirst(compareView(r.details).metrics).filter((m) => m.status !== "skip");
  for (const m of rows.slice(0, max)) {
    const name = plain(m.name, { max: 60 }) + (m.slice ? ` [${plain(m.slice.key, { max: 30 })}=${plain(m.slice.value, { max: 40 })}]` : "");
    const ci = m.ci ? ` CI [${fmtDelta(m.ci[0])}, ${fmtDelta(m.ci[1])}]` : "";
    const why = m.reason ? `: ${plain(m.reason, { max: 160 })}` : "";
    out.push(
      `  ${TEXT_TAG[m.status].padEnd(5)} ${name}: ${fmtNum(m.baseline)} -> ${fmtNum(m.candidate)} (${change(m)})${ci}${why}`
    );
  }
  if (rows.length > max) out.push(`  \u2026 and ${fmtCount(rows.length - max)} more metric rows`);
  return out;
}
function validateTextRows(r, max) {
  const out = [];
  const v = validateView(r.details);
  for (const w of v.schemaWarnings.slice(0, max))
    out.push(`  schema warning: ${plain(w, { max: 300 })}`);
  for (const g of v.groups.slice(0, max)) {
    const lines = g.samples.map((s) => s.line).filter((l) => l !== void 0).slice(0, 5);
    out.push(
      `  ${plain(g.file, { max: 80 })} ${plain(g.schemaPath, { max: 80 })} (${plain(g.keyword, { max: 30 })}): ${fmtCount(g.count)} rows (${fmtPct(g.share)}) ${plain(g.message, { max: 160 })}` + (lines.length ? `; lines ${lines.join(", ")}` : "")
    );
  }
  if (v.groups.length > max) out.push(`  \u2026 and ${fmtCount(v.groups.length - max)} more groups`);
  return out;
}

export { NameNotes as N, TEXT_TAG as T, regressions as a, compareCut as b, compareTextRows as c, compareBody as d, baselineText as e, compareView as f, deriveCompare as g, resolveRules as h, emptyCut as i, collapsed as j, validateTextRows as k, strictValidateStatus as l, deriveValidate as m, needsAttention as n, runCompare as r, strictCompareStatus as s, table as t, unlimited as u, validateView as v };
