import { D as DEFAULT_CONFIG_PATH } from './chunk-paths.js';
import { s as selectEntry } from './chunk-select.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, loadConfigPart } from './chunk-load.js';

const INLINE_ONLY = [
  "candidate",
  "baseline",
  "baselineSource",
  "baselineWorkflow",
  "baselineArtifact",
  "rules"
];
const FLAG = {
  candidate: "candidate",
  baseline: "baseline",
  baselineSource: "baseline-source",
  baselineWorkflow: "baseline-workflow",
  baselineArtifact: "baseline-artifact",
  rules: "rules"
};
function compareEntryFrom(inputs, workspace) {
  if (!inputs.config && !inputs.candidate) {
    const fallback = join(workspace, DEFAULT_CONFIG_PATH);
    if (existsSync(fallback)) inputs = { ...inputs, config: fallback };
  }
  if (inputs.config) {
    const clash = INLINE_ONLY.filter((k) => inputs[k]);
    if (clash.length > 0) {
      throw new Error(
        `give either config (with id) or inline ${clash.map((k) => FLAG[k]).join(", ")}, not both`
      );
    }
    const { config } = loadConfig(inputs.config, { root: workspace });
    const entry2 = selectEntry(config.compare, inputs.id, {
      kind: "compare",
      configName: inputs.config,
      idName: "id"
    });
    return inputs.missingBaseline ? { ...entry2, missing_baseline: inputs.missingBaseline } : entry2;
  }
  if (!inputs.candidate) {
    throw new Error(
      `give config (and id) or candidate and rules (no ${DEFAULT_CONFIG_PATH} in the workspace)`
    );
  }
  if (!inputs.rules)
    throw new Error(
      "rules are required with an inline candidate (a YAML or JSON map of metric rules)"
    );
  const metrics = loadConfigPart(
    inputs.rules,
    "config-compare.schema.json#/properties/metrics",
    "input rules"
  );
  const entry = {
    id: inputs.id || "compare",
    ...inputs.title ? { title: inputs.title } : {},
    candidate: inputs.candidate,
    metrics,
    ...inputs.missingBaseline ? { missing_baseline: inputs.missingBaseline } : {}
  };
  const source = inputs.baselineSource ?? "file";
  if (source !== "artifact" && (inputs.baselineWorkflow || inputs.baselineArtifact)) {
    throw new Error("baseline-workflow and baseline-artifact go with baseline-source: artifact");
  }
  if (source === "file" && inputs.baseline) entry.baseline = { path: inputs.baseline };
  if (source === "base-branch") {
    entry.baseline = { base_branch: true, path: inputs.baseline || inputs.candidate };
  }
  if (source === "artifact") {
    if (!inputs.baselineWorkflow || !inputs.baselineArtifact) {
      throw new Error("baseline-source artifact needs baseline-workflow and baseline-artifact");
    }
    entry.baseline = {
      artifact: {
        workflow: inputs.baselineWorkflow,
        name: inputs.baselineArtifact,
        path: inputs.baseline || inputs.candidate
      }
    };
  }
  return loadConfigPart(entry, "compare", "inputs");
}

const POLICIES = ["fail", "warn", "pass"];
function isPolicy(s) {
  return POLICIES.includes(s);
}

export { POLICIES as P, compareEntryFrom as c, isPolicy as i };
