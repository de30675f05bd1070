// The gate action: reads the result files and fails the job when they block the merge, unless a
// user with write access applied the override label (on the head commit, with override-scope
// commit). The step itself is publishStep (./publish.ts), shared with the report and all-in-one
// actions.
import type { StepSettings } from './publish.js';
import { runPublishAction } from './publish-action.js';
import { OVERRIDE_SCOPES } from '../core/publish/plan.js';
import { getEnum, getString } from './inputs.js';

await runPublishAction((token): StepSettings => ({
  role: 'gate' as const,
  reportId: 'modelgate',
  comment: 'never' as const,
  status: false,
  history: false,
  statusContext: 'modelgate',
  failOn: getEnum('fail-on', ['fail', 'warn'] as const, 'fail'),
  errorIs: 'fail' as const,
  overrideLabel: getString('override-label'),
  overrideScope: getEnum('override-scope', OVERRIDE_SCOPES, 'commit'),
  token,
  summary: true,
}));
