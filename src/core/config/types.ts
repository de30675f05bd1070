// TypeScript shape of .github/modelgate.yml once it has passed schemas/config.schema.json.
// The validate and compare entries mirror the config schema's shared shape; their owners
// (src/core/validate, src/core/compare) may narrow them further, the schema parts being the truth.

export type Severity = 'fail' | 'warn';
export type Policy = 'fail' | 'warn' | 'pass';
export type DataFormat = 'auto' | import('../data/registry.js').DataFormat;

export interface ValidateConfig {
  id: string;
  title?: string;
  /** Path of the JSON Schema every record must satisfy, relative to the workspace root. */
  schema: string;
  /** Globs of data files, relative to the workspace root. */
  data: string | string[];
  format?: DataFormat;
  /** A count ("0", 10) or a share of rows ("0.5%"). */
  max_invalid_rows?: number | string;
  warn_invalid_rows?: number | string;
  [key: string]: unknown;
}

// One compare entry's shape is owned by the compare engine, which gives it its meaning.
export type {
  BaselineConfig,
  CompareEntry as CompareConfig,
  MetricRuleConfig as MetricRule,
} from '../compare/types.js';
import type { CompareEntry as CompareConfig } from '../compare/types.js';

export interface ReportConfig {
  id: string;
  status_context: string;
  history: boolean;
  /** always, on-failure or never; true and false mean always and never. */
  comment: boolean | 'always' | 'on-failure' | 'never';
  summary: boolean;
  max_comment_chars?: number;
  /** Login whose comments are the report's (another GitHub App's bot); unset: detected. */
  comment_author?: string;
}

export interface GateConfig {
  fail_on: Severity;
  /** Unset: no label overrides the gate. */
  override_label?: string;
  /** commit: the override covers the head commit it was applied on; pr: every later one too. */
  override_scope: 'commit' | 'pr';
  error_is: Severity;
  /** Whose rules apply when a pull request changes the config; only the base's copy counts. */
  rules_from?: RulesFrom;
}

export type RulesFrom = 'base' | 'head' | 'stricter';

/** The loaded configuration, with the defaults of report and gate filled in. */
export interface Config {
  version: 1;
  validate: ValidateConfig[];
  compare: CompareConfig[];
  report: ReportConfig;
  gate: GateConfig;
}

/** The configuration as written: everything but `version` may be left out. */
export interface RawConfig {
  $schema?: string;
  version: 1;
  validate?: ValidateConfig[];
  compare?: CompareConfig[];
  report?: Partial<ReportConfig>;
  gate?: Partial<GateConfig>;
}

export const REPORT_DEFAULTS: ReportConfig = {
  id: 'modelgate',
  status_context: 'modelgate',
  history: false,
  comment: true,
  summary: true,
};

export const GATE_DEFAULTS: GateConfig = {
  fail_on: 'fail',
  override_scope: 'commit',
  error_is: 'fail',
};
