// Infers a starter JSON Schema (2020-12) from the first rows of a sample data file, so a team
// does not write its first schema by hand. The schema is deliberately tight (closed objects,
// enums, formats): it is a starting point to review, and loosening is easier than tightening.
//
// Rules:
// - type: every JSON type seen; integer when every number is written without . or e
//   (CSV) or is whole (JSON), else number; "null" is added when a null (empty CSV cell) is seen.
// - required: the keys present in every record (in CSV: every column).
// - enum: a string column with at least ENUM_MIN_VALUES values, at most ENUM_MAX_DISTINCT
//   distinct ones, each seen at least ENUM_MIN_REPEAT times (so an id or free-text column with
//   a few repeats does not become an enum); null joins the enum when the column is nullable.
// - format: date-time (RFC 3339 with T and a zone) or date (YYYY-MM-DD), when every string
//   matches and is a real date; such a column never becomes an enum.
// - additionalProperties: false at every level; arrays get the merged schema of their items.
// - only the first MAX_ROWS records are read.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { basename } from 'node:path';
import type { Cell, CellType } from './cell.js';
import {
  detectFormat,
  readSample,
  type SampleFormat,
  type SampleInfo,
  type SampleRecord,
} from './sample.js';

export const MAX_ROWS = 10_000;
export const ENUM_MAX_DISTINCT = 20;
export const ENUM_MIN_VALUES = 20;
export const ENUM_MIN_REPEAT = 2;

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'object' | 'array';
const TYPE_ORDER: JsonType[] = [
  'object',
  'array',
  'string',
  'integer',
  'number',
  'boolean',
  'null',
];

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
type FormatCheck = { validate: (s: string) => boolean } | ((s: string) => boolean);
const check = (f: unknown) => (s: string) => {
  const c = f as FormatCheck;
  return typeof c === 'function' ? c(s) : c.validate(s);
};
const isDateTime = (s: string) => DATE_TIME.test(s) && check(fullFormats['date-time'])(s);
const isDate = (s: string) => DATE.test(s) && check(fullFormats.date)(s);

/** What was seen at one place of the records (a column, a nested key, array items). */
class Field {
  /** Values seen here; for a key of an object, the number of objects that had the key. */
  seen = 0;
  readonly types = new Set<JsonType>();
  strings = 0;
  /** Distinct strings with their counts; undefined once there are too many for an enum. */
  distinct: Map<string, number> | undefined = new Map();
  allDateTime = true;
  allDate = true;
  objects = 0;
  /** CSV number cells as written, with counts (for a column that turns out to hold codes). */
  numberTexts: Map<string, number> | undefined = new Map();
  textNumbers = 0;
  properties: Map<string, Field> | undefined;
  items: Field | undefined;

  addJson(value: unknown): void {
    if (value === null) return this.addTyped('null', null);
    if (Array.isArray(value)) {
      this.seen++;
      this.types.add('array');
      this.items ??= new Field();
      for (const item of value) this.items.addJson(item);
      return;
    }
    if (typeof value === 'object') {
      this.seen++;
      this.types.add('object');
      this.objects++;
      this.properties ??= new Map();
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        this.property(k).addJson(v);
      return;
    }
    if (typeof value === 'number')
      return this.addTyped(Number.isInteger(value) ? 'integer' : 'number', value);
    if (typeof value === 'boolean') return this.addTyped('boolean', value);
    return this.addTyped('string', String(value));
  }

  addTyped(type: CellType, value: null | boolean | number | string): void {
    this.seen++;
    this.types.add(type);
    if (type !== 'string' || typeof value !== 'string') return;
    this.strings++;
    if (this.allDateTime && !isDateTime(value)) this.allDateTime = false;
    if (this.allDate && !isDate(value)) this.allDate = false;
    if (this.distinct) {
      this.distinct.set(value, (this.distinct.get(value) ?? 0) + 1);
      if (this.distinct.size > ENUM_MAX_DISTINCT) this.distinct = undefined;
    }
  }

  addCell(cell: Cell): void {
    if (cell.text !== undefined) {
      this.textNumbers++;
      if (this.numberTexts) {
        this.numberTexts.set(cell.text, (this.numberTexts.get(cell.text) ?? 0) + 1);
        if (this.numberTexts.size > ENUM_MAX_DISTINCT) this.numberTexts = undefined;
      }
    }
    this.addTyped(cell.type, cell.value);
  }

  /**
   * A CSV column of numbers and other text holds codes (0E0, 1E5, A12): a string column, its
   * number cells counted as the strings they are written as.
   */
  demoteCodes(types: Set<JsonType>): void {
    if (this.textNumbers === 0 || !types.has('string')) return;
    if (!types.delete('integer') && !types.delete('number')) return;
    types.delete('number');
    this.strings += this.textNumbers;
    this.allDate = this.allDateTime = false;
    if (this.distinct && this.numberTexts)
      for (const [text, n] of this.numberTexts)
        this.distinct.set(text, (this.distinct.get(text) ?? 0) + n);
    else this.distinct = undefined;
    if (this.distinct && this.distinct.size > ENUM_MAX_DISTINCT) this.distinct = undefined;
  }

  property(name: string): Field {
    this.properties ??= new Map();
    let f = this.properties.get(name);
    if (!f) {
      f = new Field();
      this.properties.set(name, f);
    }
    return f;
  }
}

export type JsonSchema = Record<string, unknown>;

function toSchema(field: Field): JsonSchema {
  const types = new Set(field.types);
  field.demoteCodes(types);
  if (types.has('number')) types.delete('integer');
  const nullable = types.delete('null');
  if (types.size === 0) {
    return field.seen > 0
      ? { description: 'Only null in the sample: any value is allowed; tighten by hand.' }
      : {};
  }
  const ordered = TYPE_ORDER.filter((t) => types.has(t));
  if (nullable) ordered.push('null');
  const schema: JsonSchema = { type: ordered.length === 1 ? ordered[0] : ordered };

  if (types.size === 1 && types.has('string')) {
    if (field.allDateTime) schema.format = 'date-time';
    else if (field.allDate) schema.format = 'date';
    else {
      const values = enumValues(field);
      if (values) schema.enum = nullable ? [...values, null] : values;
    }
  }
  if (types.has('object') && field.properties) {
    const properties: JsonSchema = {};
    const required: string[] = [];
    for (const [name, sub] of field.properties) {
      properties[name] = toSchema(sub);
      if (sub.seen === field.objects) required.push(name);
    }
    schema.properties = properties;
    if (required.length > 0) schema.required = required;
    schema.additionalProperties = false;
  }
  if (types.has('array'))
    schema.items = field.items && field.items.seen > 0 ? toSchema(field.items) : {};
  return schema;
}

function enumValues(field: Field): string[] | undefined {
  const distinct = field.distinct;
  if (!distinct || distinct.size === 0 || field.strings < ENUM_MIN_VALUES) return undefined;
  for (const count of distinct.values()) if (count < ENUM_MIN_REPEAT) return undefined;
  return [...distinct.keys()].sort();
}

export interface InferredSchema extends SampleInfo {
  schema: JsonSchema;
  /** Top-level keys with their inferred type, for a summary on the terminal. */
  fields: Array<{ name: string; type: string; required: boolean; enum?: number; format?: string }>;
}

export interface InferOptions {
  format?: SampleFormat | 'auto';
  maxRows?: number;
  /** How the data file is named in the schema's description. */
  displayPath?: string;
  /** The workspace: the sample may not leave it (default: the sample's own folder). */
  root?: string;
}

/** Infers the schema of one record from a sample file (JSON Lines, CSV, TSV or a JSON array). */
export async function inferSchemaFromFile(
  path: string,
  options: InferOptions = {},
): Promise<InferredSchema> {
  const format = !options.format || options.format === 'auto' ? detectFormat(path) : options.format;
  const root = new Field();
  const info = await readSample(
    path,
    format,
    options.maxRows ?? MAX_ROWS,
    (record) => addRecord(root, record),
    options.root,
  );
  if (info.rows === 0) throw new Error(`${path}: no records to infer a schema from`);
  return { ...info, ...describe(root, options.displayPath ?? basename(path), info) };
}

/** Infers the schema of one record from records already in memory. */
export function inferSchema(
  records: Iterable<Record<string, unknown>>,
  name = 'sample',
): JsonSchema {
  const root = new Field();
  let rows = 0;
  for (const r of records) {
    root.addJson(r);
    rows++;
  }
  return describe(root, name, { format: 'json', rows, truncated: false }).schema;
}

function addRecord(root: Field, record: SampleRecord): void {
  if (record.kind === 'json') return root.addJson(record.value);
  root.seen++;
  root.types.add('object');
  root.objects++;
  for (const [name, cell] of record.value) root.property(name).addCell(cell);
}

function describe(
  root: Field,
  name: string,
  info: SampleInfo,
): Pick<InferredSchema, 'schema' | 'fields'> {
  const body = toSchema(root);
  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `A record of ${name}`,
    description:
      `Inferred by modelgate init from ${info.truncated ? 'the first ' : ''}${info.rows} record${info.rows === 1 ? '' : 's'} of ${name}. ` +
      'Review it: types, required keys, enums and formats reflect only that sample.',
    ...body,
  };
  const properties = (body.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((body.required ?? []) as string[]);
  const fields = Object.entries(properties).map(([key, s]) => ({
    name: key,
    type: Array.isArray(s.type) ? s.type.join('|') : String(s.type ?? 'any'),
    required: required.has(key),
    ...(Array.isArray(s.enum) ? { enum: s.enum.length } : {}),
    ...(typeof s.format === 'string' ? { format: s.format } : {}),
  }));
  return { schema, fields };
}
