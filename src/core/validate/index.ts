// The validate engine's public surface.
export { runValidate, type ValidateResult } from './run.js';
export { textReport, markdownSummary, pickAnnotations, type Annotation } from './present.js';
export { parseThreshold } from './threshold.js';
export type { ValidateDetails, ValidateOptions, ValidateProgress, DataFormat } from './types.js';
export { optionsFromEntry, type ValidateEntry } from './entry.js';
export { splitGlobs } from './globs.js';
