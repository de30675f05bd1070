// Report and gate settings from the config's `report:` and `gate:` sections. The all-in-one
// action's inputs win over the config when given, so one config serves CI and laptop alike.
import type { GateItem } from '../gate/decide.js';
import type { Config } from '../config/types.js';
import type { RunSettings } from './types.js';

export function settingsFromConfig(
  config: Config,
  overrides: Partial<RunSettings> = {},
): RunSettings {
  const { report, gate } = config;
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, v]) => v !== undefined),
  ) as Partial<RunSettings>;
  return {
    reportId: report.id,
    statusContext: report.status_context,
    comment:
      report.comment === true ? 'always' : report.comment === false ? 'never' : report.comment,
    status: true,
    history: report.history,
    summary: report.summary,
    ...(report.max_comment_chars !== undefined
      ? { maxCommentChars: report.max_comment_chars }
      : {}),
    ...(report.comment_author ? { commentAuthor: report.comment_author } : {}),
    failOn: gate.fail_on,
    overrideLabel: gate.override_label ?? '',
    overrideScope: gate.override_scope,
    errorIs: gate.error_is,
    ...defined,
  };
}

/**
 * `gate.error_is: warn` demotes "could not evaluate" to a warning. The default (fail) leaves the
 * items as they are, so the verdict equals the composable gate action's.
 */
export function applyErrorIs(items: GateItem[], errorIs: 'fail' | 'warn'): GateItem[] {
  if (errorIs === 'fail') return items;
  return items.map((i) => (i.status === 'error' ? { ...i, status: 'warn' } : i));
}
