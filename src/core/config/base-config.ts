// The base commit's copy of the config, read like a base-branch baseline (git when the commit is
// in the clone, else the contents API), and the rules that apply once it is compared with the pull
// request's copy. The base's copy is trusted: it decides rules_from and is never loosened.
import type { BaselineProvider } from '../providers/provider.js';
import { loadConfigText, type LoadedConfig } from './load.js';
import { applyRulesFrom, DEFAULT_RULES_FROM, type RulesOutcome } from './rules-from.js';
import type { RulesFrom } from './types.js';

/** The base's config text and where it came from, or why there is none. */
export type BaseConfigText =
  { text: string; source: string; commit?: string } | { missing: string };

/** `path` (relative to the repository root) at the base commit, through the provider. */
export async function readBaseConfig(
  provider: BaselineProvider | undefined,
  path: string,
): Promise<BaseConfigText> {
  if (!provider?.readAtBase) return { missing: 'no way to read the base commit here' };
  const got = await provider.readAtBase(path);
  if ('missing' in got) return { missing: got.note };
  const sha = got.info.sha;
  return {
    text: got.content,
    source: sha ? `${path} at ${sha.slice(0, 7)}` : `${path} at the base commit`,
    ...(sha ? { commit: sha } : {}),
  };
}

/**
 * The config whose rules apply: the pull request's copy (`head`) merged with the base's per
 * `rules_from`, taken from `input` (the workflow's) or else the base's copy, never from `head`.
 * Throws ConfigError when the base's copy is not a valid config.
 */
export function rulesFor(
  head: LoadedConfig,
  base: BaseConfigText,
  input?: RulesFrom,
): { loaded: LoadedConfig; rules: RulesOutcome } {
  if ('missing' in base) {
    const mode = input ?? DEFAULT_RULES_FROM;
    return {
      loaded: head,
      rules: { mode, note: `no base config to compare with (${base.missing})`, changes: [] },
    };
  }
  const baseLoaded = loadConfigText(base.text, base.source, { root: head.root });
  const mode = input ?? baseLoaded.config.gate.rules_from ?? DEFAULT_RULES_FROM;
  const { config, changes } = applyRulesFrom(baseLoaded.config, head.config, mode);
  return {
    loaded: { ...head, config },
    rules: { mode, ...(base.commit ? { baseCommit: base.commit } : {}), changes },
  };
}
