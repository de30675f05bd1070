import { p as plain } from './chunk-escape.js';
import { a as worstStatus, S as STATUS_RANK, r as readResultFile } from './chunk-result.js';
import { lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { g as glob } from './chunk-index4.js';

function gateItems(entries) {
  return entries.map(
    (e) => e.ok ? { id: e.result.id, status: e.result.status } : { id: e.path, status: "error" }
  );
}
const WRITE_PERMISSIONS = ["admin", "maintain", "write"];
function isBlocking(status, failOn) {
  return status === "fail" || status === "error" || failOn === "warn" && status === "warn";
}
function gateBlocks(items, failOn) {
  return items.length === 0 || items.some((i) => isBlocking(i.status, failOn));
}
function list(ids, max = 5) {
  const shown = ids.slice(0, max).join(", ");
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}
function plural$1(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function evaluateOverride(evidence) {
  const { label, actor, at, permission } = evidence;
  const base = { label, actor, at, permission };
  const who = actor ? plain(actor, { max: 60 }) : "an unknown user";
  if (evidence.error) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' could not be checked (${plain(evidence.error, { max: 200 })}); ignored`
    };
  }
  if (!evidence.present) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is not on the pull request`
    };
  }
  if (!actor) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is present but no 'labeled' event says who applied it; ignored`
    };
  }
  if (!permission || !WRITE_PERMISSIONS.includes(permission)) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' applied by ${who} ignored: ${who} has ${permission ?? "no"} access, an override needs write, maintain or admin`
    };
  }
  return {
    ...base,
    accepted: true,
    message: `accepted by override label '${label}', applied by ${who} (${permission})${at ? ` at ${at}` : ""}`
  };
}
function decideGate(input) {
  const { items, failOn } = input;
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const i of items) counts[i.status]++;
  const raw = items.length === 0 ? "error" : worstStatus(items.map((i) => i.status));
  const ordered = [...items].sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
  const blocking = ordered.filter((i) => isBlocking(i.status, failOn)).map((i) => i.id);
  const warnedIds = ordered.filter((i) => i.status === "warn").map((i) => i.id);
  const total = plural$1(items.length, "check");
  let reason;
  if (items.length === 0) reason = "no results to gate";
  else if (counts.fail + counts.error > 0) {
    const bad = ordered.filter((i) => i.status === "fail" || i.status === "error");
    reason = `${bad.length} of ${total} failed: ${list(bad.map((i) => `${i.id} (${i.status})`))}`;
    if (failOn === "warn" && warnedIds.length)
      reason += `; ${warnedIds.length} warned with fail-on warn`;
  } else if (counts.warn > 0) {
    reason = failOn === "warn" ? `${warnedIds.length} of ${total} warned and fail-on is warn: ${list(warnedIds)}` : `${warnedIds.length} of ${total} warned: ${list(warnedIds)}`;
  } else reason = `all ${total} passed`;
  const blocks = items.length === 0 || blocking.length > 0;
  let verdict = raw;
  let failed = blocks;
  let override;
  if (blocks && input.override) {
    override = evaluateOverride(input.override);
    if (override.accepted) {
      verdict = "warn";
      failed = false;
    }
    if (input.override.present || input.override.error) reason += `; ${override.message}`;
  }
  return {
    verdict,
    raw,
    failed,
    warned: counts.warn > 0 || override?.accepted === true,
    reason: plain(reason),
    counts,
    blocking,
    override
  };
}

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

async function findResultFiles(patterns, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const rel = isAbsolute(pattern) ? relative(cwd, pattern) || "." : pattern;
    const matches = await glob(rel.replace(/\\/g, "/"), {
      cwd,
      onlyFiles: true,
      dot: true,
      expandDirectories: false,
      followSymbolicLinks: false
    });
    for (const m of matches) found.add(m);
  }
  return [...found].sort();
}
async function loadResults(patterns, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const files = await findResultFiles(patterns, options);
  if (files.length === 0) {
    return [
      {
        ok: false,
        path: patterns.join(", ") || "(no pattern)",
        error: "no result files match; did the checks run and were their results downloaded here?"
      }
    ];
  }
  return files.map((path) => loadOne(path, cwd));
}
function loadOne(path, cwd) {
  const full = resolve(cwd, path);
  try {
    if (lstatSync(full).isSymbolicLink()) {
      return { ok: false, path, error: `${path}: is a symbolic link; not read` };
    }
    return { ok: true, path, result: readResultFile(full) };
  } catch (err) {
    const message = err.message.replace(full, path);
    return { ok: false, path, error: message };
  }
}

export { ICON as I, gateBlocks as a, fmtNum as b, fmtPct as c, decideGate as d, fmtCount as e, fmtDelta as f, gateItems as g, collapsed as h, shortSha as i, fmtBytes as j, emptyCut as k, loadResults as l, plural as p, statusLabel as s, table as t };
