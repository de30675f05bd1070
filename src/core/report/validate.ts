// The section for a `validate` result: what share of rows broke which rule where, and the lines
// to look at.
import type { Result } from '../result.js';
import { collapsed, table, type Cut, type SectionContext } from './blocks.js';
import { esc, escHtml } from './escape.js';
import { fmtBytes, fmtCount, fmtPct, plural } from '../conventions/format.js';
import { NameNotes } from './rows.js';
import { validateView, type GroupView, type ValidateView } from './model.js';
import { datasetBlocks } from '../dataset/markdown.js';

/** Files and groups shown before the rest folds away. */
export const TOP_FILES = 10;
export const TOP_GROUPS = 20;
/** Groups kept once details have been cut. */
export const KEPT_GROUPS = 5;
/** Sample violations shown per group and in all. */
export const SAMPLES_PER_GROUP = 5;
export const SAMPLES_TOTAL = 100;
/** Cell widths in characters: file names and paths are cut in the middle, messages at the end. */
const FILE_WIDTH = 28;
const PATH_WIDTH = 40;
const MESSAGE_WIDTH = 60;
const VALUE_WIDTH = 32;

function groupCells(g: GroupView, notes: NameNotes): string[] {
  return [
    notes.name(g.file, FILE_WIDTH),
    notes.name(g.schemaPath, PATH_WIDTH),
    esc(g.message, { max: MESSAGE_WIDTH }),
    `${fmtCount(g.count)} (${fmtPct(g.share)})`,
  ];
}

// The keyword is the last step of the schema path, so it gets no column of its own.
function groupTable(groups: GroupView[], notes: NameNotes): string {
  return table(
    ['File', 'Schema path', 'Message', 'Rows (share)'],
    groups.map((g) => groupCells(g, notes)),
    ['l', 'l', 'l', 'r'],
  );
}

/** Strict-mode findings in the schema: one line, the first few located, from untrusted text. */
function schemaWarningLine(list: string[]): string | undefined {
  if (list.length === 0) return undefined;
  const shown = list.slice(0, 3).map((w) => esc(w, { max: 200 }));
  const more = list.length > 3 ? ` and ${plural(list.length - 3, 'more')}` : '';
  return `⚠️ ${plural(list.length, 'schema warning')} (evaluated regardless): ${shown.join('; ')}${more}`;
}

/** What a section left out when only its heading is shown. */
export function validateCut(result: Result, cut: Cut): void {
  const view = validateView(result.details);
  cut.samples += view.groups.reduce((n, g) => n + g.samples.length, 0);
  cut.details += view.groups.length + view.files.length;
}

/** Rows invalid, the schema, the allowed count: one line of facts. */
function factsLine(view: ValidateView): string | undefined {
  const facts: string[] = [];
  if (view.rows !== null) {
    facts.push(
      `${fmtCount(view.invalidRows ?? 0)} of ${plural(view.rows, 'row')} invalid (${fmtPct(view.invalidShare)})`,
    );
  }
  if (view.schemaFile) facts.push(`schema ${esc(view.schemaFile, { max: 120 })}`);
  const t = view.threshold;
  if (t?.maxInvalidRows !== undefined) {
    facts.push(
      `allowed: ${esc(t.maxInvalidRows, { max: 20 })} invalid` +
        (t.warnInvalidRows !== undefined
          ? `, warn above ${esc(t.warnInvalidRows, { max: 20 })}`
          : ''),
    );
  }
  return facts.length ? facts.join(' · ') : undefined;
}

/** Once details are cut (level 3): the first few groups only, and what was left out. */
function keptGroupBlocks(view: ValidateView, cut: Cut, notes: NameNotes): string[] {
  const groups = view.groups;
  const kept = groups.slice(0, KEPT_GROUPS);
  cut.samples += groups.reduce((n, g) => n + g.samples.length, 0);
  cut.details += groups.length - kept.length + view.files.length;
  const out: string[] = [];
  if (kept.length) out.push(groupTable(kept, notes));
  const hidden = groups.length - kept.length + view.omittedGroups;
  if (hidden > 0) out.push(`${plural(hidden, 'more violation group')} not shown.`);
  return out;
}

/** The per-file table, folded away when there are many files. */
function fileBlock(files: ValidateView['files'], notes: NameNotes): string {
  const fileTable = table(
    ['File', 'Format', 'Rows', 'Invalid (share)', 'Size'],
    files.map((f) => [
      notes.name(f.path, FILE_WIDTH),
      esc(f.format ?? '–', { max: 10 }),
      fmtCount(f.rows),
      `${fmtCount(f.invalidRows)}${f.rows ? ` (${fmtPct((f.invalidRows ?? 0) / f.rows)})` : ''}`,
      fmtBytes(f.bytes),
    ]),
    ['l', 'l', 'r', 'r', 'r'],
  );
  return files.length > TOP_FILES
    ? collapsed(escHtml(`Files: ${plural(files.length, 'file')}`), fileTable)
    : fileTable;
}

/** The first groups in the open, the rest folded, and the count beyond the kept limit. */
function groupBlocks(view: ValidateView, notes: NameNotes): string[] {
  const { groups } = view;
  const out: string[] = [];
  if (groups.length) {
    const first = groups.slice(0, TOP_GROUPS);
    out.push(groupTable(first, notes));
    if (groups.length > first.length) {
      out.push(
        collapsed(
          escHtml(plural(groups.length - first.length, 'more group')),
          groupTable(groups.slice(first.length), notes),
        ),
      );
    }
  }
  if (view.omittedGroups > 0) {
    out.push(
      `${plural(view.omittedGroups, 'more violation group')} beyond the kept limit (see the result file).`,
    );
  }
  return out;
}

/** Where a sample sits: its line, or its row and row group (Parquet). */
function sampleLocation(s: GroupView['samples'][number]): string {
  if (s.line === undefined) return '–';
  const line = fmtCount(s.line).replace(/,/g, '');
  return s.rowGroup === undefined ? line : `row ${line} (group ${s.rowGroup})`;
}

/** A few sample violations per group, up to SAMPLES_TOTAL, folded away. */
function sampleBlock(groups: GroupView[], all: number, cut: Cut, notes: NameNotes): string {
  const rows: string[][] = [];
  for (const g of groups) {
    for (const s of g.samples.slice(0, SAMPLES_PER_GROUP)) {
      if (rows.length >= SAMPLES_TOTAL) break;
      rows.push([
        notes.name(g.file, FILE_WIDTH),
        sampleLocation(s),
        notes.name(s.pointer || '/', PATH_WIDTH),
        esc(s.value, { max: VALUE_WIDTH }),
        esc(s.message || g.message, { max: MESSAGE_WIDTH }),
      ]);
    }
  }
  cut.samples += all - rows.length;
  return collapsed(
    escHtml(
      `Sample violations: ${plural(rows.length, 'row')}${all > rows.length ? ` of ${fmtCount(all)}` : ''}`,
    ),
    table(['File', 'Line', 'Pointer', 'Value', 'Message'], rows, ['l', 'r', 'l', 'l', 'l']),
  );
}

/** The validate section of the report, block after block in the order it is shown. */
export function validateBody(result: Result, ctx: SectionContext): string[] {
  const view = validateView(result.details);
  const { level, cut } = ctx;
  const out: string[] = [];
  const notes = new NameNotes();
  const facts = factsLine(view);
  if (facts) out.push(facts);
  const warnings = schemaWarningLine(view.schemaWarnings);
  if (warnings) out.push(warnings);
  out.push(...datasetBlocks((result.details as { dataset?: unknown } | undefined)?.dataset, ctx));

  if (level >= 3) out.push(...keptGroupBlocks(view, cut, notes));
  else {
    if (view.files.length) out.push(fileBlock(view.files, notes));
    out.push(...groupBlocks(view, notes));
    const all = view.groups.reduce((n, g) => n + g.samples.length, 0);
    if (all > 0 && level >= 1) cut.samples += all;
    else if (all > 0) out.push(sampleBlock(view.groups, all, cut, notes));
  }
  const note = notes.note();
  if (note) out.push(note);
  return out;
}
