import { I as ICON } from './chunk-format.js';
import { f as formatShare } from './chunk-threshold.js';
import { b as escape } from './chunk-cells.js';
import { e as esc } from './chunk-escape.js';

function dialectFromEntry(csv) {
  return {
    ...csv.delimiter !== void 0 ? { delimiter: csv.delimiter } : {},
    ...csv.decimal !== void 0 ? { decimal: csv.decimal } : {},
    ...csv.null_values !== void 0 ? { nullValues: csv.null_values } : {}
  };
}
function optionsFromEntry(entry, cwd) {
  return {
    schemaFile: entry.schema,
    data: Array.isArray(entry.data) ? entry.data : [entry.data],
    format: entry.format ?? "auto",
    ...entry.csv ? { csv: dialectFromEntry(entry.csv) } : {},
    maxInvalidRows: entry.max_invalid_rows === void 0 ? "0" : String(entry.max_invalid_rows),
    ...entry.warn_invalid_rows !== void 0 ? { warnInvalidRows: String(entry.warn_invalid_rows) } : {},
    ...entry.samples !== void 0 ? { samples: entry.samples } : {},
    ...entry.expectations || entry.splits || entry.drift || entry.ratchet ? {
      dataset: {
        ...entry.expectations ? { expectations: entry.expectations } : {},
        ...entry.splits ? { splits: entry.splits } : {},
        ...entry.drift ? { drift: entry.drift } : {},
        ...entry.ratchet ? { ratchet: entry.ratchet } : {}
      }
    } : {},
    cwd,
    root: cwd
  };
}

function at(s, linePrefix, rowPrefix) {
  return s.rowGroup === void 0 ? `${linePrefix}${s.line}` : `${rowPrefix}row ${s.line} (row group ${s.rowGroup})`;
}
function where(g) {
  return g.keyword === "parse" || g.keyword === "csv" || g.keyword === "encoding" || g.keyword === "maxRecordSize" ? g.keyword : `${g.keyword} (${g.schemaPath})`;
}
function warningText(w) {
  return `${w.file}${w.path ? ` at ${w.path}` : ""}: ${w.message}`;
}
function textReport(result, color = false) {
  const d = result.details;
  const paint = (code, s) => color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const statusColor = { pass: "32", warn: "33", fail: "31", error: "31" }[result.status];
  const lines = [`${result.title}: ${result.summary}`];
  for (const e of result.errors ?? [])
    lines.push(`  error: ${e.file ? `${e.file}${e.line ? `:${e.line}` : ""}: ` : ""}${e.message}`);
  for (const w of d.schemaWarnings ?? []) lines.push(`  schema warning: ${warningText(w)}`);
  for (const f of d.files) {
    lines.push(
      `  ${f.path} (${f.format}, ${f.bytes.toLocaleString("en-US")} bytes): ${f.rows.toLocaleString("en-US")} rows, ${f.invalidRows.toLocaleString("en-US")} invalid`
    );
  }
  for (const g of d.groups) {
    lines.push(
      `  ${g.count.toLocaleString("en-US")} \xD7 ${where(g)} in ${g.file} (${formatShare(g.share)}): ${g.message}`
    );
    for (const s of g.samples)
      lines.push(`      ${g.file}${at(s, ":", " ")}  ${s.message}  value: ${s.value}`);
  }
  if (d.omittedGroups) lines.push(`  \u2026 and ${d.omittedGroups} more groups (see the result file)`);
  const safe = lines.map(escape);
  safe[0] = `${paint(statusColor, result.status.toUpperCase())} ${safe[0]}`;
  return safe;
}
function markdownSummary(result) {
  const d = result.details;
  const out = [
    `### ${ICON[result.status]} ${esc(result.title)}: ${result.status}`,
    "",
    esc(result.summary),
    ""
  ];
  for (const e of result.errors ?? []) {
    out.push(
      `- **error** ${e.file ? `${esc(e.file)}${e.line ? `:${e.line}` : ""}: ` : ""}${esc(e.message)}`
    );
  }
  for (const w of d.schemaWarnings ?? []) out.push(`- **schema warning** ${esc(warningText(w))}`);
  if (result.errors?.length || d.schemaWarnings?.length) out.push("");
  out.push(
    `Schema: ${esc(d.schemaFile)} \xB7 threshold: max ${esc(d.threshold.maxInvalidRows)}${d.threshold.warnInvalidRows ? `, warn ${esc(d.threshold.warnInvalidRows)}` : ""} invalid rows`,
    ""
  );
  if (d.files.length) {
    out.push("| file | format | rows | invalid |", "| --- | --- | ---: | ---: |");
    for (const f of d.files)
      out.push(
        `| ${esc(f.path)} | ${f.format} | ${f.rows.toLocaleString("en-US")} | ${f.invalidRows.toLocaleString("en-US")} |`
      );
    out.push("");
  }
  if (d.groups.length) {
    out.push(
      "| violations | share | file | rule | first at | message | value |",
      "| ---: | ---: | --- | --- | --- | --- | --- |"
    );
    for (const g of d.groups) {
      const s = g.samples[0];
      out.push(
        `| ${g.count.toLocaleString("en-US")} | ${formatShare(g.share)} | ${esc(g.file)} | ${esc(where(g))} | ${s ? at(s, "line ", "") : ""} | ${esc(s?.message ?? g.message)} | ${esc(s?.value ?? "")} |`
      );
    }
    if (d.omittedGroups) out.push("", `\u2026 and ${d.omittedGroups} more groups in the result file.`);
    out.push("");
  }
  return out.join("\n");
}
function pickAnnotations(result, max) {
  const groups = result.details.groups;
  const annotations = [];
  for (let round = 0; annotations.length < max; round++) {
    let any = false;
    for (const g of groups) {
      const s = g.samples[round];
      if (!s) continue;
      any = true;
      if (annotations.length >= max) break;
      annotations.push({
        file: g.file,
        // A Parquet row is no line of the file: no line annotation for it.
        line: s.rowGroup === void 0 ? s.line : void 0,
        title: `${where(g)}: ${g.count.toLocaleString("en-US")} record${g.count === 1 ? "" : "s"}`,
        message: `${s.message} (value: ${s.value})`
      });
    }
    if (!any) break;
  }
  const total = groups.reduce((n, g) => n + g.count, 0);
  return { annotations, more: Math.max(0, total - annotations.length) };
}

export { markdownSummary as m, optionsFromEntry as o, pickAnnotations as p, textReport as t };
