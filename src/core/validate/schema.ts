// Loads an untrusted JSON Schema (2020-12, 2019-09 or draft-07) with its local $refs, refuses
// remote ones, reports an invalid schema with the path to the bad keyword, and compiles it.
// Loading happens once in the main thread; the result (a SchemaBundle: plain JSON) is what
// worker threads compile, so they never touch the file system.
import type { AnySchema, AnySchemaObject, ErrorObject, Options, ValidateFunction } from 'ajv';
import type * as AjvCore from 'ajv/dist/core.js';

type Ajv = AjvCore.default;
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  checkOf,
  emailCheck,
  internationalised,
  isDate,
  isDateTime,
  isUriTemplate,
} from './formats.js';
import { UnsafePatternError, enableLinearFallback, safeRegExp } from './regex.js';
import { MAX_SCHEMA_DEPTH, firstTooDeep, shortPointer } from './depth.js';
import {
  findKeyword,
  locateWarning,
  walkSchema as walk,
  type SchemaWarning,
} from './schema-warnings.js';
import { rewriteEmptyEnums, rewriteProtoProperties, staticDynamicRefs } from './schema-rewrite.js';
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
  refs: Array<{ uri: string; schema: AnySchema; file?: string }>;
  /** Custom annotation keywords (x-…) found in the schemas. */
  keywords: string[];
  /** Formats the schemas name that modelgate does not know: accepted unchecked, as plain ajv does. */
  formats: string[];
  /** What ajv's strict mode would have refused, located; the schema is evaluated regardless. */
  warnings: SchemaWarning[];
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new SchemaError(`not valid JSON${line ? ` (line ${line})` : ''}: ${msg}`, shown);
  }
  const deep = firstTooDeep(parsed, MAX_SCHEMA_DEPTH);
  if (deep !== undefined) {
    throw new SchemaError(
      `schema nests more than ${MAX_SCHEMA_DEPTH} levels deep (at ${shortPointer(deep)}); modelgate does not compile schemas that deep`,
      shown,
      deep,
    );
  }
  return parsed;
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

/**
 * Loads the compiler's modules (ajv for the usual draft, its formats) ahead: a worker thread
 * started before its schema is known does it while it waits, so its compile does not.
 */
export async function preloadCompiler(): Promise<void> {
  await Promise.all([ajvClass('2020-12'), import('ajv-formats')]);
}

/** Formats modelgate checks beyond ajv-formats' full set (JSON Schema's standard list). */
function addFormats(ajv: Ajv, formats: FormatsPlugin): void {
  formats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addFormat('date', { type: 'string', validate: (s: string) => s.length === 10 && isDate(s) });
  for (const [name, ascii] of [
    ['iri', 'uri'],
    ['iri-reference', 'uri-reference'],
    ['idn-hostname', 'hostname'],
  ] as const) {
    ajv.addFormat(name, { type: 'string', validate: internationalised(ajv.formats[ascii]) });
  }
  const check = (name: string) => checkOf(ajv.formats[name]);
  const [ipv4, ipv6] = [check('ipv4'), check('ipv6')];
  for (const intl of [false, true]) {
    const host = check(intl ? 'idn-hostname' : 'hostname');
    const validate = emailCheck(host, ipv4, ipv6, intl);
    ajv.addFormat(intl ? 'idn-email' : 'email', { type: 'string', validate });
  }
  ajv.addFormat('uri-template', { type: 'string', validate: isUriTemplate });
}

async function newAjv(
  bundle: Pick<SchemaBundle, 'draft' | 'keywords' | 'formats'>,
  options: Options,
  onUnknownFormat?: (format: string) => void,
): Promise<Ajv> {
  enableLinearFallback();
  const AjvClass = await ajvClass(bundle.draft);
  // ajv-formats types its default export as a namespace, not the plugin it is; under CommonJS
  // interop it may also be a namespace whose `default` is the plugin.
  const formats = (await import('ajv-formats')).default as unknown as FormatsPlugin & {
    default?: FormatsPlugin;
  };
  // Evaluates exactly as `strict: false` would; 'log' only makes ajv tell the logger what strict
  // mode would have refused (the loader turns that into located warnings). Unknown formats would
  // still throw under 'log', so the loader registers them first (bundle.formats).
  const ajv = new AjvClass({
    strict: 'log',
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    strictNumbers: true,
    allowUnionTypes: true,
    validateFormats: true,
    // Property names are data: `constructor` or `__proto__` is an own property or absent.
    ownProperties: true,
    logger: false,
    // ajv's engine type also asks for `code`, how standalone output would import the engine;
    // these schemas are compiled at run time, never to standalone code.
    code: { regExp: safeRegExp as unknown as NonNullable<Options['code']>['regExp'] },
    ...options,
  });
  addFormats(ajv, formats.default ?? formats);
  for (const f of bundle.formats) {
    if (ajv.formats[f]) continue;
    onUnknownFormat?.(f);
    ajv.addFormat(f, true);
  }
  for (const k of bundle.keywords) ajv.addKeyword({ keyword: k });
  return ajv;
}

/** Where a patternProperties key is, as a JSON pointer to that key. */
function patternPropertyPath(root: unknown, pattern: string): string | undefined {
  const at = findKeyword(
    root,
    'patternProperties',
    undefined,
    (v) => !!v && typeof v === 'object' && Object.hasOwn(v, pattern),
  );
  return at && `${at}/${pattern.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function explainCompileError(err: Error, bundle: { root: unknown }, file: string): SchemaError {
  if (err instanceof SchemaError) return err;
  const msg = err.message;
  if (err instanceof RangeError && /call stack/i.test(msg)) return endlessRecursion(bundle, file);
  if (err instanceof UnsafePatternError) {
    const m = /pattern (".*?") /.exec(msg);
    const pattern = m ? (JSON.parse(m[1] ?? '""') as string) : undefined;
    const path =
      pattern === undefined
        ? undefined
        : (findKeyword(bundle.root, 'pattern', pattern) ??
          patternPropertyPath(bundle.root, pattern));
    return new SchemaError(`${path ? `${path}: ` : ''}${msg}`, file, path);
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

/** A base URI for relative $refs under the root's $id, when it has one (URNs and tags have not). */
function baseOf(id: string): string | undefined {
  try {
    const base = new URL('.', id).href;
    return /^https?:/.test(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** `$dynamicAnchor` declarations across the files of a bundle being loaded. */
const dynamicAnchors = new WeakMap<SchemaBundle, Map<string, Set<string>>>();

/** Per-file preparation of a loaded schema: annotation keywords, formats, rewrites. */
function prepare(schema: unknown, shown: string, bundle: SchemaBundle): void {
  let anchors = dynamicAnchors.get(bundle);
  if (!anchors) dynamicAnchors.set(bundle, (anchors = new Map()));
  const { refused } = staticDynamicRefs(schema, shown, anchors);
  if (refused) throw new SchemaError(refused, shown);
  const keywords = new Set(bundle.keywords);
  const formats = new Set(bundle.formats);
  for (const [, k, v, parent] of walk(schema)) {
    if (/^x-/.test(k)) keywords.add(k);
    if (k === 'format' && typeof v === 'string' && parent !== 'properties') formats.add(v);
  }
  bundle.keywords = [...keywords];
  bundle.formats = [...formats];
  for (const path of rewriteEmptyEnums(schema))
    bundle.warnings.push({ file: shown, path, message: '"enum": [] allows no value at all' });
  rewriteProtoProperties(schema);
}

interface RefContext {
  file: string;
  cwd: string;
  realRoot: string;
  rootSchema: unknown;
  remoteBase: string | undefined;
  localBase: string;
  bundle: SchemaBundle;
}

/** ajv's loadSchema: local files inside the workspace only, never the network. */
function refLoader(o: RefContext): (uri: string) => Promise<AnySchemaObject> {
  return async (uri) => {
    let url = uri.replace(/#.*$/, '');
    // A schema with an https $id may name its siblings relative to that id: map them to files.
    if (o.remoteBase && url.startsWith(o.remoteBase))
      url = o.localBase + url.slice(o.remoteBase.length);
    if (!url.startsWith('file:')) {
      const where =
        findKeyword(o.rootSchema, '$ref', uri) ?? findKeyword(o.rootSchema, '$ref', url);
      throw new SchemaError(
        `remote $ref ${JSON.stringify(uri)}${where ? ` at ${where}` : ''} refused: modelgate never fetches schemas over the network; save that schema beside ${o.file} and $ref it by relative path`,
        o.file,
        where,
      );
    }
    const path = fileURLToPath(url);
    const shown = relative(o.cwd, path) || path;
    let loaded: unknown;
    try {
      // Through the workspace gate: inside the root after symlinks, a regular file, capped.
      loaded = readJson(o.realRoot, path, shown);
    } catch (err) {
      const reason = (err as SchemaError).message.slice(shown.length + 2);
      throw new SchemaError(
        reason === 'schema file not found'
          ? `$ref ${JSON.stringify(uri)}: file ${shown} not found`
          : `$ref ${JSON.stringify(uri)}: ${shown} ${reason}`,
        o.file,
      );
    }
    if (typeof loaded !== 'boolean' && (typeof loaded !== 'object' || loaded === null)) {
      throw new SchemaError('a JSON Schema must be an object or a boolean', shown);
    }
    prepare(loaded, shown, o.bundle);
    o.bundle.refs.push({ uri, schema: loaded as AnySchema, file: shown });
    return loaded as AnySchemaObject;
  };
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
  // Every schema file, the root one included, must be inside the workspace after symlinks: a
  // schema named by `../` or an absolute path elsewhere is refused by the gate, never read.
  const realRoot = resolve(cwd, root);
  const schema = readJson(realRoot, abs, file);
  if (
    typeof schema !== 'boolean' &&
    (typeof schema !== 'object' || schema === null || Array.isArray(schema))
  ) {
    throw new SchemaError('a JSON Schema must be an object or a boolean', file);
  }
  const draft = detectDraft(schema, file);
  const fileUrl = pathToFileURL(abs).href;
  const rootSchema = typeof schema === 'object' ? (schema as Record<string, unknown>) : schema;
  let rootId = fileUrl;
  if (typeof rootSchema === 'object') {
    const id = rootSchema.$id ?? rootSchema.id;
    if (typeof id === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(id)) rootId = id;
    else rootSchema.$id = fileUrl;
  }
  const bundle: SchemaBundle = {
    ...{ file, draft, root: rootSchema, rootId, refs: [] },
    ...{ keywords: [], formats: [], warnings: [] },
  };
  prepare(rootSchema, file, bundle);
  const loadSchema = refLoader({
    ...{ file, cwd, realRoot, rootSchema, bundle },
    remoteBase: rootId === fileUrl ? undefined : baseOf(rootId),
    localBase: new URL('.', fileUrl).href,
  });
  const validate = await compileRoot(bundle, loadSchema);
  refuseEndlessRecursion(validate, bundle);
  return bundle;
}

/** Meta-validates and compiles the root (loading its $refs), collecting strict-mode warnings. */
async function compileRoot(
  bundle: SchemaBundle,
  loadSchema: (uri: string) => Promise<AnySchemaObject>,
): Promise<ValidateFunction> {
  const { file, root } = bundle;
  let logged: string[] = [];
  const options = (): Options => ({
    loadSchema,
    allErrors: true,
    logger: { log: () => undefined, warn: (m: unknown) => logged.push(String(m)), error: () => {} },
  });
  const unknownFormats = new Set<string>();
  let ajv = await newAjv(bundle, options(), (f) => unknownFormats.add(f));
  // Meta-validation first: it names the path to the bad keyword, compile errors often do not.
  if (!ajv.validateSchema(root as AnySchema)) {
    const { path, message } = metaErrors(ajv.errors);
    throw new SchemaError(`invalid JSON Schema at ${path}: ${message}`, file, path);
  }
  let validate: ValidateFunction;
  try {
    if (typeof root === 'boolean') validate = ajv.compile(root);
    else {
      // Keywords and formats found in referenced files need a fresh instance: retry once.
      const before = bundle.keywords.length + bundle.formats.length;
      try {
        validate = await ajv.compileAsync(root as AnySchemaObject);
      } catch (err) {
        if (bundle.keywords.length + bundle.formats.length === before) throw err;
        bundle.refs.length = 0;
        logged = [];
        ajv = await newAjv(bundle, options(), (f) => unknownFormats.add(f));
        validate = await ajv.compileAsync(root as AnySchemaObject);
      }
    }
  } catch (err) {
    throw explainCompileError(err as Error, bundle, file);
  }
  addWarnings(bundle, logged, unknownFormats);
  precompiled.set(bundle, validate);
  return validate;
}

/** ajv's strict-mode messages and unknown formats, located in the root or a referenced file. */
function addWarnings(bundle: SchemaBundle, logged: string[], unknownFormats: Set<string>): void {
  const files = [
    { file: bundle.file, schema: bundle.root as unknown },
    ...bundle.refs.map((r) => ({ file: r.file ?? r.uri, schema: r.schema as unknown })),
  ];
  const earlier = bundle.warnings;
  bundle.warnings = [];
  const seen = new Set<string>();
  const add = (w: SchemaWarning) => {
    const key = `${w.file}\u0000${w.path}\u0000${w.message}`;
    if (seen.has(key) || bundle.warnings.length >= 50) return;
    seen.add(key);
    bundle.warnings.push(w);
  };
  for (const w of earlier) add(w);
  for (const raw of logged) {
    const located = files
      .map((f) => ({ file: f.file, ...locateWarning(f.schema, raw) }))
      .find((w) => w.path !== '');
    add(located ?? { file: bundle.file, ...locateWarning(bundle.root, raw) });
  }
  for (const format of unknownFormats) {
    const where = files.find((f) => findKeyword(f.schema, 'format', format) !== undefined);
    add({
      file: where?.file ?? bundle.file,
      path: (where && findKeyword(where.schema, 'format', format)) ?? '',
      message: `unknown format ${JSON.stringify(format)} is not checked (any string passes)`,
    });
  }
}

/**
 * A $ref cycle that never descends into the data (`{"$ref": "#"}`, two files naming each other)
 * recurses forever on every value. Tried once on a few values here, so such a schema is refused
 * at load time rather than overflowing the stack on the first record.
 */
function refuseEndlessRecursion(validate: ValidateFunction, bundle: SchemaBundle): void {
  for (const value of [null, true, 0, '', {}, []]) {
    try {
      validate(value);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      throw endlessRecursion(bundle, bundle.file);
    }
  }
}

function endlessRecursion(bundle: { root: unknown }, file: string): SchemaError {
  const refs = [...walk(bundle.root)].filter(([, k]) => k === '$ref' || k === '$dynamicRef');
  const where = refs.slice(0, 3).map(([p, , v]) => `${p} (${JSON.stringify(v)})`);
  return new SchemaError(
    `the schema refers to itself without descending into the data, so validation would recurse forever${where.length ? `; its references: ${where.join(', ')}` : ''}`,
    file,
    refs[0]?.[0],
  );
}

/** The first-error ajv instance compileBundle made for a bundle (subschemas reuse it). */
const firstErrorAjv = new WeakMap<SchemaBundle, Ajv>();

/** Compiles a loaded bundle synchronously (worker threads call this). */
export async function compileBundle(
  bundle: SchemaBundle,
  allErrors: boolean,
): Promise<ValidateFunction> {
  const ready = allErrors ? precompiled.get(bundle) : undefined;
  if (ready) return ready;
  // A bundle comes from loadSchemaBundle, whose compileRoot meta-validated the root and every
  // $ref it loaded with these same options; doing it again would compile the draft's meta-schema
  // once more per instance (about half a second in every worker thread).
  // The draft's meta-schemas stay added: a schema may $ref one of them.
  const ajv = await newAjv(bundle, { allErrors, validateSchema: false });
  if (!allErrors) firstErrorAjv.set(bundle, ajv);
  for (const { uri, schema } of bundle.refs) {
    if (!ajv.getSchema(uri.replace(/#.*$/, ''))) ajv.addSchema(schema, uri.replace(/#.*$/, ''));
  }
  try {
    return ajv.compile(bundle.root as AnySchema);
  } catch (err) {
    throw explainCompileError(err as Error, bundle, bundle.file);
  }
}

/**
 * Compiles subschemas of a loaded bundle on their own, with the bundle's formats, keywords and
 * options, first error only (column checks, see column-plan.ts).
 */
export async function subschemaCompiler(
  bundle: SchemaBundle,
): Promise<(schema: AnySchema) => ValidateFunction> {
  // The instance that compiled the bundle, when there is one: a new one costs as much again.
  const ajv = firstErrorAjv.get(bundle) ?? (await newAjv(bundle, { allErrors: false }));
  return (schema) => ajv.compile(schema);
}
