// The whole run without GitHub: config → every check → result files → verdict → Markdown report.
// The action takes the checks from here and hands the written results to the same report and gate
// code as the composable actions; the CLI uses all of it.
import type { ReportEntry } from '../report/entry.js';
import type { ReportFooter } from '../report/render.js';
import type { LoadedConfig } from '../config/load.js';
import { localSettings, planPublish, reportTitle } from '../publish/plan.js';
import type { RulesOutcome } from '../config/rules-from.js';
import { runChecks, type ChecksOptions } from './checks.js';
import { settingsFromConfig } from './settings.js';
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

export { reportTitle };

export async function runPipeline(
  loaded: LoadedConfig,
  options: PipelineOptions = {},
): Promise<RunOutcome> {
  const settings = settingsFromConfig(loaded.config, options.settings);
  const checks = await runChecks(loaded, options);
  const entries = entriesOf(checks);
  const footer = options.footer ?? {};
  const plan = planPublish({
    entries,
    settings: {
      ...localSettings('all', { failOn: settings.failOn, errorIs: settings.errorIs }),
      reportId: settings.reportId,
    },
    target: { sha: footer.commit, notes: [] },
    runUrl: footer.runUrl,
    version: footer.version ?? '',
    ...(options.rules ? { rules: options.rules } : {}),
  });
  const markdown = plan.comment.action === 'post' ? plan.comment.body : '';
  return { checks, entries, settings, decision: plan.decision, markdown };
}
