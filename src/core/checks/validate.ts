// The validate check's definition (what the pipeline, the report, the evidence check and the
// annotations need of a validation, reached through ./registry.ts), and how the validate action
// and `modelgate validate` pick a config entry and its annotation limit.
import { loadConfig } from '../config/load.js';
import { resultFileName } from '../conventions/paths.js';
import { deriveValidate } from '../evidence/validate.js';
import { strictValidateStatus } from '../evidence/strict.js';
import { validateBody, validateCut } from '../report/validate.js';
import { validateTextRows } from '../report/text-rows.js';
import type { Result } from '../result.js';
import { optionsFromEntry, type ValidateEntry } from '../validate/entry.js';
import { pickAnnotations } from '../validate/present.js';
import { runValidate, type ValidateResult } from '../validate/run.js';
import { parseThreshold } from '../validate/threshold.js';
import type { ValidateDetails, ValidateOptions } from '../validate/types.js';
import type { CheckKind, CheckRunContext, PlannedEntry } from './kind.js';
import { selectEntry, type EntryPick } from './select.js';

/** Error annotations per validation when neither the entry nor the step says otherwise. */
export const DEFAULT_MAX_ANNOTATIONS = 10;

export interface PickedValidate {
  id: string;
  title?: string;
  options: ValidateOptions;
  /** The entry's max_annotations, when it sets one. */
  maxAnnotations?: number;
  /** Drift or ratchet: the check reads the base side through a provider. */
  readsBase: boolean;
}

export function fromEntry(entry: ValidateEntry, workspace: string): PickedValidate {
  return {
    id: entry.id,
    ...(entry.title ? { title: entry.title } : {}),
    options: optionsFromEntry(entry, workspace),
    ...(typeof entry.max_annotations === 'number' ? { maxAnnotations: entry.max_annotations } : {}),
    readsBase: Boolean(entry.drift || entry.ratchet),
  };
}

/** The entry of the config's validate: list named by `id` (or the only one). */
export function fromConfig(
  configPath: string,
  id: string | undefined,
  workspace: string,
  pick: Omit<EntryPick, 'kind'>,
): PickedValidate {
  const { config } = loadConfig(configPath, { root: workspace });
  return fromEntry(selectEntry(config.validate, id, { ...pick, kind: 'validate' }), workspace);
}

/** How many annotations a validation gets: the step's input, else the entry's, else the default. */
export function maxAnnotations(picked: PickedValidate | undefined, input?: number): number {
  return input ?? picked?.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
}

/** A config entry checked before anything runs: its options and thresholds must parse. */
function plan(raw: unknown, root: string): PlannedEntry {
  const entry = raw as ValidateEntry;
  const picked = fromEntry(entry, root);
  const engine = picked.options;
  parseThreshold(engine.maxInvalidRows ?? '0', 'max_invalid_rows');
  if (engine.warnInvalidRows !== undefined)
    parseThreshold(engine.warnInvalidRows, 'warn_invalid_rows');
  return {
    id: entry.id,
    ...(entry.title ? { title: entry.title } : {}),
    file: engine.schemaFile,
    ...(picked.maxAnnotations !== undefined ? { maxAnnotations: picked.maxAnnotations } : {}),
    run: (ctx) => runEntry(picked, ctx),
  };
}

async function runEntry(picked: PickedValidate, ctx: CheckRunContext): Promise<Result> {
  const { onEvent, threads, context, provider } = ctx;
  const { id } = picked;
  return runValidate(
    {
      ...picked.options,
      ...(provider ? { provider } : {}),
      ...(threads !== undefined ? { threads } : {}),
      onStart: (info) => onEvent?.({ type: 'validate-start', id, ...info }),
      onProgress: (progress) => onEvent?.({ type: 'validate-progress', id, progress }),
    },
    context,
    { id, ...(picked.title ? { title: picked.title } : {}) },
  );
}

export const validateKind: CheckKind = {
  name: 'validate',
  resultFileName: (id) => resultFileName('validate', id),
  plan,
  failedDetails: (schemaFile) => ({
    schemaFile,
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: { maxInvalidRows: '0' },
    files: [],
    groups: [],
  }),
  deriveStatus: (details, problems) => deriveValidate(details as ValidateDetails, problems),
  strictStatus: strictValidateStatus,
  report: {
    markdown: validateBody,
    cut: validateCut,
    text: validateTextRows,
    // Invalid records within the tolerated share are warnings: only a failing validation errs.
    annotations: (result, max) => {
      const level = result.status === 'fail' || result.status === 'error' ? 'error' : 'warning';
      const picked = pickAnnotations(result as ValidateResult, max);
      return { annotations: picked.annotations.map((a) => ({ level, ...a })), more: picked.more };
    },
  },
};
