// What a check kind is to the rest of modelgate. The pipeline, the report (Markdown and terminal),
// the evidence check, the annotations and the result file names all ask the kind's definition
// instead of switching on its name, so a new kind is its engine, one file defining it and one line
// in ./registry.ts. The definitions of the built-in kinds are ./validate.ts and ./compare.ts.
import type { Config } from '../config/types.js';
import type { Loosening } from '../evidence/strict.js';
import type { BaselineProvider } from '../providers/provider.js';
import type { Allowance, Cut, SectionContext } from '../report/blocks.js';
import type { Problem, Result, ResultContext, Status } from '../result.js';
import type { RunEvent } from '../run/types.js';

/** What a planned check gets from the run that executes it. */
export interface CheckRunContext {
  /** The workspace root: every file the check reads or writes stays inside it. */
  root: string;
  /** Written into the result (repository, commit, PR, run). */
  context: ResultContext;
  /** Reads base-branch and artifact files; without it those sources are an error result. */
  provider?: BaselineProvider;
  /** Worker threads, for a kind that has them (undefined: the engine decides). */
  threads?: number;
  onEvent?: (event: RunEvent) => void;
}

/** One config entry, checked before anything runs, ready to run. */
export interface PlannedEntry {
  id: string;
  title?: string;
  /** The file the check reads first, named in the error result should the check throw. */
  file: string;
  /** Line annotations the entry allows its result (its own setting), when it sets one. */
  maxAnnotations?: number;
  run(ctx: CheckRunContext): Promise<Result>;
}

/** One annotation of a result's rows, placed by the adapter (step annotation or check run). */
export interface RowAnnotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  file?: string;
  line?: number;
}

/** A kind's part of the report: its section in the comment, in the terminal and as annotations. */
export interface ReportSection {
  /** The section's blocks under its heading and summary (shrink levels 0-3). */
  markdown(result: Result, ctx: SectionContext): string[];
  /** What the section leaves out when only its heading is shown (level 4). */
  cut(result: Result, cut: Cut): void;
  /** Terminal lines under the heading, at most `maxRows` rows. */
  text(result: Result, maxRows: number): string[];
  /** Its rows the shrinking report may trade: those needing attention and the passing ones. */
  rows?(result: Result): Allowance;
  /** Whether its rows carry a Δ column (the report then explains Δ once). */
  hasDeltas?(result: Result): boolean;
  /**
   * A note per result in the report's footer, after `label` (compare: `baseline`, where each
   * comparison's baseline came from).
   */
  footer?: { label: string; note(result: Result): string };
  /** How one of the result's own errors reads. */
  problemText?(problem: Problem): string;
  /**
   * The rows worth an annotation, at most `max` of those that share the result's level; `more`
   * counts what was left out.
   */
  annotations?(result: Result, max: number): { annotations: RowAnnotation[]; more: number };
  /** Annotate an error's file only when it is in this checkout (not a baseline's copy). */
  localErrorFiles?: boolean;
}

export interface CheckKind {
  /** The config key of its entries, the result's `kind`, the word in logs and headings. */
  name: string;
  /** Its result file's name in the results folder. */
  resultFileName(id: string): string;
  /**
   * One config entry, checked: throws (a plain message) when it cannot run, and the pipeline
   * reports the message at the entry's `planErrorKey` in the config.
   */
  plan(entry: unknown, root: string): PlannedEntry;
  /** Where under the entry a planning error is located (compare: its metrics). */
  planErrorKey?: string[];
  /** The details of its `error` result when the check threw (what the result schema requires). */
  failedDetails(file: string): Record<string, unknown>;
  /** The status its details support; contradictions inside them go to `problems`, in words. */
  deriveStatus(details: unknown, problems: string[]): Status;
  /**
   * The status its details give with each recorded rule held to the stricter of it and the
   * trusted config's entry of the same id (`why` picks and records); undefined when that config
   * has no such entry. Without it, a result of the kind is refused under a trusted config.
   */
  strictStatus?(details: unknown, config: Config, id: string, why: Loosening): Status | undefined;
  /**
   * Problems with the shape of its details, for a kind whose result schema is not among the
   * precompiled ones (schemas/result-<kind>.schema.json); the built-in kinds leave it out.
   */
  checkDetails?(details: unknown): string[];
  report: ReportSection;
}
