// The validate check's front door: every front end (the validate action, the all-in-one action,
// `modelgate validate`, `modelgate run`) picks its entry, runs it and presents it through here.
import { loadConfig } from '../config/load.js';
import { optionsFromEntry, type ValidateEntry } from '../validate/entry.js';
import { markdownSummary, pickAnnotations, textReport } from '../validate/present.js';
import { runValidate } from '../validate/run.js';
import type { ValidateOptions } from '../validate/types.js';
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

export const validateCheck = {
  kind: 'validate',
  fromConfig,
  fromEntry,
  run: runValidate,
  text: textReport,
  markdown: markdownSummary,
  annotations: pickAnnotations,
} as const;
