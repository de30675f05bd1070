// How a validate result reads: terminal lines for the CLI, a Markdown job-summary section and
// the annotations for the action. Everything from the data or the schema is untrusted: it goes
// through the report's esc() (one escaper for every Markdown we write) and stays on one line.
import { ICON } from '../conventions/format.js';
import type { Result } from '../result.js';
import type { Group, ValidateDetails } from './types.js';
import type { SchemaWarning } from './schema-warnings.js';
import { formatShare } from './threshold.js';
import { escape } from './value.js';
import { esc } from '../report/escape.js';

/** Where a sample is: `line 12` (text formats) or `row 12 (row group 0)` (Parquet). */
export function at(
  s: { line: number; rowGroup?: number },
  linePrefix: string,
  rowPrefix: string,
): string {
  return s.rowGroup === undefined
    ? `${linePrefix}${s.line}`
    : `${rowPrefix}row ${s.line} (row group ${s.rowGroup})`;
}

type ValidateResult = Result<'validate', ValidateDetails>;

function where(g: Group): string {
  return g.keyword === 'parse' ||
    g.keyword === 'csv' ||
    g.keyword === 'encoding' ||
    g.keyword === 'maxRecordSize'
    ? g.keyword
    : `${g.keyword} (${g.schemaPath})`;
}

function warningText(w: SchemaWarning): string {
  return `${w.file}${w.path ? ` at ${w.path}` : ''}: ${w.message}`;
}

export function textReport(result: ValidateResult, color = false): string[] {
  const d = result.details;
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const statusColor = { pass: '32', warn: '33', fail: '31', error: '31' }[result.status];
  const lines = [`${result.title}: ${result.summary}`];
  for (const e of result.errors ?? [])
    lines.push(`  error: ${e.file ? `${e.file}${e.line ? `:${e.line}` : ''}: ` : ''}${e.message}`);
  for (const w of d.schemaWarnings ?? []) lines.push(`  schema warning: ${warningText(w)}`);
  for (const f of d.files) {
    lines.push(
      `  ${f.path} (${f.format}, ${f.bytes.toLocaleString('en-US')} bytes): ${f.rows.toLocaleString('en-US')} rows, ${f.invalidRows.toLocaleString('en-US')} invalid`,
    );
  }
  for (const g of d.groups) {
    lines.push(
      `  ${g.count.toLocaleString('en-US')} × ${where(g)} in ${g.file} (${formatShare(g.share)}): ${g.message}`,
    );
    for (const s of g.samples)
      lines.push(`      ${g.file}${at(s, ':', ' ')}  ${s.message}  value: ${s.value}`);
  }
  if (d.omittedGroups) lines.push(`  … and ${d.omittedGroups} more groups (see the result file)`);
  // Names and messages come from the data and the schema: no raw control characters on a terminal.
  const safe = lines.map(escape);
  safe[0] = `${paint(statusColor, result.status.toUpperCase())} ${safe[0]}`;
  return safe;
}

export function markdownSummary(result: ValidateResult): string {
  const d = result.details;
  const out = [
    `### ${ICON[result.status]} ${esc(result.title)}: ${result.status}`,
    '',
    esc(result.summary),
    '',
  ];
  for (const e of result.errors ?? []) {
    out.push(
      `- **error** ${e.file ? `${esc(e.file)}${e.line ? `:${e.line}` : ''}: ` : ''}${esc(e.message)}`,
    );
  }
  for (const w of d.schemaWarnings ?? []) out.push(`- **schema warning** ${esc(warningText(w))}`);
  if (result.errors?.length || d.schemaWarnings?.length) out.push('');
  out.push(
    `Schema: ${esc(d.schemaFile)} · threshold: max ${esc(d.threshold.maxInvalidRows)}${d.threshold.warnInvalidRows ? `, warn ${esc(d.threshold.warnInvalidRows)}` : ''} invalid rows`,
    '',
  );
  if (d.files.length) {
    out.push('| file | format | rows | invalid |', '| --- | --- | ---: | ---: |');
    for (const f of d.files)
      out.push(
        `| ${esc(f.path)} | ${f.format} | ${f.rows.toLocaleString('en-US')} | ${f.invalidRows.toLocaleString('en-US')} |`,
      );
    out.push('');
  }
  if (d.groups.length) {
    out.push(
      '| violations | share | file | rule | first at | message | value |',
      '| ---: | ---: | --- | --- | --- | --- | --- |',
    );
    for (const g of d.groups) {
      const s = g.samples[0];
      out.push(
        `| ${g.count.toLocaleString('en-US')} | ${formatShare(g.share)} | ${esc(g.file)} | ${esc(where(g))} | ${s ? at(s, 'line ', '') : ''} | ${esc(s?.message ?? g.message)} | ${esc(s?.value ?? '')} |`,
      );
    }
    if (d.omittedGroups) out.push('', `… and ${d.omittedGroups} more groups in the result file.`);
    out.push('');
  }
  return out.join('\n');
}

export interface Annotation {
  file: string;
  /** Absent for a Parquet row (no line to point at). */
  line?: number;
  title: string;
  message: string;
}

/**
 * Up to `max` annotations on the data files' lines: the first sample of each group, worst
 * group first, then further samples round-robin. `more` counts the located violations left.
 */
export function pickAnnotations(
  result: ValidateResult,
  max: number,
): { annotations: Annotation[]; more: number } {
  const groups = result.details.groups;
  const annotations: Annotation[] = [];
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
        line: s.rowGroup === undefined ? s.line : undefined,
        title: `${where(g)}: ${g.count.toLocaleString('en-US')} record${g.count === 1 ? '' : 's'}`,
        message: `${s.message} (value: ${s.value})`,
      });
    }
    if (!any) break;
  }
  const total = groups.reduce((n, g) => n + g.count, 0);
  return { annotations, more: Math.max(0, total - annotations.length) };
}
