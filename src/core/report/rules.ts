// The rule changes a pull request makes to the gate's own config, side by side with the base
// commit's, and which side applies. Every value comes from a config file the pull request may have
// written: escaped, and shortened.
import type { RulesOutcome } from '../config/rules-from.js';
import { table } from './blocks.js';
import { esc } from './escape.js';
import { shortSha } from '../conventions/format.js';

/** Rows shown; the rest are counted. */
const MAX_ROWS = 30;

const cell = (v: string | undefined) => (v === undefined ? '(not set)' : esc(v, { max: 80 }));

const MODE: Record<RulesOutcome['mode'], string> = {
  stricter: 'every rule it loosens keeps the base commit’s value',
  base: 'the base commit’s rules apply',
  head: 'its own rules apply (rules_from: head)',
};

/** The block, or undefined when the pull request changes no rule. */
export function rulesBlock(rules: RulesOutcome | undefined): string | undefined {
  if (!rules || rules.changes.length === 0) return undefined;
  const sha = shortSha(rules.baseCommit);
  const loosened = rules.changes.filter((c) => c.applied === 'base').length;
  const head =
    `> ⚖️ **This pull request changes the gate’s rules** (rules_from: ${rules.mode}): ${MODE[rules.mode]}.` +
    (rules.mode === 'stricter' && loosened
      ? ` ${loosened} change${loosened === 1 ? '' : 's'} kept at the base’s value.`
      : '');
  const rows = rules.changes
    .slice(0, MAX_ROWS)
    .map((c) => [
      esc(c.check, { max: 60 }),
      esc(c.key, { max: 80 }),
      cell(c.base),
      cell(c.head),
      c.applied === 'base' ? '**base**' : 'this PR',
    ]);
  const more = rules.changes.length - MAX_ROWS;
  return [
    head,
    table(['check', 'rule', sha ? `base ${sha}` : 'base', 'this pull request', 'applies'], rows),
    ...(more > 0 ? [`and ${more} more rule changes`] : []),
  ].join('\n\n');
}
