// The whole run without GitHub: config → every check → result files → verdict → Markdown report.
// The action takes the checks from here and hands the written results to the same report and gate
// code as the composable actions; the CLI uses all of it.
import { decideGate, gateItems } from '../gate/decide.js';
import type { ReportEntry } from '../report/load.js';
import { renderReport, type ReportFooter } from '../report/render.js';
import type { LoadedConfig } from '../config/load.js';
import type { RulesOutcome } from '../config/rules-from.js';
import { runChecks, type ChecksOptions } from './checks.js';
import { applyErrorIs, settingsFromConfig } from './settings.js';
import type { CheckOutcome, RunOutcome, RunSettings } from './types.js';

export interface PipelineOptions extends ChecksOptions {
  /** Overrides of the config's report and gate settings. */
  settings?: Partial<RunSettings>;
  footer?: ReportFooter;
  /** The rule changes against the base's config, shown in the report. */
  rules?: RulesOutcome;
}

/** The written results as `loadResults` would return them: the report and gate read these. */
export function entriesOf(checks: CheckOutcome[]): ReportEntry[] {
  return checks.map((c) => ({ ok: true, path: c.path, result: c.result }));
}

/** `modelgate` for the default report id, `modelgate (<id>)` otherwise, as the report action titles it. */
export function reportTitle(reportId: string): string {
  return reportId === 'modelgate' ? 'modelgate' : `modelgate (${reportId})`;
}

export async function runPipeline(
  loaded: LoadedConfig,
  options: PipelineOptions = {},
): Promise<RunOutcome> {
  const settings = settingsFromConfig(loaded.config, options.settings);
  const checks = await runChecks(loaded, options);
  const entries = entriesOf(checks);
  const decision = decideGate({
    items: applyErrorIs(gateItems(entries), settings.errorIs),
    failOn: settings.failOn,
  });
  const { markdown } = renderReport(
    { entries, decision, ...(options.rules ? { rules: options.rules } : {}) },
    {
      title: reportTitle(settings.reportId),
      ...(options.footer ? { footer: options.footer } : {}),
    },
  );
  return { checks, entries, settings, decision, markdown };
}
