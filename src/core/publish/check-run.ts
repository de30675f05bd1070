// What the check run says: a conclusion from the gate's decision, the report as its summary and
// the results' located problems as line annotations. A step shows at most 10 error annotations;
// a check run takes any number (50 per request), so every invalid record a result kept a sample
// of reaches the pull request's Files tab, up to MAX_CHECK_ANNOTATIONS.
import type { GateDecision } from '../gate/decide.js';
import { esc, plain } from '../report/escape.js';
import type { ReportEntry } from '../report/entry.js';
import { worseFirst } from '../conventions/status.js';
import {
  errorAnnotations,
  lineAnnotation,
  violationAnnotations,
  type LineAnnotation,
} from './annotations.js';

/** GitHub's limit on a check run's summary, in characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;
/**
 * Most annotations one check run gets: 10 requests of 50. The throttle spaces writes by a
 * second, so more would hold the job for little: the rest are in the result files.
 */
export const MAX_CHECK_ANNOTATIONS = 500;
/** Check run titles are one line; GitHub shows about this much. */
const TITLE_MAX = 255;
/** Room kept below the limit for the line about the annotations. */
const NOTE_ROOM = 400;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunPlan {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown, at most CHECK_SUMMARY_LIMIT characters. */
  summary: string;
  annotations: LineAnnotation[];
  /** Located violations and problems not annotated (over the cap, or without a line). */
  omitted: number;
}

/** `modelgate report`, or `modelgate report (<id>)`: apart from the status's context. */
export function defaultCheckRunName(reportId: string): string {
  return reportId === 'modelgate' ? 'modelgate report' : `modelgate report (${reportId})`;
}

/** failure when the gate blocks; neutral for a warning (an accepted override too); else success. */
export function conclusionOf(decision: GateDecision): CheckConclusion {
  if (decision.failed) return 'failure';
  return decision.verdict === 'warn' ? 'neutral' : 'success';
}

/**
 * The results' located problems, worst results first: every located error, then the invalid
 * records of validations, round-robin over their groups, until `max`.
 */
export function checkAnnotations(
  entries: ReportEntry[],
  max = MAX_CHECK_ANNOTATIONS,
): { annotations: LineAnnotation[]; omitted: number } {
  const results = entries
    .flatMap((e) => (e.ok ? [e.result] : []))
    .sort((a, b) => worseFirst(a.status, b.status));
  const annotations = results.flatMap(errorAnnotations);
  let omitted = Math.max(0, annotations.length - max);
  annotations.length = Math.min(annotations.length, max);
  for (const r of results) {
    const picked = violationAnnotations(r, max - annotations.length);
    annotations.push(...picked.annotations);
    omitted += picked.more;
  }
  return { annotations, omitted };
}

export interface CheckRunInput {
  entries: ReportEntry[];
  decision: GateDecision;
  name: string;
  headSha: string;
  /** The report as rendered for this run (title, footer, where the full report is). */
  render: (limit: number) => string;
}

export function planCheckRun(input: CheckRunInput): CheckRunPlan {
  const { decision } = input;
  const { annotations, omitted } = checkAnnotations(input.entries);
  const note = annotationNote(annotations.length, omitted);
  const report = input.render(CHECK_SUMMARY_LIMIT - NOTE_ROOM);
  return {
    name: input.name,
    headSha: input.headSha,
    conclusion: conclusionOf(decision),
    title: plain(`${decision.verdict}: ${decision.reason}`, { max: TITLE_MAX }),
    summary: `${report}\n\n${note}\n`,
    annotations,
    omitted,
  };
}

/** One problem of a config that could not be read, where it is and what it says. */
export interface ConfigProblemAt {
  /** The config file, relative to the repository root. */
  file: string;
  line?: number;
  text: string;
}

/**
 * The check run when the config cannot be read: nothing ran, so it fails, lists the problems and
 * annotates each on its line of the config (a step shows only 10).
 */
export function planConfigCheckRun(input: {
  name: string;
  headSha: string;
  message: string;
  problems: ConfigProblemAt[];
}): CheckRunPlan {
  const located = input.problems.flatMap(
    (p) => lineAnnotation(p.file, p.line, 'failure', 'modelgate config', p.text) ?? [],
  );
  const annotations = located.slice(0, MAX_CHECK_ANNOTATIONS);
  const omitted = input.problems.length - annotations.length;
  const lines = [`### ⛔ config error: ${esc(input.message)}`, ''];
  let size = lines.join('\n').length + NOTE_ROOM;
  for (const p of input.problems) {
    const line = `- ${esc(p.text, { max: 1000 })}`;
    if ((size += line.length + 1) > CHECK_SUMMARY_LIMIT) break;
    lines.push(line);
  }
  lines.push('', annotationNote(annotations.length, omitted), '');
  return {
    name: input.name,
    headSha: input.headSha,
    conclusion: 'failure',
    title: plain(`error: ${input.message}`, { max: TITLE_MAX }),
    summary: lines.join('\n'),
    annotations,
    omitted,
  };
}

function annotationNote(annotated: number, omitted: number): string {
  const n = (k: number) => k.toLocaleString('en-US');
  if (annotated === 0 && omitted === 0) return 'No result points at a line of a file.';
  const shown =
    annotated === 0
      ? 'No line annotations'
      : `${n(annotated)} line annotation${annotated === 1 ? '' : 's'} (Files changed tab)`;
  return omitted > 0
    ? `${shown}; ${n(omitted)} more located problem${omitted === 1 ? ' is' : 's are'} in the result files.`
    : `${shown}.`;
}
