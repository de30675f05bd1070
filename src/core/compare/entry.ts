// Which comparison to run: an entry of the config file (by id), or one built from inline inputs
// (action inputs, CLI flags). Both are validated against schemas/config-compare.schema.json with
// the config loader's located messages.
import { DEFAULT_CONFIG_PATH } from '../conventions/paths.js';
import { selectEntry } from '../checks/select.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, loadConfigPart } from '../config/load.js';
import type { CompareEntry, MetricRuleConfig, Policy } from './types.js';

export interface EntryInputs {
  /** Config file (YAML or JSON); with it, `id` picks the entry. */
  config?: string;
  id?: string;
  title?: string;
  candidate?: string;
  /** Path of the baseline file (in the workspace, at the base commit, or inside the artifact). */
  baseline?: string;
  baselineSource?: 'file' | 'base-branch' | 'artifact';
  baselineWorkflow?: string;
  baselineArtifact?: string;
  /** The metrics map as YAML or JSON text: `accuracy: { direction: higher, max_drop: 0.01 }`. */
  rules?: string;
  missingBaseline?: Policy;
}

/** The inputs that build an inline entry: refused beside a config. */
const INLINE_ONLY = [
  'candidate',
  'baseline',
  'baselineSource',
  'baselineWorkflow',
  'baselineArtifact',
  'rules',
] as const;

const FLAG: Record<(typeof INLINE_ONLY)[number], string> = {
  candidate: 'candidate',
  baseline: 'baseline',
  baselineSource: 'baseline-source',
  baselineWorkflow: 'baseline-workflow',
  baselineArtifact: 'baseline-artifact',
  rules: 'rules',
};

/** Resolves the entry to run; throws ConfigError (located) or Error (usage) on bad input. */
export function compareEntryFrom(inputs: EntryInputs, workspace: string): CompareEntry {
  if (!inputs.config && !inputs.candidate) {
    // Nothing given: the config every other modelgate step reads by default.
    const fallback = join(workspace, DEFAULT_CONFIG_PATH);
    if (existsSync(fallback)) inputs = { ...inputs, config: fallback };
  }
  if (inputs.config) {
    const clash = INLINE_ONLY.filter((k) => inputs[k]);
    if (clash.length > 0) {
      throw new Error(
        `give either config (with id) or inline ${clash.map((k) => FLAG[k]).join(', ')}, not both`,
      );
    }
    const { config } = loadConfig(inputs.config, { root: workspace });
    const entry = selectEntry(config.compare, inputs.id, {
      kind: 'compare',
      configName: inputs.config,
      idName: 'id',
    });
    return inputs.missingBaseline ? { ...entry, missing_baseline: inputs.missingBaseline } : entry;
  }

  if (!inputs.candidate) {
    throw new Error(
      `give config (and id) or candidate and rules (no ${DEFAULT_CONFIG_PATH} in the workspace)`,
    );
  }
  if (!inputs.rules)
    throw new Error(
      'rules are required with an inline candidate (a YAML or JSON map of metric rules)',
    );
  const metrics = loadConfigPart<Record<string, MetricRuleConfig>>(
    inputs.rules,
    'config-compare.schema.json#/properties/metrics',
    'input rules',
  );
  const entry: Record<string, unknown> = {
    id: inputs.id || 'compare',
    ...(inputs.title ? { title: inputs.title } : {}),
    candidate: inputs.candidate,
    metrics,
    ...(inputs.missingBaseline ? { missing_baseline: inputs.missingBaseline } : {}),
  };
  const source = inputs.baselineSource ?? 'file';
  if (source !== 'artifact' && (inputs.baselineWorkflow || inputs.baselineArtifact)) {
    throw new Error('baseline-workflow and baseline-artifact go with baseline-source: artifact');
  }
  if (source === 'file' && inputs.baseline) entry.baseline = { path: inputs.baseline };
  if (source === 'base-branch') {
    entry.baseline = { base_branch: true, path: inputs.baseline || inputs.candidate };
  }
  if (source === 'artifact') {
    if (!inputs.baselineWorkflow || !inputs.baselineArtifact) {
      throw new Error('baseline-source artifact needs baseline-workflow and baseline-artifact');
    }
    entry.baseline = {
      artifact: {
        workflow: inputs.baselineWorkflow,
        name: inputs.baselineArtifact,
        path: inputs.baseline || inputs.candidate,
      },
    };
  }
  return loadConfigPart<CompareEntry>(entry, 'compare', 'inputs');
}

export { ConfigError };
