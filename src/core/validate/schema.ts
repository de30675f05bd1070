// Loads an untrusted JSON Schema (2020-12, 2019-09 or draft-07) with its local $refs, refuses
// remote ones, reports an invalid schema with the path to the bad keyword, and compiles it.
// Loading happens once in the main thread; the result (a SchemaBundle: plain JSON) is what
// worker threads compile, so they never touch the file system.
import type { AnySchema, AnySchemaObject, ErrorObject, Options, ValidateFunction } from 'ajv';
import type * as AjvCore from 'ajv/dist/core.js';

type Ajv = AjvCore.default;
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDate, isDateTime } from './formats.js';
import { UnsafePatternError, enableLinearFallback, safeRegExp } from './regex.js';
import { readWorkspaceText, refusalReason } from '../files/workspace.js';

type FormatsPlugin = (ajv: Ajv) => Ajv;

export type Draft = '2020-12' | '2019-09' | 'draft-07';

export interface SchemaBundle {
  /** The schema file as the user named it. */
  file: string;
  draft: Draft;
  root: Record<string, unknown> | boolean;
  rootId: string;
  /** Other local schema files the root $refs, keyed by the URI ajv asked for. */
  refs: Array<{ uri: string; schema: AnySchema }>;
  /** Custom annotation keywords (x-…) found in the schemas. */
  keywords: string[];
}

export class SchemaError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly key?: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** The all-errors validator that loading already compiled, for this thread's copy of a bundle. */
const precompiled = new WeakMap<SchemaBundle, ValidateFunction>();

const DRAFTS: Record<string, Draft> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
};

function detectDraft(schema: unknown, file: string): Draft {
  if (typeof schema !== 'object' || schema === null) return '2020-12';
  const declared = (schema as { $schema?: unknown }).$schema;
  if (declared === undefined) return '2020-12';
  if (typeof declared !== 'string')
    throw new SchemaError('$schema must be a string', file, '/$schema');
  const draft = DRAFTS[declared.replace(/#$/, '')];
  if (!draft) {
    throw new SchemaError(
      `unsupported $schema ${JSON.stringify(declared)}: use JSON Schema 2020-12, 2019-09 or draft-07`,
      file,
      '/$schema',
    );
  }
  return draft;
}

/** A schema file through the workspace gate (inside `root`, regular, capped, UTF-8). */
function readJson(root: string, path: string, shown: string): unknown {
  let text: string;
  try {
    text = readWorkspaceText(root, path, 'schema file', 'schema', shown);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SchemaError(code === 'ENOENT' ? 'schema file not found' : refusalReason(err), shown);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new SchemaError(`not valid JSON${line ? ` (line ${line})` : ''}: ${msg}`, shown);
  }
}

const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);

/** Every (pointer, key, value) of the schema's objects, depth first. */
function* walk(
  node: unknown,
  pointer = '',
): Generator<[string, string, unknown, string | undefined]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walk(node[i], `${pointer}/${i}`);
  } else if (node && typeof node === 'object') {
    const parentKey = pointer.slice(pointer.lastIndexOf('/') + 1);
    for (const [k, v] of Object.entries(node)) {
      const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      yield [p, k, v, parentKey];
      yield* walk(v, p);
    }
  }
}

function findKeyword(schema: unknown, keyword: string, value?: unknown): string | undefined {
  for (const [p, k, v, parent] of walk(schema)) {
    if (k === keyword && !SCHEMA_MAPS.has(parent ?? '') && (value === undefined || v === value))
      return p;
  }
  return undefined;
}

function metaErrors(errors: ErrorObject[] | null | undefined): { path: string; message: string } {
  // The deepest error is the most specific one (anyOf branches report shallower noise).
  const sorted = [...(errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
  const e = sorted[0];
  if (!e) return { path: '', message: 'invalid schema' };
  const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
  return {
    path: e.instancePath || '/',
    message: `${e.message ?? e.keyword}${allowed ? `: ${allowed.map((x) => JSON.stringify(x)).join(', ')}` : ''}`,
  };
}

type AjvClass = new (options: Options) => Ajv;

async function ajvClass(draft: Draft): Promise<AjvClass> {
  if (draft === '2020-12') return (await import('ajv/dist/2020.js')).Ajv2020;
  if (draft === '2019-09') return (await import('ajv/dist/2019.js')).Ajv2019;
  return (await import('ajv')).Ajv;
}

async function newAjv(
  bundle: Pick<SchemaBundle, 'draft' | 'keywords'>,
  options: Options,
): Promise<Ajv> {
  enableLinearFallback();
  const AjvClass = await ajvClass(bundle.draft);
  const formats = (await import('ajv-formats')).default as unknown as FormatsPlugin & {
    default?: FormatsPlugin;
  };
  const ajv = new AjvClass({
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    validateFormats: true,
    code: { regExp: safeRegExp as unknown as NonNullable<Options['code']>['regExp'] },
    ...options,
  });
  (formats.default ?? formats)(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addFormat('date', { type: 'string', validate: (s: string) => s.length === 10 && isDate(s) });
  for (const k of bundle.keywords) ajv.addKeyword({ keyword: k });
  return ajv;
}

function explainCompileError(err: Error, bundle: { root: unknown }, file: string): SchemaError {
  if (err instanceof SchemaError) return err;
  const msg = err.message;
  if (err instanceof UnsafePatternError) {
    const m = /pattern (".*?") /.exec(msg);
    const path = m ? findKeyword(bundle.root, 'pattern', JSON.parse(m[1] ?? '""')) : undefined;
    return new SchemaError(`${path ? `${path}: ` : ''}${msg}`, file, path);
  }
  const unknownKeyword = /unknown keyword: "([^"]+)"/.exec(msg);
  if (unknownKeyword) {
    const path = findKeyword(bundle.root, unknownKeyword[1] ?? '');
    return new SchemaError(
      `invalid JSON Schema at ${path ?? '?'}: unknown keyword ${JSON.stringify(unknownKeyword[1])} (custom keywords must start with "x-")`,
      file,
      path,
    );
  }
  const unknownFormat = /unknown format "([^"]+)" ignored in schema at path "#?([^"]*)"/.exec(msg);
  if (unknownFormat) {
    return new SchemaError(
      `invalid JSON Schema at ${unknownFormat[2]}/format: unknown format ${JSON.stringify(unknownFormat[1])}`,
      file,
      `${unknownFormat[2]}/format`,
    );
  }
  const missingRef = /can't resolve reference (\S+) from id (\S+)/.exec(msg);
  if (missingRef) {
    const path = findKeyword(bundle.root, '$ref', missingRef[1]);
    return new SchemaError(
      `$ref ${JSON.stringify(missingRef[1])}${path ? ` at ${path}` : ''} cannot be resolved`,
      file,
      path,
    );
  }
  return new SchemaError(`invalid JSON Schema: ${msg.replace(/^schema is invalid: /, '')}`, file);
}

/**
 * Reads the schema file and every local file it $refs. `root` bounds where those files may be
 * (the workspace): an untrusted schema must not read files outside it.
 */
export async function loadSchemaBundle(
  file: string,
  cwd: string,
  root = cwd,
): Promise<SchemaBundle> {
  const abs = resolve(cwd, file);
  // Every schema file must be inside the workspace after symlinks. A root schema named outside
  // it (an absolute path on the command line, not a config path) is bounded by its own folder.
  const realRoot = resolve(cwd, root);
  const rel = relative(realRoot, abs);
  const named = rel.startsWith('..') || isAbsolute(rel) ? dirname(abs) : realRoot;
  const schema = readJson(named, abs, file);
  if (
    typeof schema !== 'boolean' &&
    (typeof schema !== 'object' || schema === null || Array.isArray(schema))
  ) {
    throw new SchemaError('a JSON Schema must be an object or a boolean', file);
  }
  const draft = detectDraft(schema, file);
  const keywords = new Set<string>();
  for (const [, k] of walk(schema)) if (/^x-/.test(k)) keywords.add(k);

  const fileUrl = pathToFileURL(abs).href;
  const rootSchema = typeof schema === 'object' ? (schema as Record<string, unknown>) : schema;
  let rootId = fileUrl;
  if (typeof rootSchema === 'object') {
    const id = rootSchema.$id ?? rootSchema.id;
    if (typeof id === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(id)) rootId = id;
    else rootSchema.$id = fileUrl;
  }
  const remoteBase = rootId === fileUrl ? undefined : new URL('.', rootId).href;
  const localBase = new URL('.', fileUrl).href;
  const refs: SchemaBundle['refs'] = [];
  const bundle: SchemaBundle = {
    file,
    draft,
    root: rootSchema,
    rootId,
    refs,
    keywords: [...keywords],
  };

  const loadSchema = async (uri: string): Promise<AnySchemaObject> => {
    let url = uri.replace(/#.*$/, '');
    // A schema with an https $id may name its siblings relative to that id: map them to files.
    if (remoteBase && url.startsWith(remoteBase)) url = localBase + url.slice(remoteBase.length);
    if (!url.startsWith('file:')) {
      const where = findKeyword(rootSchema, '$ref', uri) ?? findKeyword(rootSchema, '$ref', url);
      throw new SchemaError(
        `remote $ref ${JSON.stringify(uri)}${where ? ` at ${where}` : ''} refused: modelgate never fetches schemas over the network; save that schema beside ${file} and $ref it by relative path`,
        file,
        where,
      );
    }
    const path = fileURLToPath(url);
    const shown = relative(cwd, path) || path;
    let loaded: unknown;
    try {
      loaded = readJson(realRoot, path, shown);
    } catch (err) {
      const reason = (err as SchemaError).message.slice(shown.length + 2);
      throw new SchemaError(
        reason === 'schema file not found'
          ? `$ref ${JSON.stringify(uri)}: file ${shown} not found`
          : `$ref ${JSON.stringify(uri)}: ${shown} ${reason}`,
        file,
      );
    }
    if (typeof loaded !== 'boolean' && (typeof loaded !== 'object' || loaded === null)) {
      throw new SchemaError('a JSON Schema must be an object or a boolean', shown);
    }
    if (typeof loaded === 'object') {
      for (const [, k] of walk(loaded)) if (/^x-/.test(k) && !keywords.has(k)) keywords.add(k);
      bundle.keywords = [...keywords];
    }
    refs.push({ uri, schema: loaded as AnySchema });
    return loaded as AnySchemaObject;
  };

  // Meta-validation first: it names the path to the bad keyword, compile errors often do not.
  const probe = await newAjv(bundle, { loadSchema, allErrors: true });
  if (!probe.validateSchema(rootSchema as AnySchema)) {
    const { path, message } = metaErrors(probe.errors);
    throw new SchemaError(`invalid JSON Schema at ${path}: ${message}`, file, path);
  }
  try {
    // Registering x- keywords found in referenced files needs a fresh instance: retry once.
    const before = bundle.keywords.length;
    if (typeof rootSchema === 'boolean') precompiled.set(bundle, probe.compile(rootSchema));
    else {
      try {
        precompiled.set(bundle, await probe.compileAsync(rootSchema as AnySchemaObject));
      } catch (err) {
        if (bundle.keywords.length === before) throw err;
        refs.length = 0;
        const again = await newAjv(bundle, { loadSchema, allErrors: true });
        precompiled.set(bundle, await again.compileAsync(rootSchema as AnySchemaObject));
      }
    }
  } catch (err) {
    throw explainCompileError(err as Error, bundle, file);
  }
  return bundle;
}

/** Compiles a loaded bundle synchronously (worker threads call this). */
export async function compileBundle(
  bundle: SchemaBundle,
  allErrors: boolean,
): Promise<ValidateFunction> {
  const ready = allErrors ? precompiled.get(bundle) : undefined;
  if (ready) return ready;
  const ajv = await newAjv(bundle, { allErrors });
  for (const { uri, schema } of bundle.refs) {
    if (!ajv.getSchema(uri.replace(/#.*$/, ''))) ajv.addSchema(schema, uri.replace(/#.*$/, ''));
  }
  try {
    return ajv.compile(bundle.root as AnySchema);
  } catch (err) {
    throw explainCompileError(err as Error, bundle, bundle.file);
  }
}
