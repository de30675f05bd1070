// The whole report: verdict line, one section per result, footer, and the size budget that shrinks
// it in a fixed order (samples, then slices, then details) until it fits, saying what was cut.
import type { GateDecision } from '../gate/decide.js';
import type { Status } from '../result.js';
import { worseFirst } from '../conventions/status.js';
import {
  emptyCut,
  unlimited,
  type Allowance,
  type Cut,
  type Level,
  type SectionContext,
} from './blocks.js';
import { esc } from './escape.js';
import { fmtCount, ICON, plural, shortSha } from '../conventions/format.js';
import type { ReportEntry } from './entry.js';
import { checkKinds, findCheckKind } from '../checks/registry.js';
import type { Result } from '../result.js';
import { rulesBlock } from './rules.js';
import type { RulesOutcome } from '../config/rules-from.js';

/** GitHub refuses longer comment bodies (characters). */
export const COMMENT_LIMIT = 65_536;
/** GitHub drops a step's job summary above this (bytes). */
export const SUMMARY_LIMIT = 1_048_576;

export interface ReportFooter {
  /** The commit the report is about (verified by the caller, not read from result files). */
  commit?: string;
  /** Link to the workflow run that produced this report. */
  runUrl?: string;
  version?: string;
}

export interface RenderOptions {
  /** Shown in the verdict line; e.g. `modelgate` or `modelgate (nightly)`. */
  title?: string;
  /** Largest output allowed, in `unit`s. Default: no limit. */
  limit?: number;
  unit?: 'chars' | 'bytes';
  /** Trusted Markdown saying where the full report is, appended to the "shortened" note. */
  fullReportHint?: string;
  footer?: ReportFooter;
}

export interface RenderedReport {
  markdown: string;
  /** 0 when nothing was cut. */
  level: Level;
  cut: Cut;
  /** Set when even the smallest form was cut at a line boundary. */
  truncated: boolean;
}

/** Worst first, then by id, so the same results always render in the same order. */
export function orderEntries(entries: ReportEntry[]): ReportEntry[] {
  const status = (e: ReportEntry): Status => (e.ok ? e.result.status : 'error');
  const key = (e: ReportEntry) => (e.ok ? e.result.id : e.path);
  return [...entries].sort(
    (a, b) =>
      worseFirst(status(a), status(b)) ||
      key(a).localeCompare(key(b)) ||
      a.path.localeCompare(b.path),
  );
}

function verdictLine(decision: GateDecision, title: string): string {
  return `### ${ICON[decision.verdict]} ${esc(title, { max: 80 })}: ${decision.verdict} · ${esc(decision.reason, { max: 400 })}`;
}

function overrideLine(decision: GateDecision): string | undefined {
  const o = decision.override;
  if (!o || (!o.accepted && !o.actor && !/could not be checked/.test(o.message))) return undefined;
  if (o.accepted) {
    return `> ${ICON.warn} **Overridden.** ${esc(o.message, { max: 400 })}. The failure is accepted, not fixed.`;
  }
  return `> ${ICON.warn} **Override ignored.** ${esc(o.message, { max: 400 })}.`;
}

function section(entry: ReportEntry, ctx: SectionContext): string {
  if (!entry.ok) {
    const lines = [`#### ${ICON.error} ${esc(entry.path, { max: 120 })}: not a usable result file`];
    if (ctx.level < 4) lines.push(esc(entry.error, { max: 600 }));
    return lines.join('\n\n');
  }
  const r = entry.result;
  const lines = [
    `#### ${ICON[r.status]} ${esc(r.title || r.id, { max: 120 })} · ${r.kind} ${esc(r.id)}`,
    esc(r.summary, { max: 1000 }),
  ];
  if (r.errors?.length && ctx.level < 4) {
    const shown = r.errors.slice(0, 10).map((p) => {
      const where = [
        p.file,
        p.line !== undefined ? `line ${p.line}` : undefined,
        p.key ? `key ${p.key}` : undefined,
      ]
        .filter((x) => x !== undefined)
        .map((x) => esc(x, { max: 120 }))
        .join(', ');
      return `- ${where ? `${where}: ` : ''}${esc(p.message, { max: 300 })}`;
    });
    if (r.errors.length > 10) shown.push(`- and ${fmtCount(r.errors.length - 10)} more`);
    lines.push(shown.join('\n'));
  }
  const kind = findCheckKind(r.kind);
  if (kind && ctx.level < 4) lines.push(...kind.report.markdown(r, ctx));
  else kind?.report.cut(r, ctx.cut);
  return lines.join('\n\n');
}

function footer(entries: ReportEntry[], info: ReportFooter | undefined): string {
  const version = info?.version && /^[\w.+-]{1,40}$/.test(info.version) ? ` ${info.version}` : '';
  const parts: string[] = [`modelgate${version}`];
  const sha = shortSha(info?.commit);
  if (sha) parts.push(`commit ${sha}`);
  for (const kind of checkKinds()) {
    const footer = kind.report.footer;
    if (!footer) continue;
    const notes = results(entries)
      .filter((r) => r.kind === kind.name)
      .slice(0, 5)
      .map((r) => `${esc(r.id)}: ${footer.note(r)}`);
    if (notes.length) parts.push(`${footer.label} ${notes.join('; ')}`);
  }
  if (info?.runUrl && /^https?:\/\/[^\s()<>]+$/.test(info.runUrl))
    parts.push(`[workflow run](${info.runUrl})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function cutNote(
  cut: Cut,
  unit: 'chars' | 'bytes',
  hint: string | undefined,
  truncated: boolean,
): string {
  const what: string[] = [];
  if (cut.samples) what.push(plural(cut.samples, 'sample violation'));
  if (cut.slices) what.push(plural(cut.slices, 'slice row'));
  if (cut.details) what.push(plural(cut.details, 'detail row'));
  if (cut.sections) what.push(plural(cut.sections, 'result section'));
  if (truncated) what.push('the end of the report');
  const limit =
    unit === 'chars'
      ? "GitHub's 65,536-character comment limit"
      : "GitHub's 1 MiB job summary limit";
  const where = hint ?? 'The full details are in the result files.';
  return `> ✂️ Shortened to fit ${limit}: left out ${what.join(', ')}. ${where}`;
}

export interface ReportInput {
  entries: ReportEntry[];
  decision: GateDecision;
  /** The rule changes of the pull request to the gate's config, when compared with the base's. */
  rules?: RulesOutcome;
}

/** Said once per report, so that every Δ reads the same way. */
const DELTA_LEGEND =
  '<sub>Δ = change from baseline to candidate, positive = better; ↑/↓ = change of a metric with no direction set.</sub>';

function results(entries: ReportEntry[]): Result[] {
  return entries.flatMap((e) => (e.ok ? [e.result] : []));
}

function hasDeltas(entries: ReportEntry[]): boolean {
  return results(entries).some((r) => findCheckKind(r.kind)?.report.hasDeltas?.(r) ?? false);
}

function assemble(
  input: ReportInput,
  options: RenderOptions,
  level: Level,
  allow: Allowance = unlimited(),
  sectionBudget?: number,
) {
  const cut = emptyCut();
  const ordered = orderEntries(input.entries);
  const ctx: SectionContext = { level, cut, allow };
  const head = [verdictLine(input.decision, options.title ?? 'modelgate')];
  const override = overrideLine(input.decision);
  if (override) head.push(override);
  if (level < 4 && hasDeltas(ordered)) head.push(DELTA_LEGEND);
  const rules = rulesBlock(input.rules);
  if (rules) head.push(rules);
  let sections = ordered.map((e) => section(e, ctx));
  if (sectionBudget !== undefined) {
    // Last resort: as many whole sections as fit, worst first.
    const kept: string[] = [];
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
  return { head, sections, tail: ['---', footer(ordered, options.footer)], cut };
}

function measure(text: string, unit: 'chars' | 'bytes'): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

function join(
  parts: { head: string[]; sections: string[]; tail: string[] },
  note?: string,
): string {
  return (
    [...parts.head, ...(note ? [note] : []), ...parts.sections, ...parts.tail].join('\n\n') + '\n'
  );
}

/** The report at one shrink level (0–4), whatever its size; levels 2 and 3 use `allow`. */
export function renderLevel(
  input: ReportInput,
  options: RenderOptions,
  level: Exclude<Level, 5>,
  allow?: Allowance,
): RenderedReport {
  const parts = assemble(input, options, level, allow ?? unlimited());
  const note =
    level > 0
      ? cutNote(parts.cut, options.unit ?? 'chars', options.fullReportHint, false)
      : undefined;
  return { markdown: join(parts, note), level, cut: parts.cut, truncated: false };
}

function countRows(entries: ReportEntry[]): Allowance {
  const total: Allowance = { attention: 0, passing: 0 };
  for (const r of results(entries)) {
    const rows = findCheckKind(r.kind)?.report.rows?.(r);
    total.attention += rows?.attention ?? 0;
    total.passing += rows?.passing ?? 0;
  }
  return total;
}

/** The largest n in [0, max] for which `render(n)` fits, or undefined when not even 0 does. */
function largestFitting(
  max: number,
  render: (n: number) => RenderedReport,
  fits: (out: RenderedReport) => boolean,
): RenderedReport | undefined {
  // When not even 0 fits, say so after one render instead of a whole search.
  let best = render(0);
  if (!fits(best)) return undefined;
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

export function renderReport(input: ReportInput, options: RenderOptions = {}): RenderedReport {
  const unit = options.unit ?? 'chars';
  const limit = options.limit ?? Infinity;
  const fits = (out: RenderedReport) => measure(out.markdown, unit) <= limit;
  for (const level of [0, 1] as const) {
    const out = renderLevel(input, options, level);
    if (fits(out)) return out;
  }
  // Rows that fail or warn are never traded for passing rows: passing rows fill what is left
  // after all of them, and only when they alone are too many are they cut too.
  const total = countRows(input.entries);
  const passing = largestFitting(
    total.passing,
    (n) => renderLevel(input, options, 2, { attention: Infinity, passing: n }),
    fits,
  );
  if (passing) return passing;
  const attention = largestFitting(
    total.attention,
    (n) => renderLevel(input, options, 3, { attention: n, passing: 0 }),
    fits,
  );
  if (attention) return attention;
  const headings = renderLevel(input, options, 4);
  if (fits(headings)) return headings;
  // Level 5: keep whole sections while they fit. Sizes are in characters; bytes are at most 4 per
  // character, so divide the budget when measuring bytes.
  const skeleton = assemble(input, options, 4, unlimited(), 0);
  const fixed = measure(
    join(skeleton, cutNote({ ...skeleton.cut, sections: 1e9 }, unit, options.fullReportHint, true)),
    unit,
  );
  const perChar = unit === 'bytes' ? 4 : 1;
  const parts = assemble(
    input,
    options,
    4,
    unlimited(),
    Math.max(0, Math.floor((limit - fixed) / perChar)),
  );
  let markdown = join(parts, cutNote(parts.cut, unit, options.fullReportHint, false));
  let truncated = false;
  if (measure(markdown, unit) > limit) {
    // Only reachable with a limit smaller than the skeleton itself: cut at a line boundary.
    truncated = true;
    const note = cutNote(parts.cut, unit, options.fullReportHint, true);
    let body = join({ ...parts, sections: [] }, note);
    while (measure(body, unit) > limit && body.includes('\n'))
      body = body.slice(0, body.lastIndexOf('\n', body.length - 2) + 1);
    markdown = measure(body, unit) <= limit ? body : '';
  }
  return { markdown, level: 5, cut: parts.cut, truncated };
}
