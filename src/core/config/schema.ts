// The config schema's validators (precompiled for the schemas named often, one ajv instance for
// any other), and the translation of ajv's errors into messages a config author can act on.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AnySchema, ErrorObject, ValidateFunction } from 'ajv';
import configSchema from '../../../schemas/config.schema.json' with { type: 'json' };
import validatePartSchema from '../../../schemas/config-validate.schema.json' with { type: 'json' };
import comparePartSchema from '../../../schemas/config-compare.schema.json' with { type: 'json' };
import type { DataPath } from './source.js';
import { showValue, typeName } from './errors.js';
import { didYouMean } from './suggest.js';
import {
  validateCompareMetrics,
  validateComparePart,
  validateConfig,
  validateValidatePart,
} from '../generated/config-validator.js';

export const CONFIG_SCHEMA_ID = configSchema.$id;
export const SCHEMA_BASE = CONFIG_SCHEMA_ID.slice(0, CONFIG_SCHEMA_ID.lastIndexOf('/') + 1);

// Compiling the config schema costs about half a second, paid by every start that loads a config;
// scripts/gen-config-validator.js compiles these ahead of time with the same options as below.
const PRECOMPILED = new Map<string, ValidateFunction>([
  [CONFIG_SCHEMA_ID, validateConfig],
  [validatePartSchema.$id, validateValidatePart],
  [comparePartSchema.$id, validateComparePart],
  [`${comparePartSchema.$id}#/properties/metrics`, validateCompareMetrics],
]);

let ajvInstance: Ajv2020 | undefined;
function ajv(): Ajv2020 {
  if (!ajvInstance) {
    // verbose: errors carry their schema, which is where "did you mean" finds the allowed keys.
    // Keep these options equal to scripts/gen-config-validator.js's.
    const instance = new Ajv2020({
      allErrors: true,
      strict: true,
      allowUnionTypes: true,
      verbose: true,
    });
    addFormats.default(instance);
    instance.addSchema(validatePartSchema);
    instance.addSchema(comparePartSchema);
    instance.addSchema(configSchema);
    ajvInstance = instance;
  }
  return ajvInstance;
}

/**
 * A validator for the whole config, a part ('validate', 'compare') or any schema reachable by
 * id, e.g. 'config-compare.schema.json#/properties/metrics' (relative ids resolve against the
 * schemas' base URL).
 */
export function validatorFor(
  schema: 'config' | 'validate' | 'compare' | string | object,
): ValidateFunction {
  if (typeof schema === 'object') return ajv().compile(schema as AnySchema);
  const id =
    schema === 'config'
      ? CONFIG_SCHEMA_ID
      : schema === 'validate'
        ? validatePartSchema.$id
        : schema === 'compare'
          ? comparePartSchema.$id
          : /^[a-z]+:/i.test(schema)
            ? schema
            : SCHEMA_BASE + schema;
  const validate = PRECOMPILED.get(id) ?? ajv().getSchema(id);
  if (!validate) throw new Error(`unknown schema '${schema}'`);
  return validate;
}

export interface SchemaProblem {
  path: DataPath;
  /** Point at the key at `path` rather than at its value. */
  atKey: boolean;
  message: string;
  /** The path to name in the message when it differs from `path` (a bad key: its map). */
  label?: DataPath;
}

/** Turns ajv's errors into one message per mistake, pruning the noise of oneOf/anyOf/if. */
export function explainErrors(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  const kept = pruneComposites(errors, data);
  const problems: Explained[] = [];
  const hinted = new Set<string>();
  for (const e of kept) {
    const path = toDataPath(e.instancePath, data);
    const value = valueAt(data, path);
    const p = explainOne(e, path, value);
    if (!p) continue;
    if (p.hint) hinted.add(JSON.stringify([...path, p.hint]));
    problems.push(p);
  }
  // "missing 'direction'" next to "unknown 'dirction'; did you mean 'direction'?" says the same twice.
  const out = problems.filter(
    (p) => !(p.missing !== undefined && hinted.has(JSON.stringify([...p.path, p.missing]))),
  );
  const seen = new Set<string>();
  return out
    .filter((p) => {
      const k = JSON.stringify([p.path, p.atKey, p.message]);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map(({ path, atKey, message, label }) => ({
      path,
      atKey,
      message,
      ...(label ? { label } : {}),
    }));
}

interface Explained extends SchemaProblem {
  hint?: string;
  missing?: string;
}

type Explainer = (e: ErrorObject, path: DataPath, value: unknown) => Explained | undefined;

const paramsOf = (e: ErrorObject): Record<string, unknown> => e.params as Record<string, unknown>;

/** A key the schema does not know, with the nearest allowed key the map does not have yet. */
const unknownKey: Explainer = (e, path, value) => {
  const params = paramsOf(e);
  const key = String(params.additionalProperty ?? params.unevaluatedProperty);
  // A key the map already has is not what the author meant.
  const present = new Set(value && typeof value === 'object' ? Object.keys(value) : []);
  const allowed = allowedKeys(e.parentSchema as Record<string, unknown> | undefined);
  const hint = didYouMean(
    key,
    [...allowed].filter((k) => !present.has(k)),
  );
  const message = `unknown key '${key}'` + (hint ? `; did you mean '${hint}'?` : '');
  return { path: [...path, key], label: path, atKey: true, message, hint };
};

const wrongType: Explainer = (e, path, value) => {
  const expected = String(paramsOf(e).type)
    .split(',')
    .map((t) => ({ object: 'a mapping', array: 'a list' })[t] ?? t)
    .join(' or ');
  let message =
    `must be ${expected}, got ${typeName(value)}` + (isScalar(value) ? ` ${showValue(value)}` : '');
  if (
    expected.includes('boolean') &&
    typeof value === 'string' &&
    /^(yes|no|on|off|y|n)$/i.test(value)
  ) {
    message += ' (write true or false)';
  }
  return { path, atKey: false, message };
};

const notInEnum: Explainer = (e, path, value) => {
  const allowed = (paramsOf(e).allowedValues as unknown[]) ?? [];
  const hint =
    typeof value === 'string'
      ? didYouMean(
          value,
          allowed.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  const message =
    `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; got ${showValue(value)}` +
    (hint ? `; did you mean '${hint}'?` : '');
  return { path, atKey: false, message };
};

const noFormFits: Explainer = (e, path) => {
  if (paramsOf(e).passingSchemas) {
    const message = 'matches more than one of the allowed forms; keep the keys of one';
    return { path, atKey: false, message };
  }
  return { path, atKey: false, message: String(e.message) };
};

/** The message for each JSON Schema keyword that has its own wording; others use ajv's. */
const EXPLAINERS: Record<string, Explainer> = {
  // Its inner error, which names the key, is reported instead.
  propertyNames: () => undefined,
  additionalProperties: unknownKey,
  unevaluatedProperties: unknownKey,
  required: (e, path) => {
    const missing = String(paramsOf(e).missingProperty);
    return { path, atKey: true, message: `missing required key '${missing}'`, missing };
  },
  dependentRequired: (e, path) => {
    const { property, missingProperty } = paramsOf(e);
    const message = `key '${String(property)}' needs '${String(missingProperty)}' as well`;
    return { path, atKey: true, message };
  },
  type: wrongType,
  enum: notInEnum,
  const: (e, path, value) => {
    const message = `must be ${JSON.stringify(paramsOf(e).allowedValue)}, got ${showValue(value)}`;
    return { path, atKey: false, message };
  },
  oneOf: noFormFits,
  anyOf: noFormFits,
};

function explainOne(e: ErrorObject, path: DataPath, value: unknown): Explained | undefined {
  if (e.propertyName !== undefined) {
    const keyPath = [...path, e.propertyName];
    return {
      path: keyPath,
      label: path,
      atKey: true,
      message: `invalid key '${e.propertyName}': ${e.message ?? e.keyword}`,
    };
  }
  const explain = Object.hasOwn(EXPLAINERS, e.keyword) ? EXPLAINERS[e.keyword] : undefined;
  if (explain) return explain(e, path, value);
  const got = isScalar(value)
    ? `${e.keyword === 'alternatives' ? ';' : ','} got ${showValue(value)}`
    : '';
  return { path, atKey: false, message: `${e.message ?? e.keyword}${got}` };
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** Keys the schema at this place accepts, looking through allOf/anyOf/oneOf/if-then-else and $ref. */
function allowedKeys(schema: Record<string, unknown> | undefined, depth = 0): Set<string> {
  const keys = new Set<string>();
  if (!schema || typeof schema !== 'object' || depth > 5) return keys;
  const props = schema.properties;
  if (props && typeof props === 'object') for (const k of Object.keys(props)) keys.add(k);
  const subs: unknown[] = [];
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const v = schema[k];
    if (Array.isArray(v)) subs.push(...v);
  }
  for (const k of ['then', 'else']) if (schema[k]) subs.push(schema[k]);
  if (typeof schema.$ref === 'string') {
    try {
      subs.push(ajv().getSchema(schema.$ref)?.schema);
    } catch {
      // A ref relative to a schema we cannot see from here: fewer hints, no harm.
    }
  }
  for (const s of subs)
    for (const k of allowedKeys(s as Record<string, unknown>, depth + 1)) keys.add(k);
  return keys;
}

/**
 * With allErrors, a failed oneOf/anyOf reports every branch's errors. Keep only the branch that
 * came closest (the value's type fits, deepest errors, then fewest); when every branch rejects
 * the value itself, say once what it may be.
 */
function pruneComposites(errors: ErrorObject[], data: unknown): ErrorObject[] {
  const removed = new Set<ErrorObject>();
  const composites = errors
    .filter(
      (e) =>
        (e.keyword === 'oneOf' || e.keyword === 'anyOf') &&
        !(e.params as { passingSchemas?: unknown }).passingSchemas,
    )
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const replacements = new Map<ErrorObject, ErrorObject>();
  for (const c of composites) {
    if (removed.has(c)) continue;
    const prefix = c.schemaPath + '/';
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (removed.has(e) || !e.schemaPath.startsWith(prefix)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      const list = branches.get(branch) ?? [];
      list.push(e);
      branches.set(branch, list);
    }
    if (branches.size === 0) continue;
    const depth = (e: ErrorObject) =>
      e.instancePath === '' ? 0 : e.instancePath.split('/').length - 1;
    const ownDepth = depth(c);
    const rejectsValue = (list: ErrorObject[]) =>
      list.every(
        (e) =>
          depth(e) === ownDepth &&
          ![
            'required',
            'additionalProperties',
            'unevaluatedProperties',
            'dependentRequired',
          ].includes(e.keyword),
      );
    const all = [...branches.values()];
    // A list or mapping that fits one form's type is better told what that form wants.
    const scalar = isScalar(valueAt(data, toDataPath(c.instancePath, data)));
    if (scalar && all.every(rejectsValue)) {
      const alternatives = [...new Set(all.flat().map((e) => describeAlternative(e)))];
      for (const e of all.flat()) removed.add(e);
      replacements.set(c, {
        ...c,
        keyword: 'alternatives',
        message: `must be ${alternatives.join(', or ')}`,
      });
      continue;
    }
    const score = (list: ErrorObject[]) => {
      const typeMismatch = list.some((e) => e.keyword === 'type' && depth(e) === ownDepth) ? 1 : 0;
      const deepest = Math.max(...list.map(depth));
      return [typeMismatch, -deepest, list.length];
    };
    let best: ErrorObject[] | undefined;
    let bestScore: number[] | undefined;
    for (const list of all) {
      const s = score(list);
      if (
        !bestScore ||
        s[0]! < bestScore[0]! ||
        (s[0] === bestScore[0] &&
          (s[1]! < bestScore[1]! || (s[1] === bestScore[1] && s[2]! < bestScore[2]!)))
      ) {
        best = list;
        bestScore = s;
      }
    }
    for (const list of all) if (list !== best) for (const e of list) removed.add(e);
    removed.add(c);
  }
  return errors
    .filter((e) => !removed.has(e) && e.keyword !== 'if')
    .map((e) => replacements.get(e) ?? e);
}

function describeAlternative(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'type') {
    return String(params.type)
      .split(',')
      .map((t) => ({ object: 'a mapping', array: 'a list', integer: 'an integer' })[t] ?? `a ${t}`)
      .join(' or ');
  }
  if (e.keyword === 'pattern') return `a string matching ${String(params.pattern)}`;
  if (e.keyword === 'enum') {
    return `one of ${((params.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (e.keyword === 'const') return JSON.stringify(params.allowedValue);
  if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].includes(e.keyword)) {
    return `a number ${String(params.comparison)} ${String(params.limit)}`;
  }
  // ajv's own messages start with "must be"; the caller already said it.
  return (e.message ?? e.keyword).replace(/^must be /, '');
}

function toDataPath(pointer: string, data: unknown): DataPath {
  if (!pointer) return [];
  const path: DataPath = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node =
        node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
