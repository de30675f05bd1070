// When a schema can be checked one column at a time. A table's rows are objects with the same
// keys (the file's columns); for a root schema made only of `type: object`, `properties`,
// `required` and `additionalProperties` (plus annotations), a row is valid exactly when every
// required name is a column and every column's value passes the subschema that applies to its
// name. That subschema is compiled on its own by ajv with the bundle's options and formats, so a
// value passes it exactly when it passes inside the whole schema, as long as the subschema
// refers to nothing outside itself (any `$ref`-like keyword: not checked column-wise).
// Readers of typed tables (Parquet) use this to prove most rows valid without building them;
// rows that may fail go through the whole-schema validator, which alone reports violations.
import type { AnySchema, ValidateFunction } from 'ajv';

export interface ColumnCheck {
  /** The subschema's validator: true when a (JSON) value passes. */
  accepts: (value: unknown) => boolean;
  /** Every millisecond timestamp as the readers write it (`YYYY-MM-DDTHH:MM:SS.mmmZ`) passes. */
  anyIsoMillis: boolean;
}

/** What applies to a column: a check, `any` (every value passes) or `unknown` (not provable). */
export type ColumnRule = ColumnCheck | 'any' | 'unknown';

export interface ColumnPlan {
  required: readonly string[];
  column(name: string): ColumnRule;
}

const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
]);
const ROOT = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  '$defs',
  'definitions',
]);
/** Keywords that tie a subschema to others: such a subschema is not compiled on its own. */
const LINKS = new Set([
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$recursiveAnchor',
  '$schema',
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const annotation = (k: string) => ANNOTATIONS.has(k) || k.startsWith('x-');

function links(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(links);
  if (!isObject(schema)) return false;
  return Object.entries(schema).some(([k, v]) => LINKS.has(k) || links(v));
}

/** Texts at the edges of what the readers write for millisecond timestamps. */
const ISO_SAMPLES = [
  '0000-01-01T00:00:00.000Z',
  '2024-02-29T23:59:59.999Z',
  '9999-12-31T23:59:59.999Z',
];

/** Only `type` (admitting strings) and `format: date-time` constrain the value. */
function anyIsoMillis(schema: Record<string, unknown>, accepts: (v: unknown) => boolean): boolean {
  const { type, format } = schema;
  const typeOk =
    type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
  const keysOk = Object.keys(schema).every((k) => k === 'type' || k === 'format' || annotation(k));
  return (
    typeOk &&
    keysOk &&
    (format === undefined || format === 'date-time') &&
    ISO_SAMPLES.every((s) => accepts(s))
  );
}

/** ajv's ucs2length (characters, a surrogate pair counting once), as ajv counts for lengths. */
function ucs2length(s: string): number {
  let length = 0;
  let pos = 0;
  while (pos < s.length) {
    length++;
    const value = s.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < s.length)
      if ((s.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}

/**
 * `minLength`/`maxLength` checked here, the rest of the subschema by ajv: keywords of one
 * schema are a conjunction, and these two apply to strings only. ajv counts every string's
 * characters one by one; a string of n UTF-16 units has between n/2 and n characters, so most
 * strings need no count (a column of free text spent most of its check counting).
 */
function withLengths(
  schema: Record<string, unknown>,
  compile: (s: AnySchema) => ValidateFunction,
): (value: unknown) => boolean {
  const { minLength = 0, maxLength = Infinity, ...rest } = schema;
  if (typeof minLength !== 'number' || typeof maxLength !== 'number') {
    const validate = compile(schema);
    return (value) => validate(value) === true;
  }
  const validate = compile(rest);
  return (value) => {
    if (validate(value) !== true) return false;
    if (typeof value !== 'string') return true;
    const n = value.length;
    if (n <= maxLength && n >= 2 * minLength) return true;
    const characters = ucs2length(value);
    return characters >= minLength && characters <= maxLength;
  };
}

function ruleFor(schema: unknown, compile: (s: AnySchema) => ValidateFunction): ColumnRule {
  if (schema === true) return 'any';
  // `false`: every row with this column fails, which only the whole schema reports.
  if (!isObject(schema) || links(schema)) return 'unknown';
  let accepts: (value: unknown) => boolean;
  try {
    accepts = withLengths(schema, compile);
  } catch {
    return 'unknown';
  }
  return { accepts, anyIsoMillis: anyIsoMillis(schema, accepts) };
}

/** The column plan of a root schema, or undefined when it does not split into columns. */
export function columnPlan(
  root: unknown,
  compile: (schema: AnySchema) => ValidateFunction,
): ColumnPlan | undefined {
  if (!isObject(root)) return undefined;
  if (!Object.keys(root).every((k) => ROOT.has(k) || annotation(k))) return undefined;
  const { type, properties = {}, required = [], additionalProperties } = root;
  const objectType =
    type === undefined || type === 'object' || (Array.isArray(type) && type.includes('object'));
  if (!objectType || !isObject(properties)) return undefined;
  if (!Array.isArray(required) || !required.every((r) => typeof r === 'string')) return undefined;
  if (additionalProperties !== undefined && typeof additionalProperties !== 'boolean')
    if (!isObject(additionalProperties)) return undefined;
  const rules = new Map<string, ColumnRule>();
  let additional: ColumnRule | undefined;
  return {
    required: required as string[],
    column(name) {
      if (!Object.hasOwn(properties, name))
        return (additional ??= ruleFor(additionalProperties ?? true, compile));
      let rule = rules.get(name);
      if (!rule) rules.set(name, (rule = ruleFor(properties[name], compile)));
      return rule;
    },
  };
}
