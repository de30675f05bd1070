import { S as STATUS_RANK } from './chunk-result.js';
import { m as mermaidLabel, a as escHtml, e as esc } from './chunk-escape.js';

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
function table(header, rows, align) {
  return markdownTable([header, ...rows], { alignDelimiters: false, align });
}
function collapsed(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}

const ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u26D4",
  skip: "\u2796"
};
function statusLabel(status) {
  return `${ICON[status]} ${status}`;
}
function group3(int) {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function fmtNum(x) {
  if (x === null || x === void 0 || !Number.isFinite(x)) return "\u2013";
  const abs = Math.abs(x);
  if (abs >= 1e4) return (x < 0 ? "\u2212" : "") + group3(Math.round(abs).toString());
  if (abs === 0) return "0";
  const text = String(Number(abs.toPrecision(4)));
  if (abs < 1e3) return x < 0 ? `\u2212${text}` : text;
  const [int = "0", frac] = text.split(".");
  return (x < 0 ? "\u2212" : "") + group3(int) + (frac ? `.${frac}` : "");
}
function fmtDelta(x) {
  if (x === null || x === void 0 || !Number.isFinite(x)) return "\u2013";
  if (x === 0) return "\xB10";
  return (x > 0 ? "+" : "") + fmtNum(x);
}
function fmtPct(share, signed = false) {
  if (share === null || share === void 0 || !Number.isFinite(share)) return "\u2013";
  const pct = share * 100;
  const abs = Math.abs(pct);
  const digits = abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(abs)));
  let body = abs.toFixed(digits);
  if (body.includes(".")) body = body.replace(/0+$/, "").replace(/\.$/, "");
  const sign = pct < 0 ? "\u2212" : signed && pct > 0 ? "+" : signed ? "\xB1" : "";
  return `${sign}${body}%`;
}
function fmtCount(n) {
  if (n === null || n === void 0 || !Number.isFinite(n)) return "\u2013";
  return (n < 0 ? "\u2212" : "") + group3(Math.round(Math.abs(n)).toString());
}
function fmtBytes(n) {
  if (n === null || n === void 0 || !Number.isFinite(n) || n < 0) return "\u2013";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : Number(v.toPrecision(3))} ${units[u]}`;
}
function plural(n, one, many = `${one}s`) {
  return `${fmtCount(n)} ${n === 1 ? one : many}`;
}
function shortSha(sha) {
  return sha && /^[0-9a-f]{7,40}$/i.test(sha) ? sha.slice(0, 7) : void 0;
}

const CHART_MAX_BARS = 12;
const RANK$2 = { error: 4, fail: 3, warn: 2, pass: 1, skip: 0 };
function mermaidNumber(x) {
  const text = Number(x.toPrecision(6)).toString();
  return text.includes("e") ? x.toFixed(12).replace(/0+$/, "").replace(/\.$/, "") : text;
}
function pick(rows) {
  const paired = rows.filter((r) => r.baseline !== null && r.candidate !== null);
  const groups = /* @__PURE__ */ new Map();
  for (const r of paired) {
    if (!r.slice) continue;
    const key = `${r.name}\0${r.slice.key}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  let best;
  for (const list of groups.values())
    if (list.length >= 2 && (!best || list.length > best.length)) best = list;
  if (best) {
    const shown2 = [...best].sort((a, b) => RANK$2[b.status] - RANK$2[a.status]).slice(0, CHART_MAX_BARS);
    const first = shown2[0];
    return {
      title: `${mermaidLabel(first.name)} by ${mermaidLabel(first.slice.key)}`,
      labels: shown2.map((r) => mermaidLabel(r.slice.value, 16)),
      baseline: shown2.map((r) => r.baseline),
      candidate: shown2.map((r) => r.candidate)
    };
  }
  const rates = paired.filter(
    (r) => !r.slice && [r.baseline, r.candidate].every((v) => v >= 0 && v <= 1)
  );
  if (rates.length < 2) return void 0;
  const shown = [...rates].sort((a, b) => RANK$2[b.status] - RANK$2[a.status]).slice(0, CHART_MAX_BARS);
  return {
    title: "metrics",
    labels: shown.map((r) => mermaidLabel(r.name, 16)),
    baseline: shown.map((r) => r.baseline),
    candidate: shown.map((r) => r.candidate)
  };
}
function compareChart(rows) {
  const s = pick(rows);
  if (!s) return void 0;
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${s.title}: baseline (bars) vs candidate (line)"`,
    `  x-axis [${s.labels.map((l) => `"${l}"`).join(", ")}]`,
    `  bar [${s.baseline.map(mermaidNumber).join(", ")}]`,
    `  line [${s.candidate.map(mermaidNumber).join(", ")}]`,
    "```"
  ].join("\n");
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
      correction: str(ex.correction)
    }
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
const KEPT_SLICES = 10;
const KEPT_DETAIL_ROWS = 10;
const RANK$1 = { error: 4, fail: 3, warn: 2, pass: 1, skip: 0 };
function regressionsFirst(rows) {
  return rows.map((row, i) => ({ row, i })).sort(
    (a, b) => RANK$1[b.row.status] - RANK$1[a.row.status] || (a.row.delta ?? Infinity) - (b.row.delta ?? Infinity) || a.i - b.i
  ).map((x) => x.row);
}
const isRegression = (r) => r.status === "fail" || r.status === "error" || r.status === "warn";
function metricName(r) {
  const tag = r.presence === "added" ? " (new)" : r.presence === "removed" ? " (removed)" : "";
  return esc(r.name, { max: 80 }) + tag;
}
function sliceName(r) {
  return r.slice ? `${esc(r.slice.key, { max: 40 })} = ${esc(r.slice.value, { max: 60 })}` : "";
}
function ciCell(r) {
  if (!r.ci) return "\u2013";
  const p = r.pAdjusted ?? r.pValue;
  const pText = p === void 0 ? "" : p < 1e-3 ? " p&lt;0.001" : ` p=${fmtNum(p)}`;
  return `[${fmtDelta(r.ci[0])}, ${fmtDelta(r.ci[1])}]${pText}`;
}
function statusCell(r) {
  const reason = r.reason ? `: ${esc(r.reason, { max: 160 })}` : "";
  return `${ICON[r.status]} ${r.status}${reason}`;
}
const HEAD = ["Metric", "Baseline", "Candidate", "\u0394", "\u0394%", "CI of \u0394", "Rule", "Status"];
const ALIGN = ["l", "r", "r", "r", "r", "l", "l", "l"];
const cellCache = /* @__PURE__ */ new WeakMap();
function cells(r) {
  let row = cellCache.get(r);
  if (!row) cellCache.set(r, row = formatCells(r));
  return row;
}
function formatCells(r) {
  return [
    metricName(r),
    fmtNum(r.baseline),
    fmtNum(r.candidate),
    fmtDelta(r.delta),
    fmtPct(r.relDelta, true),
    ciCell(r),
    r.rule ? esc(r.rule, { max: 80 }) : r.gated ? "\u2013" : "not gated",
    statusCell(r)
  ];
}
function metricTable(rows) {
  return table(HEAD, rows.map(cells), ALIGN);
}
function sliceTable(rows) {
  return table(
    ["Slice", ...HEAD],
    rows.map((r) => [sliceName(r), ...cells(r)]),
    ["l", ...ALIGN]
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
function statistics(view, ctx) {
  const ex = view.examples;
  if (!ex) return [];
  const out = [];
  const bits = [];
  if (ex.n !== void 0) bits.push(`paired on ${plural(ex.n, "example")}`);
  if (ex.resamples !== void 0) bits.push(`${fmtCount(ex.resamples)} bootstrap resamples`);
  if (ex.confidence !== void 0) bits.push(`${fmtPct(ex.confidence)} confidence`);
  if (ex.correction === "holm") bits.push("Holm-corrected across gated metrics and slices");
  if (bits.length) out.push(`Statistics: ${bits.join(", ")}.`);
  const cOnly = ex.candidateOnly ?? 0;
  const bOnly = ex.baselineOnly ?? 0;
  if (cOnly > 0 || bOnly > 0) {
    let line = `${ICON.warn} The two models were not scored on the same examples: ${fmtCount(cOnly)} only in the candidate, ${fmtCount(bOnly)} only in the baseline.`;
    const ids = ex.sampleMissingIds.filter(Boolean);
    if (ids.length && ctx.level < 1) {
      const example = ` For example: ${ids.slice(0, 5).map((id) => esc(id, { max: 60 })).join(", ")}.`;
      ctx.weigh?.("samples", example);
      line += example;
      ctx.cut.samples += Math.max(0, ids.length - 5);
    } else ctx.cut.samples += ids.length;
    out.push(line);
  }
  return out;
}
function mdeLine(rows) {
  const withMde = rows.filter((r) => r.mde !== void 0).slice(0, 12);
  if (!withMde.length) return void 0;
  return `Minimum detectable effect at 80% power: ${withMde.map((r) => `${esc(r.name, { max: 60 })} ${fmtNum(r.mde)}`).join(", ")}.`;
}
function compareCut(result, cut) {
  const metrics = compareView(result.details).metrics;
  const slices = metrics.filter((m) => m.slice).length;
  cut.slices += slices;
  cut.details += metrics.length - slices;
}
function compareBody(result, ctx) {
  const view = compareView(result.details);
  const { level, cut } = ctx;
  const top = regressionsFirst(view.metrics.filter((m) => !m.slice));
  const slices = regressionsFirst(view.metrics.filter((m) => m.slice));
  const out = [];
  out.push(`Baseline: ${baselineText(view.baseline)}`);
  if (level >= 3) {
    const worst = regressionsFirst([...top, ...slices].filter(isRegression));
    const kept = worst.slice(0, KEPT_DETAIL_ROWS);
    cut.slices += slices.length - kept.filter((r) => r.slice).length;
    cut.details += top.length - kept.filter((r) => !r.slice).length;
    if (kept.length) {
      out.push(
        table(
          ["Metric", "Slice", "\u0394", "Status"],
          kept.map((r) => [metricName(r), sliceName(r) || "all", fmtDelta(r.delta), statusCell(r)])
        )
      );
    }
    const hidden = top.length + slices.length - kept.length;
    if (hidden) out.push(`${plural(hidden, "metric row")} not shown.`);
    return out;
  }
  if (top.length) {
    const first = top.length > TOP_ROWS ? top.slice(0, TOP_ROWS) : top;
    out.push(metricTable(first));
    if (top.length > first.length) {
      const rest = top.slice(first.length);
      out.push(collapsed(escHtml(`${plural(rest.length, "more metric")}`), metricTable(rest)));
    }
  }
  if (slices.length) {
    if (level >= 2) {
      const kept = slices.filter(isRegression).slice(0, KEPT_SLICES);
      cut.slices += slices.length - kept.length;
      const bad = slices.filter(isRegression).length;
      const head = `Slices: ${kept.length ? `the ${plural(kept.length, "worst regression")} of ` : ""}${plural(slices.length, "row")} (${fmtCount(bad)} regressed)`;
      out.push(kept.length ? collapsed(escHtml(head), sliceTable(kept)) : head);
    } else {
      const byKey = /* @__PURE__ */ new Map();
      for (const r of slices) {
        const list = byKey.get(r.slice.key) ?? [];
        list.push(r);
        byKey.set(r.slice.key, list);
      }
      for (const [key, rows] of byKey) {
        const bad = rows.filter(isRegression).length;
        const head = `Slices by ${escHtml(key, { max: 60 })}: ${plural(rows.length, "row")}, ${bad ? `${ICON.fail} ${fmtCount(bad)} regressed` : `${ICON.pass} none regressed`}`;
        const block = collapsed(head, sliceTable(rows));
        ctx.weigh?.("slices", block);
        out.push(block);
      }
    }
  }
  const chart = compareChart(level < 2 ? view.metrics : top);
  if (chart && level < 2 && slices.length) ctx.weigh?.("slices", chart);
  if (chart) out.push(chart);
  out.push(...statistics(view, ctx));
  const mde = mdeLine(top);
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
const RANK = { error: 3, fail: 2, warn: 1, pass: 0 };
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
    ["Column", "Type", "PSI", "Test", "Statistic", "p (Holm)", "Status"],
    cols.map((c) => [
      esc(c.name, { max: 60 }),
      esc(c.type, { max: 12 }) + (c.sampled ? " (sampled)" : ""),
      c.psi === void 0 ? "\u2013" : fmtNum(c.psi),
      c.test === "ks" ? "KS" : c.test === "chi2" ? "\u03C7\xB2" : "\u2013",
      c.statistic === void 0 ? "\u2013" : fmtNum(c.statistic),
      c.pAdjusted === void 0 ? "\u2013" : c.pAdjusted < 1e-4 ? "< 0.0001" : fmtNum(c.pAdjusted),
      statusLabel(c.status)
    ]),
    ["l", "l", "r", "l", "r", "r", "l"]
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
    const cols = arr(drift.columns).map(readColumn).sort((a, b) => RANK[b.status] - RANK[a.status] || (b.psi ?? -1) - (a.psi ?? -1));
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
    const sorted = [...exps].sort((a, b) => RANK[status(b.status)] - RANK[status(a.status)]);
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
          [
            "Check",
            "Rule",
            "Rows checked",
            "Unexpected",
            "Share",
            ...ratchet ? ["On base"] : [],
            "Status"
          ],
          shown.map((e) => [
            esc(e.column !== void 0 ? `${String(e.column)}: ${String(e.kind)}` : e.kind, {
              max: 80
            }),
            esc(e.rule, { max: 80 }),
            fmtCount(num(e.checked)),
            fmtCount(num(e.unexpected)),
            fmtPct(num(e.share)),
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
        ctx.weigh?.("samples", block);
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
function groupCells(g) {
  return [
    esc(g.file, { max: 100 }),
    esc(g.schemaPath, { max: 100 }),
    esc(g.keyword, { max: 40 }),
    esc(g.message, { max: 160 }),
    fmtCount(g.count),
    fmtPct(g.share)
  ];
}
function groupTable(groups) {
  return table(
    ["File", "Schema path", "Keyword", "Message", "Rows", "Share of rows"],
    groups.map(groupCells),
    ["l", "l", "l", "l", "r", "r"]
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
    if (kept.length) out.push(groupTable(kept));
    const hidden = groups.length - kept.length + view.omittedGroups;
    if (hidden > 0) out.push(`${plural(hidden, "more violation group")} not shown.`);
    return out;
  }
  if (view.files.length) {
    const fileTable = (files) => table(
      ["File", "Format", "Rows", "Invalid", "Share", "Size"],
      files.map((f) => [
        esc(f.path, { max: 120 }),
        esc(f.format ?? "\u2013", { max: 10 }),
        fmtCount(f.rows),
        fmtCount(f.invalidRows),
        f.rows ? fmtPct((f.invalidRows ?? 0) / f.rows) : "\u2013",
        fmtBytes(f.bytes)
      ]),
      ["l", "l", "r", "r", "r", "r"]
    );
    out.push(
      view.files.length > TOP_FILES ? collapsed(escHtml(`Files: ${plural(view.files.length, "file")}`), fileTable(view.files)) : fileTable(view.files)
    );
  }
  if (groups.length) {
    const first = groups.slice(0, TOP_GROUPS);
    out.push(groupTable(first));
    if (groups.length > first.length) {
      out.push(
        collapsed(
          escHtml(plural(groups.length - first.length, "more group")),
          groupTable(groups.slice(first.length))
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
            esc(g.file, { max: 80 }),
            s.line === void 0 ? "\u2013" : fmtCount(s.line).replace(/,/g, ""),
            esc(s.pointer || "/", { max: 80 }),
            esc(s.value, { max: 120 }),
            esc(s.message || g.message, { max: 160 })
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
      ctx.weigh?.("samples", block);
      out.push(block);
    }
  }
  return out;
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
function assemble(input, options, level, sectionBudget, weigh) {
  const cut = emptyCut();
  const ordered = orderEntries(input.entries);
  const ctx = { level, cut, weigh };
  const head = [verdictLine(input.decision, options.title ?? "modelgate")];
  const override = overrideLine(input.decision);
  if (override) head.push(override);
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
function renderLevel(input, options, level, weigh) {
  const parts = assemble(input, options, level, void 0, weigh);
  const note = level > 0 ? cutNote(parts.cut, options.unit ?? "chars", options.fullReportHint, false) : void 0;
  return { markdown: join(parts, note), level, cut: parts.cut, truncated: false };
}
function renderReport(input, options = {}) {
  const unit = options.unit ?? "chars";
  const limit = options.limit ?? Infinity;
  const removable = { samples: 0, slices: 0 };
  const weigh = (what, text) => {
    removable[what] += measure(text, unit) + 2;
  };
  let full = Infinity;
  for (const level of [0, 1, 2, 3, 4]) {
    if (level === 1 && full - removable.samples > limit) continue;
    if (level === 2 && full - removable.samples - removable.slices > limit) continue;
    const out = renderLevel(input, options, level, level === 0 ? weigh : void 0);
    const size = measure(out.markdown, unit);
    if (size <= limit) return out;
    if (level === 0) full = size;
  }
  const skeleton = assemble(input, options, 4, 0);
  const fixed = measure(
    join(skeleton, cutNote({ ...skeleton.cut, sections: 1e9 }, unit, options.fullReportHint, true)),
    unit
  );
  const perChar = unit === "bytes" ? 4 : 1;
  const parts = assemble(input, options, 4, Math.max(0, Math.floor((limit - fixed) / perChar)));
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

export { ICON as I, SUMMARY_LIMIT as S, fmtNum as a, fmtPct as b, compareView as c, fmtCount as d, renderReport as e, fmtDelta as f, orderEntries as o, regressionsFirst as r, statusLabel as s, table as t, validateView as v };
