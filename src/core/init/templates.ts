// The starter files `modelgate init` writes: a config and a workflow.
import { stringify } from 'yaml';
import { DEFAULT_CONFIG_PATH } from '../conventions/paths.js';

/** Where the published action lives; `uses:` in the generated workflow points here. */
export const ACTION_REPOSITORY = 'modelgate/modelgate';
export const ACTION_REF = `${ACTION_REPOSITORY}@v1`;
export const CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/v1/schemas/config.schema.json`;

export interface ValidateEntry {
  id: string;
  title: string;
  schema: string;
  data: string;
}

// Scalars are quoted by the YAML library only when they need it; anything it would spread over
// several lines is written as a JSON string, which YAML reads as a double-quoted scalar.
// Either way no file name can break the document.
const q = (s: string): string => {
  const out = stringify(s).trimEnd();
  return out.includes('\n') ? JSON.stringify(s) : out;
};

export interface ReportNames {
  /** The sticky comment's id. */
  id: string;
  /** The commit status's name, the one branch protection requires. */
  statusContext: string;
}

/** The command that runs a config locally: bare for the default path, which run finds itself. */
export function runCommandFor(configPath: string): string {
  return configPath === DEFAULT_CONFIG_PATH
    ? 'npx modelgate run'
    : `npx modelgate run --config ${/^[\w./-]+$/.test(configPath) ? configPath : JSON.stringify(configPath)}`;
}

export function configTemplate(
  validate: ValidateEntry,
  report: ReportNames,
  configPath: string,
): string {
  const validateSection = [
    'validate:',
    `  - id: ${q(validate.id)}`,
    `    title: ${q(validate.title)}`,
    `    schema: ${q(validate.schema)}`,
    `    data: [${q(validate.data)}]`,
    '    max_invalid_rows: 0          # a count, or a share such as "0.5%"',
    '    # warn_invalid_rows: "0.1%"  # optional warning band below the limit',
  ];
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    '# modelgate: ML quality gates for pull requests. Written by `modelgate init`.',
    '# Paths are relative to the repository root, not to this file.',
    `# Try it locally before pushing: ${runCommandFor(configPath)}`,
    'version: 1',
    '',
    '# Datasets checked against a JSON Schema, row by row.',
    ...validateSection,
    '',
    '# Candidate model metrics compared with a baseline under per-metric rules. With per-example',
    '# scores for both models, a regression fails only when it is statistically significant.',
    '# compare:',
    '#   - id: classifier',
    '#     title: Classifier',
    '#     candidate: metrics/candidate.json',
    '#     baseline: { base_branch: true, path: metrics/candidate.json }   # the same file on the base branch',
    '#     missing_baseline: warn     # the first run has no baseline yet',
    '#     metrics:',
    '#       accuracy: { direction: higher, max_drop: 0.01, min: 0.8 }',
    '#       loss: { direction: lower, max_drop: "5%" }',
    '',
    '# The sticky pull-request comment, the commit status and the job summary.',
    'report:',
    `  id: ${q(report.id)}   # names the sticky comment; one per config`,
    `  status_context: ${q(report.statusContext)}   # require this check in branch protection`,
    '  comment: always             # or on-failure (only while the gate fails), never',
    '  summary: true',
    '',
    '# When the job fails.',
    'gate:',
    '  fail_on: fail               # or warn, to block on warnings too',
    '  override_label: "modelgate: accept-regression"',
    '  override_scope: commit      # a later push that fails needs the label again; or pr',
    '',
  ].join('\n');
}

export function workflowTemplate(configPath: string, name: string): string {
  return [
    '# Written by `modelgate init`: runs the checks in the config on every pull request.',
    `name: ${q(name)}`,
    '',
    'on:',
    '  # Deliberately no `paths:` filter: when modelgate is a required status check, a workflow',
    '  # skipped by a paths filter never reports, and the pull request waits for it forever.',
    '  pull_request:',
    '    # labeled/unlabeled: the override label decides at once, without re-running the job.',
    '    types: [opened, synchronize, reopened, labeled, unlabeled]',
    '',
    'permissions:',
    '  contents: read',
    '  pull-requests: write # the sticky report comment',
    '  statuses: write # the commit status branch protection can require',
    "  issues: read # the override label's events: who added it, and when",
    '',
    '# One run per pull request and workflow: racing runs would race on the sticky comment and the',
    '# status, and two modelgate workflows on one pull request must not cancel each other.',
    'concurrency:',
    '  group: ${{ github.workflow }}-${{ github.event.pull_request.number }}',
    '  cancel-in-progress: true',
    '',
    'jobs:',
    '  modelgate:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      # Produce what the config reads here (for example: evaluate the model into metrics/).',
    `      - uses: ${ACTION_REF}`,
    '        with:',
    `          config: ${q(configPath)}`,
    '',
  ].join('\n');
}
