// The report action: one sticky PR comment per report id, the full report in the job summary,
// and a commit status on the PR head. Missing permissions degrade to a warning, never a crash.
// The step itself is publishStep (./publish.ts), shared with the gate and all-in-one actions.
import type { StepSettings } from './publish.js';
import { runPublishAction } from './publish-action.js';
import { OVERRIDE_SCOPES } from '../core/publish/plan.js';
import { getBoolean, getCommentMode, getEnum, getString } from './inputs.js';

await runPublishAction((token): StepSettings => ({
  role: 'report' as const,
  reportId: getString('report-id', 'modelgate'),
  comment: getCommentMode() ?? 'always',
  status: getBoolean('status', true),
  history: getBoolean('history', false),
  statusContext: getString('status-context', 'modelgate'),
  failOn: getEnum('fail-on', ['fail', 'warn'] as const, 'fail'),
  errorIs: 'fail' as const,
  overrideLabel: getString('override-label'),
  overrideScope: getEnum('override-scope', OVERRIDE_SCOPES, 'commit'),
  token,
  commentAuthor: getString('comment-author'),
  summary: true,
  checkRun: getBoolean('check-run', false),
  checkRunName: getString('check-run-name'),
}));
