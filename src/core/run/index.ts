// The pipeline's public surface: what the all-in-one action and `modelgate run` call.
export { runChecks, type ChecksOptions } from './checks.js';
export { runPipeline, entriesOf, reportTitle, type PipelineOptions } from './pipeline.js';
export { settingsFromConfig, applyErrorIs } from './settings.js';
export { RateMeter, formatDuration, formatRate, type Rate } from './progress.js';
export type { CheckOutcome, RunEvent, RunOutcome, RunSettings } from './types.js';
