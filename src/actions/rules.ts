// Which rules the all-in-one action applies: the pull request's config compared with a trusted
// copy (the `base-config` input, a file of the workflow's own checkout; else the config at the
// pull request's base commit), merged per rules_from. The pull request's copy never decides.
import { readWorkspaceText } from '../core/files/workspace.js';
import type { BaselineProvider } from '../core/providers/provider.js';
import { readBaseConfig, rulesFor, type BaseConfigText } from '../core/config/base-config.js';
import type { LoadedConfig } from '../core/config/load.js';
import type { RulesOutcome } from '../core/config/rules-from.js';
import type { RulesFrom } from '../core/config/types.js';
import type { RunnerContext } from './context.js';
import { getEnum, getString } from './inputs.js';
import { info } from './log.js';

/** The trusted config, through the workspace gate (inside, a regular file, the config cap). */
function readTrusted(ctx: RunnerContext, input: string): BaseConfigText {
  const text = readWorkspaceText(ctx.workspace, input, 'base-config', 'config');
  return { text, source: input };
}

export async function effectiveRules(
  ctx: RunnerContext,
  head: LoadedConfig,
  configInput: string,
  provider: BaselineProvider,
): Promise<{ loaded: LoadedConfig; rules: RulesOutcome }> {
  const input: RulesFrom | undefined = getString('rules-from')
    ? getEnum('rules-from', ['base', 'head', 'stricter'] as const, 'stricter')
    : undefined;
  const trusted = getString('base-config');
  const base = trusted
    ? readTrusted(ctx, trusted)
    : await readBaseConfig(provider, configInput.replace(/^\.\//, ''));
  const outcome = rulesFor(head, base, input);
  const { rules } = outcome;
  if (rules.note) info(`rules: ${rules.note}`);
  for (const c of rules.changes)
    info(
      `rules: ${c.check} ${c.key}: base ${c.base ?? '(not set)'}, this PR ${c.head ?? '(not set)'}; ${c.applied} applies`,
    );
  return outcome;
}
