import './chunk-result.js';
import { b as worseFirst, a as STATUS_RANK } from './chunk-status.js';
import { p as plain, e as esc, m as mermaidLabel, a as escHtml } from './chunk-escape.js';
import { e as shortenMiddle, r as rowDecimals, I as ICON, g as fmtFixed, h as fmtSignedFixed, b as fmtCount, i as shortSha, p as plural, c as fmtPct, s as statusLabel, a as fmtNum, j as fmtBytes } from './chunk-format.js';

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

const isObj$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v) => isObj$1(v) ? v : {};
const arr$1 = (v) => Array.isArray(v) ? v : [];
const num$1 = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
const optNum = (v) => num$1(v) ?? void 0;
const str = (v) => typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
const METRIC_STATUSES = /* @__PURE__ */ new Set(["pass", "warn", "fail", "error", "skip"]);
function metricRow(raw) {
  const m = obj(raw);
  const slice = isObj$1(m.slice) ? { key: str(m.slice.key) ?? "", value: str(m.slice.value) ?? "" } : void 0;
  const ci = Array.isArray(m.ci) && m.ci.length === 2 ? [num$1(m.ci[0]), num$1(m.ci[1])] : [];
  const status = str(m.status);
  const presence = str(m.presence);
  const direction = str(m.direction);
  return {
    name: str(m.name) ?? "(unnamed)",
    slice,
    presence: presence === "added" || presence === "removed" ? presence : "both",
    baseline: num$1(m.baseline),
    candidate: num$1(m.candidate),
    delta: num$1(m.delta),
    relDelta: num$1(m.relDelta),
    direction: direction === "higher" || direction === "lower" ? direction : void 0,
    rule: str(m.rule),
    gated: m.gated !== false,
    // An unknown status cannot be trusted to mean "fine".
    status: status && METRIC_STATUSES.has(status) ? status : "error",
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
  if (!isObj$1(details)) return readCompare(details);
  let view = compareCache.get(details);
  if (!view) compareCache.set(details, view = readCompare(details));
  return view;
}
function validateView(details) {
  if (!isObj$1(details)) return readValidate(details);
  let view = validateCache.get(details);
  if (!view) validateCache.set(details, view = readValidate(details));
  return view;
}
function readCompare(details) {
  const d = obj(details);
  const b = obj(d.baseline);
  const ex = isObj$1(d.examples) ? d.examples : void 0;
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
    metrics: arr$1(d.metrics).map(metricRow),
    examples: ex && {
      n: optNum(ex.n),
      candidateOnly: optNum(ex.candidateOnly),
      baselineOnly: optNum(ex.baselineOnly),
      sampleMissingIds: arr$1(ex.sampleMissingIds).map((x) => str(x) ?? ""),
      resamples: optNum(ex.resamples),
      confidence: optNum(ex.confidence),
      ciConfidence: optNum(ex.ciConfidence),
      family: optNum(ex.family),
      correction: str(ex.correction),
      regressed: arr$1(ex.regressed).map(readRegressed)
    }
  };
}
function readRegressed(raw) {
  const r = obj(raw);
  const ids = arr$1(r.ids).map((x) => str(x) ?? "");
  return {
    metric: str(r.metric) ?? "(unnamed)",
    count: num$1(r.count) ?? ids.length,
    improved: num$1(r.improved) ?? 0,
    ids,
    textColumn: str(r.textColumn),
    text: arr$1(r.text).map((x) => str(x) ?? "")
  };
}
function readValidate(details) {
  const d = obj(details);
  const t = isObj$1(d.threshold) ? d.threshold : void 0;
  return {
    schemaFile: str(d.schemaFile),
    format: str(d.format),
    rows: num$1(d.rows),
    invalidRows: num$1(d.invalidRows),
    invalidShare: num$1(d.invalidShare),
    threshold: t && {
      maxInvalidRows: str(t.maxInvalidRows),
      warnInvalidRows: str(t.warnInvalidRows)
    },
    files: arr$1(d.files).map((raw) => {
      const f = obj(raw);
      return {
        path: str(f.path) ?? "",
        format: str(f.format),
        rows: num$1(f.rows),
        invalidRows: num$1(f.invalidRows),
        bytes: num$1(f.bytes)
      };
    }),
    groups: arr$1(d.groups).map((raw) => {
      const g = obj(raw);
      return {
        file: str(g.file) ?? "",
        schemaPath: str(g.schemaPath) ?? "",
        keyword: str(g.keyword) ?? "",
        message: str(g.message) ?? "",
        count: num$1(g.count) ?? 0,
        share: num$1(g.share),
        samples: arr$1(g.samples).map((rawSample) => {
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
    omittedGroups: num$1(d.omittedGroups) ?? 0
  };
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

const CHART_COLUMNS = 2;
const CHART_BINS = 12;
const TOP_DRIFT = 10;
const SAMPLES_SHOWN = 50;
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v) => Array.isArray(v) ? v : [];
const num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
const STATUSES = /* @__PURE__ */ new Set(["pass", "warn", "fail", "error"]);
const status = (v) => STATUSES.has(v) ? v : "error";
function readColumn(raw) {
  const c = isObj(raw) ? raw : {};
  return {
    name: c.name,
    type: c.type,
    psi: num(c.psi),
    test: c.test,
    statistic: num(c.statistic),
    pAdjusted: num(c.pAdjusted),
    status: status(c.status),
    reason: c.reason,
    sampled: c.sampled === true,
    bins: arr(c.bins).filter(isObj).map((b) => ({ label: b.label, ref: num(b.ref) ?? 0, cur: num(b.cur) ?? 0 }))
  };
}
function chartNumber(x) {
  return String(Number(x.toFixed(4)));
}
function driftChart(c) {
  const bins = [...c.bins].sort((a, b) => c.type === "categorical" ? b.ref + b.cur - (a.ref + a.cur) : 0).slice(0, CHART_BINS);
  if (bins.length < 2) return void 0;
  const label = (l) => mermaidLabel(
    String(l ?? "").replace("\u2264", "up to ").replace(">", "over ").replace("\u2013", " to "),
    16
  );
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(c.name, 40)}: reference (bars) vs current (line), share of rows"`,
    `  x-axis [${bins.map((b) => `"${label(b.label)}"`).join(", ")}]`,
    `  bar [${bins.map((b) => chartNumber(b.ref)).join(", ")}]`,
    `  line [${bins.map((b) => chartNumber(b.cur)).join(", ")}]`,
    "```"
  ].join("\n");
}
function driftTable(cols) {
  return table(
    // Six columns at most, so the table fits a PR comment: the test and its statistic share one.
    ["Column", "Type", "PSI", "Test statistic", "p (Holm)", "Status"],
    cols.map((c) => [
      esc(c.name, { max: 40 }),
      esc(c.type, { max: 12 }) + (c.sampled ? " (sampled)" : ""),
      c.psi === void 0 ? "\u2013" : fmtNum(c.psi),
      `${c.test === "ks" ? "KS " : c.test === "chi2" ? "\u03C7\xB2 " : ""}${c.statistic === void 0 ? "\u2013" : fmtNum(c.statistic)}`,
      c.pAdjusted === void 0 ? "\u2013" : c.pAdjusted < 1e-4 ? "< 0.0001" : fmtNum(c.pAdjusted),
      statusLabel(c.status)
    ]),
    ["l", "l", "r", "r", "r", "l"]
  );
}
function referenceOrigin(ref) {
  const sha = typeof ref.sha === "string" ? ` ${esc(ref.sha.slice(0, 7))}` : "";
  if (ref.source === "base-branch") return ` at the base commit${sha}`;
  if (ref.source !== "artifact") return "";
  const run = num(ref.runId);
  return ` in artifact ${esc(ref.artifact, { max: 80 })} of ${esc(ref.workflow, { max: 80 })}${run !== void 0 ? ` run ${run}` : ""}${sha ? ` (commit${sha})` : ""}`;
}
function datasetBlocks(raw, ctx) {
  if (!isObj(raw)) return [];
  const { level, cut } = ctx;
  const out = [];
  const drift = isObj(raw.drift) ? raw.drift : void 0;
  if (drift) {
    const cols = arr(drift.columns).map(readColumn).sort((a, b) => worseFirst(a.status, b.status) || (b.psi ?? -1) - (a.psi ?? -1));
    const drifted = cols.filter((c) => c.status !== "pass");
    const ref = isObj(drift.reference) ? drift.reference : {};
    const names = arr(ref.paths).slice(0, 3).map((p) => esc(p, { max: 80 })).join(", ");
    if (ref.source === "none") {
      out.push(
        `**Drift**: no reference (${statusLabel(status(ref.status))}): ${esc(ref.note, { max: 300 })}`
      );
    } else {
      out.push(
        `**Drift** against ${names}${referenceOrigin(ref)} (${fmtCount(num(ref.rows))} rows): ${drifted.length ? `${plural(drifted.length, "column")} drifted of ${cols.length}` : `no drift in ${plural(cols.length, "column")}`}`
      );
    }
    const shown = level >= 3 ? drifted.slice(0, 5) : [...drifted, ...cols.filter((c) => c.status === "pass")];
    cut.details += cols.length - shown.length;
    if (shown.length) {
      const head = shown.slice(0, TOP_DRIFT);
      out.push(driftTable(head));
      if (shown.length > head.length)
        out.push(
          collapsed(
            escHtml(plural(shown.length - head.length, "more column")),
            driftTable(shown.slice(head.length))
          )
        );
    }
    if (level < 2)
      for (const c of drifted.slice(0, CHART_COLUMNS)) {
        const chart = driftChart(c);
        if (chart) out.push(chart);
      }
  }
  const exps = arr(raw.expectations).filter(isObj);
  if (exps.length) {
    const sorted = [...exps].sort((a, b) => worseFirst(status(a.status), status(b.status)));
    const bad = sorted.filter((e) => status(e.status) !== "pass");
    const shown = level >= 3 ? bad.slice(0, 5) : sorted;
    cut.details += sorted.length - shown.length;
    out.push(
      `**Expectations**: ${bad.length ? `${bad.length} of ${exps.length} not met` : `all ${exps.length} met`}`
    );
    const ratchet = exps.some((e) => isObj(e.base));
    const ORIGIN = {
      new: "new in this change",
      worse: "worse than base",
      existing: "already on base"
    };
    if (shown.length)
      out.push(
        table(
          ["Check", "Rule", "Unexpected of checked", ...ratchet ? ["On base"] : [], "Status"],
          shown.map((e) => [
            esc(e.column !== void 0 ? `${String(e.column)}: ${String(e.kind)}` : e.kind, {
              max: 40
            }),
            esc(e.rule, { max: 60 }),
            `${fmtCount(num(e.unexpected))} of ${fmtCount(num(e.checked))} (${fmtPct(num(e.share))})`,
            ...ratchet ? [
              isObj(e.base) ? `${fmtCount(num(e.base.unexpected))}${typeof e.origin === "string" && ORIGIN[e.origin] ? ` (${ORIGIN[e.origin]})` : ""}` : "\u2013"
            ] : [],
            statusLabel(status(e.status))
          ]),
          ["l", "l", "r", "r", "r", ...ratchet ? ["r"] : [], "l"]
        )
      );
    const newValues = bad.filter((e) => arr(e.values).length);
    if (level < 3)
      for (const e of newValues.slice(0, 3))
        out.push(
          `Values of ${esc(e.column, { max: 60 })} outside the allowed set: ${arr(e.values).filter(isObj).slice(0, 10).map((v) => `${esc(v.value, { max: 40 })} (${fmtCount(num(v.count))})`).join(", ")}`
        );
    const rows = [];
    let all = 0;
    for (const e of bad)
      for (const s of arr(e.samples).filter(isObj)) {
        all++;
        if (rows.length < SAMPLES_SHOWN)
          rows.push([
            esc(e.column ?? e.kind, { max: 40 }),
            esc(s.file, { max: 80 }),
            String(num(s.line) ?? "\u2013"),
            esc(s.value, { max: 100 }),
            esc(s.message, { max: 160 })
          ]);
      }
    if (all) {
      if (level >= 1) cut.samples += all;
      else {
        cut.samples += all - rows.length;
        const block = collapsed(
          escHtml(
            `Rows to look at: ${plural(rows.length, "row")}${all > rows.length ? ` of ${fmtCount(all)}` : ""}`
          ),
          table(["Check", "File", "Line", "Value", "Message"], rows, ["l", "l", "r", "l", "l"])
        );
        out.push(block);
      }
    }
  }
  return out;
}

const TOP_FILES = 10;
const TOP_GROUPS = 20;
const KEPT_GROUPS = 5;
const SAMPLES_PER_GROUP = 5;
const SAMPLES_TOTAL = 100;
const FILE_WIDTH = 28;
const PATH_WIDTH = 40;
const MESSAGE_WIDTH = 60;
const VALUE_WIDTH = 32;
function groupCells(g, notes) {
  return [
    notes.name(g.file, FILE_WIDTH),
    notes.name(g.schemaPath, PATH_WIDTH),
    esc(g.message, { max: MESSAGE_WIDTH }),
    `${fmtCount(g.count)} (${fmtPct(g.share)})`
  ];
}
function groupTable(groups, notes) {
  return table(
    ["File", "Schema path", "Message", "Rows (share)"],
    groups.map((g) => groupCells(g, notes)),
    ["l", "l", "l", "r"]
  );
}
function schemaWarningLine(details) {
  const list = details?.schemaWarnings;
  if (!Array.isArray(list) || list.length === 0) return void 0;
  const shown = list.slice(0, 3).map(
    (w) => esc(
      [w.file, w.path || void 0, w.message].filter((x) => typeof x === "string").join(": "),
      { max: 200 }
    )
  );
  const more = list.length > 3 ? ` and ${plural(list.length - 3, "more")}` : "";
  return `\u26A0\uFE0F ${plural(list.length, "schema warning")} (evaluated regardless): ${shown.join("; ")}${more}`;
}
function validateCut(result, cut) {
  const view = validateView(result.details);
  cut.samples += view.groups.reduce((n, g) => n + g.samples.length, 0);
  cut.details += view.groups.length + view.files.length;
}
function validateBody(result, ctx) {
  const view = validateView(result.details);
  const { level, cut } = ctx;
  const out = [];
  const notes = new NameNotes();
  const facts = [];
  if (view.rows !== null) {
    facts.push(
      `${fmtCount(view.invalidRows ?? 0)} of ${plural(view.rows, "row")} invalid (${fmtPct(view.invalidShare)})`
    );
  }
  if (view.schemaFile) facts.push(`schema ${esc(view.schemaFile, { max: 120 })}`);
  const t = view.threshold;
  if (t?.maxInvalidRows !== void 0) {
    facts.push(
      `allowed: ${esc(t.maxInvalidRows, { max: 20 })} invalid` + (t.warnInvalidRows !== void 0 ? `, warn above ${esc(t.warnInvalidRows, { max: 20 })}` : "")
    );
  }
  if (facts.length) out.push(facts.join(" \xB7 "));
  const warnings = schemaWarningLine(result.details);
  if (warnings) out.push(warnings);
  out.push(...datasetBlocks(result.details?.dataset, ctx));
  const groups = view.groups;
  if (level >= 3) {
    const kept = groups.slice(0, KEPT_GROUPS);
    cut.samples += groups.reduce((n, g) => n + g.samples.length, 0);
    cut.details += groups.length - kept.length + view.files.length;
    if (kept.length) out.push(groupTable(kept, notes));
    const hidden = groups.length - kept.length + view.omittedGroups;
    if (hidden > 0) out.push(`${plural(hidden, "more violation group")} not shown.`);
    const note2 = notes.note();
    return note2 ? [...out, note2] : out;
  }
  if (view.files.length) {
    const fileTable = (files) => table(
      ["File", "Format", "Rows", "Invalid (share)", "Size"],
      files.map((f) => [
        notes.name(f.path, FILE_WIDTH),
        esc(f.format ?? "\u2013", { max: 10 }),
        fmtCount(f.rows),
        `${fmtCount(f.invalidRows)}${f.rows ? ` (${fmtPct((f.invalidRows ?? 0) / f.rows)})` : ""}`,
        fmtBytes(f.bytes)
      ]),
      ["l", "l", "r", "r", "r"]
    );
    out.push(
      view.files.length > TOP_FILES ? collapsed(escHtml(`Files: ${plural(view.files.length, "file")}`), fileTable(view.files)) : fileTable(view.files)
    );
  }
  if (groups.length) {
    const first = groups.slice(0, TOP_GROUPS);
    out.push(groupTable(first, notes));
    if (groups.length > first.length) {
      out.push(
        collapsed(
          escHtml(plural(groups.length - first.length, "more group")),
          groupTable(groups.slice(first.length), notes)
        )
      );
    }
  }
  if (view.omittedGroups > 0) {
    out.push(
      `${plural(view.omittedGroups, "more violation group")} beyond the kept limit (see the result file).`
    );
  }
  const all = groups.reduce((n, g) => n + g.samples.length, 0);
  if (all > 0) {
    if (level >= 1) cut.samples += all;
    else {
      const rows = [];
      for (const g of groups) {
        for (const s of g.samples.slice(0, SAMPLES_PER_GROUP)) {
          if (rows.length >= SAMPLES_TOTAL) break;
          rows.push([
            notes.name(g.file, FILE_WIDTH),
            s.line === void 0 ? "\u2013" : s.rowGroup === void 0 ? fmtCount(s.line).replace(/,/g, "") : `row ${fmtCount(s.line).replace(/,/g, "")} (group ${s.rowGroup})`,
            notes.name(s.pointer || "/", PATH_WIDTH),
            esc(s.value, { max: VALUE_WIDTH }),
            esc(s.message || g.message, { max: MESSAGE_WIDTH })
          ]);
        }
      }
      cut.samples += all - rows.length;
      const block = collapsed(
        escHtml(
          `Sample violations: ${plural(rows.length, "row")}${all > rows.length ? ` of ${fmtCount(all)}` : ""}`
        ),
        table(["File", "Line", "Pointer", "Value", "Message"], rows, ["l", "r", "l", "l", "l"])
      );
      out.push(block);
    }
  }
  const note = notes.note();
  if (note) out.push(note);
  return out;
}

const MAX_ROWS = 30;
const cell = (v) => v === void 0 ? "(not set)" : esc(v, { max: 80 });
const MODE = {
  stricter: "every rule it loosens keeps the base commit\u2019s value",
  base: "the base commit\u2019s rules apply",
  head: "its own rules apply (rules_from: head)"
};
function rulesBlock(rules) {
  if (!rules || rules.changes.length === 0) return void 0;
  const sha = shortSha(rules.baseCommit);
  const loosened = rules.changes.filter((c) => c.applied === "base").length;
  const head = `> \u2696\uFE0F **This pull request changes the gate\u2019s rules** (rules_from: ${rules.mode}): ${MODE[rules.mode]}.` + (rules.mode === "stricter" && loosened ? ` ${loosened} change${loosened === 1 ? "" : "s"} kept at the base\u2019s value.` : "");
  const rows = rules.changes.slice(0, MAX_ROWS).map((c) => [
    esc(c.check, { max: 60 }),
    esc(c.key, { max: 80 }),
    cell(c.base),
    cell(c.head),
    c.applied === "base" ? "**base**" : "this PR"
  ]);
  const more = rules.changes.length - MAX_ROWS;
  return [
    head,
    table(["check", "rule", sha ? `base ${sha}` : "base", "this pull request", "applies"], rows),
    ...more > 0 ? [`and ${more} more rule changes`] : []
  ].join("\n\n");
}

const SUMMARY_LIMIT = 1048576;
function orderEntries(entries) {
  const status = (e) => e.ok ? e.result.status : "error";
  const key = (e) => e.ok ? e.result.id : e.path;
  return [...entries].sort(
    (a, b) => STATUS_RANK[status(b)] - STATUS_RANK[status(a)] || key(a).localeCompare(key(b)) || a.path.localeCompare(b.path)
  );
}
function verdictLine(decision, title) {
  return `### ${ICON[decision.verdict]} ${esc(title, { max: 80 })}: ${decision.verdict} \xB7 ${esc(decision.reason, { max: 400 })}`;
}
function overrideLine(decision) {
  const o = decision.override;
  if (!o || !o.accepted && !o.actor && !/could not be checked/.test(o.message)) return void 0;
  if (o.accepted) {
    return `> ${ICON.warn} **Overridden.** ${esc(o.message, { max: 400 })}. The failure is accepted, not fixed.`;
  }
  return `> ${ICON.warn} **Override ignored.** ${esc(o.message, { max: 400 })}.`;
}
function section(entry, ctx) {
  if (!entry.ok) {
    const lines2 = [`#### ${ICON.error} ${esc(entry.path, { max: 120 })}: not a usable result file`];
    if (ctx.level < 4) lines2.push(esc(entry.error, { max: 600 }));
    return lines2.join("\n\n");
  }
  const r = entry.result;
  const lines = [
    `#### ${ICON[r.status]} ${esc(r.title || r.id, { max: 120 })} \xB7 ${r.kind} ${esc(r.id)}`,
    esc(r.summary, { max: 1e3 })
  ];
  if (r.errors?.length && ctx.level < 4) {
    const shown = r.errors.slice(0, 10).map((p) => {
      const where = [
        p.file,
        p.line !== void 0 ? `line ${p.line}` : void 0,
        p.key ? `key ${p.key}` : void 0
      ].filter((x) => x !== void 0).map((x) => esc(x, { max: 120 })).join(", ");
      return `- ${where ? `${where}: ` : ""}${esc(p.message, { max: 300 })}`;
    });
    if (r.errors.length > 10) shown.push(`- and ${fmtCount(r.errors.length - 10)} more`);
    lines.push(shown.join("\n"));
  }
  if (ctx.level < 4) {
    lines.push(...r.kind === "compare" ? compareBody(r, ctx) : validateBody(r, ctx));
  } else if (r.kind === "compare") compareCut(r, ctx.cut);
  else validateCut(r, ctx.cut);
  return lines.join("\n\n");
}
function footer(entries, info) {
  const version = info?.version && /^[\w.+-]{1,40}$/.test(info.version) ? ` ${info.version}` : "";
  const parts = [`modelgate${version}`];
  const sha = shortSha(info?.commit);
  if (sha) parts.push(`commit ${sha}`);
  const baselines = entries.filter((e) => e.ok && e.result.kind === "compare").slice(0, 5).map((e) => `${esc(e.result.id)}: ${baselineText(compareView(e.result.details).baseline)}`);
  if (baselines.length) parts.push(`baseline ${baselines.join("; ")}`);
  if (info?.runUrl && /^https?:\/\/[^\s()<>]+$/.test(info.runUrl))
    parts.push(`[workflow run](${info.runUrl})`);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function cutNote(cut, unit, hint, truncated) {
  const what = [];
  if (cut.samples) what.push(plural(cut.samples, "sample violation"));
  if (cut.slices) what.push(plural(cut.slices, "slice row"));
  if (cut.details) what.push(plural(cut.details, "detail row"));
  if (cut.sections) what.push(plural(cut.sections, "result section"));
  if (truncated) what.push("the end of the report");
  const limit = unit === "chars" ? "GitHub's 65,536-character comment limit" : "GitHub's 1 MiB job summary limit";
  const where = hint ?? "The full details are in the result files.";
  return `> \u2702\uFE0F Shortened to fit ${limit}: left out ${what.join(", ")}. ${where}`;
}
const DELTA_LEGEND = "<sub>\u0394 = change from baseline to candidate, positive = better; \u2191/\u2193 = change of a metric with no direction set.</sub>";
function hasMetricRows(entries) {
  return entries.some(
    (e) => e.ok && e.result.kind === "compare" && compareView(e.result.details).metrics.length > 0
  );
}
function assemble(input, options, level, allow = unlimited(), sectionBudget) {
  const cut = emptyCut();
  const ordered = orderEntries(input.entries);
  const ctx = { level, cut, allow };
  const head = [verdictLine(input.decision, options.title ?? "modelgate")];
  const override = overrideLine(input.decision);
  if (override) head.push(override);
  if (level < 4 && hasMetricRows(ordered)) head.push(DELTA_LEGEND);
  const rules = rulesBlock(input.rules);
  if (rules) head.push(rules);
  let sections = ordered.map((e) => section(e, ctx));
  if (sectionBudget !== void 0) {
    const kept = [];
    let used = 0;
    for (const s of sections) {
      const size = s.length + 2;
      if (used + size > sectionBudget) break;
      kept.push(s);
      used += size;
    }
    cut.sections += sections.length - kept.length;
    sections = kept;
  }
  return { head, sections, tail: ["---", footer(ordered, options.footer)], cut };
}
function measure(text, unit) {
  return unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length;
}
function join(parts, note) {
  return [...parts.head, ...note ? [note] : [], ...parts.sections, ...parts.tail].join("\n\n") + "\n";
}
function renderLevel(input, options, level, allow) {
  const parts = assemble(input, options, level, allow ?? unlimited());
  const note = level > 0 ? cutNote(parts.cut, options.unit ?? "chars", options.fullReportHint, false) : void 0;
  return { markdown: join(parts, note), level, cut: parts.cut, truncated: false };
}
function countRows(entries) {
  const total = { attention: 0, passing: 0 };
  for (const e of entries) {
    if (!e.ok || e.result.kind !== "compare") continue;
    for (const r of compareView(e.result.details).metrics) {
      if (needsAttention(r)) total.attention++;
      else total.passing++;
    }
  }
  return total;
}
function largestFitting(max, render, fits) {
  let best = render(0);
  if (!fits(best)) return void 0;
  let lo = 1;
  let hi = max;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const out = render(mid);
    if (fits(out)) {
      best = out;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
function renderReport(input, options = {}) {
  const unit = options.unit ?? "chars";
  const limit = options.limit ?? Infinity;
  const fits = (out) => measure(out.markdown, unit) <= limit;
  for (const level of [0, 1]) {
    const out = renderLevel(input, options, level);
    if (fits(out)) return out;
  }
  const total = countRows(input.entries);
  const passing = largestFitting(
    total.passing,
    (n) => renderLevel(input, options, 2, { attention: Infinity, passing: n }),
    fits
  );
  if (passing) return passing;
  const attention = largestFitting(
    total.attention,
    (n) => renderLevel(input, options, 3, { attention: n, passing: 0 }),
    fits
  );
  if (attention) return attention;
  const headings = renderLevel(input, options, 4);
  if (fits(headings)) return headings;
  const skeleton = assemble(input, options, 4, unlimited(), 0);
  const fixed = measure(
    join(skeleton, cutNote({ ...skeleton.cut, sections: 1e9 }, unit, options.fullReportHint, true)),
    unit
  );
  const perChar = unit === "bytes" ? 4 : 1;
  const parts = assemble(
    input,
    options,
    4,
    unlimited(),
    Math.max(0, Math.floor((limit - fixed) / perChar))
  );
  let markdown = join(parts, cutNote(parts.cut, unit, options.fullReportHint, false));
  let truncated = false;
  if (measure(markdown, unit) > limit) {
    truncated = true;
    const note = cutNote(parts.cut, unit, options.fullReportHint, true);
    let body = join({ ...parts, sections: [] }, note);
    while (measure(body, unit) > limit && body.includes("\n"))
      body = body.slice(0, body.lastIndexOf("\n", body.length - 2) + 1);
    markdown = measure(body, unit) <= limit ? body : "";
  }
  return { markdown, level: 5, cut: parts.cut, truncated };
}

export { SUMMARY_LIMIT as S, orientedChange as a, renderReport as b, compareView as c, deltaCell as d, orderEntries as o, regressionsFirst as r, table as t, validateView as v };
