import { existsSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { b as casterFor } from './chunk-cells.js';
import { resolve, relative } from 'node:path';
import { e as enableLinearFallback, s as safeRegExp, U as UnsafePatternError, h as hashKeys, a as hashLo, b as hashValues, c as hashShaped, d as decodeParquetGroup, v as validateParquetRows } from './chunk-parquet.js';
import { f as firstTooDeep, M as MAX_SCHEMA_DEPTH, s as shortPointer, a as staticDynamicRefs, w as walkSchema, b as rewriteEmptyEnums, g as rewriteProtoProperties, h as findKeyword, l as locateWarning, C as Collector, e as encodingViolation, i as validateOne, j as validateJsonlChunk } from './chunk-records.js';
import { c as readWorkspaceText, b as refusalReason, e as openGated } from './chunk-workspace.js';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { j as jsonText, a as bigConstants } from './chunk-exact.js';
import { e as escape, p as preview } from './chunk-value.js';

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digits(s, from, n) {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
function isDate(s, at = 0) {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return false;
  const y = digits(s, at, 4);
  const m = digits(s, at + 5, 2);
  const d = digits(s, at + 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS[m] ?? 0);
}
function isDateTime(s) {
  if (typeof s !== "string" || s.length < 20 || s.length > 64) return false;
  if (!isDate(s, 0)) return false;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116) return false;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const h = digits(s, 11, 2);
  const min = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 60) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  const z = s.charCodeAt(i);
  let offset = 0;
  if (z === 90 || z === 122) {
    if (i + 1 !== s.length) return false;
  } else if (z === 43 || z === 45) {
    if (i + 6 !== s.length || s.charCodeAt(i + 3) !== 58) return false;
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    offset = (z === 43 ? 1 : -1) * (oh * 60 + om);
  } else return false;
  if (sec === 60) {
    const utc = ((h * 60 + min - offset) % 1440 + 1440) % 1440;
    if (utc !== 23 * 60 + 59) return false;
  }
  return true;
}
const NON_ASCII = /[^\u0000-\u007f]/gu;
const CONTROL = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;
function checkOf(def) {
  if (typeof def === "function") return def;
  if (def instanceof RegExp) return (s) => def.test(s);
  const v = def?.validate;
  return v === void 0 ? () => true : checkOf(v);
}
function internationalised(ascii) {
  const check = checkOf(ascii);
  return (s) => !CONTROL.test(s) && check(s.replace(NON_ASCII, "a"));
}
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const ATEXT_INTL = /^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\u0000-\u007f])+$/u;
const QUOTED = /^"(?:[\u0020\u0021\u0023-\u005b\u005d-\u007e]|\\[\u0020-\u007e])*"$/;
const QUOTED_INTL = /^"(?:[\u0020\u0021\u0023-\u005b\u005d-\u007e]|[^\u0000-\u007f]|\\[\u0020-\u007e])*"$/u;
function emailCheck(host, ipv4, ipv6, intl) {
  return (s) => {
    const at = s.lastIndexOf("@");
    if (at <= 0 || at === s.length - 1) return false;
    const local = s.slice(0, at);
    const domain = s.slice(at + 1);
    const quoted = (intl ? QUOTED_INTL : QUOTED).test(local);
    const atext = intl ? ATEXT_INTL : ATEXT;
    if (!quoted && !local.split(".").every((part) => atext.test(part))) return false;
    if (domain.startsWith("[") && domain.endsWith("]")) {
      const literal = domain.slice(1, -1);
      return literal.startsWith("IPv6:") ? ipv6(literal.slice(5)) : ipv4(literal);
    }
    return host(domain);
  };
}
const VARSPEC = String.raw`(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*(?::[1-9][0-9]{0,3}|\*)?`;
const EXPRESSION = new RegExp(`^[+#./;?&]?${VARSPEC}(?:,${VARSPEC})*$`);
const LITERAL_BAD = /[\u0000-\u0020"<>\\^`{|}\u007f]/;
function isUriTemplate(s) {
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf("{", i);
    const literal = s.slice(i, open === -1 ? s.length : open);
    if (LITERAL_BAD.test(literal) || /%(?![0-9A-Fa-f]{2})/.test(literal)) return false;
    if (open === -1) return true;
    const close = s.indexOf("}", open);
    if (close === -1 || !EXPRESSION.test(s.slice(open + 1, close))) return false;
    i = close + 1;
  }
  return true;
}

class SchemaError extends Error {
  constructor(message, file, key) {
    super(`${file}: ${message}`);
    this.file = file;
    this.key = key;
  }
  file;
  key;
}
const precompiled = /* @__PURE__ */ new WeakMap();
const DRAFTS = {
  "https://json-schema.org/draft/2020-12/schema": "2020-12",
  "https://json-schema.org/draft/2019-09/schema": "2019-09",
  "http://json-schema.org/draft-07/schema": "draft-07",
  "https://json-schema.org/draft-07/schema": "draft-07"
};
function detectDraft(schema, file) {
  if (typeof schema !== "object" || schema === null) return "2020-12";
  const declared = schema.$schema;
  if (declared === void 0) return "2020-12";
  if (typeof declared !== "string")
    throw new SchemaError("$schema must be a string", file, "/$schema");
  const draft = DRAFTS[declared.replace(/#$/, "")];
  if (!draft) {
    throw new SchemaError(
      `unsupported $schema ${JSON.stringify(declared)}: use JSON Schema 2020-12, 2019-09 or draft-07`,
      file,
      "/$schema"
    );
  }
  return draft;
}
function readJson(root, path, shown) {
  let text;
  try {
    text = readWorkspaceText(root, path, "schema file", "schema", shown);
  } catch (err) {
    const code = err.code;
    throw new SchemaError(code === "ENOENT" ? "schema file not found" : refusalReason(err), shown);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const msg = err.message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : void 0;
    throw new SchemaError(`not valid JSON${line ? ` (line ${line})` : ""}: ${msg}`, shown);
  }
  const deep = firstTooDeep(parsed, MAX_SCHEMA_DEPTH);
  if (deep !== void 0) {
    throw new SchemaError(
      `schema nests more than ${MAX_SCHEMA_DEPTH} levels deep (at ${shortPointer(deep)}); modelgate does not compile schemas that deep`,
      shown,
      deep
    );
  }
  return parsed;
}
function metaErrors(errors) {
  const sorted = [...errors ?? []].sort((a, b) => b.instancePath.length - a.instancePath.length);
  const e = sorted[0];
  if (!e) return { path: "", message: "invalid schema" };
  const allowed = e.params.allowedValues;
  return {
    path: e.instancePath || "/",
    message: `${e.message ?? e.keyword}${allowed ? `: ${allowed.map((x) => JSON.stringify(x)).join(", ")}` : ""}`
  };
}
async function ajvClass(draft) {
  if (draft === "2020-12") return (await import('./chunk-2020.js').then(n => n._)).Ajv2020;
  if (draft === "2019-09") return (await import('./chunk-2019.js').then(n => n._)).Ajv2019;
  return (await import('./chunk-ajv2.js').then(n => n.a)).Ajv;
}
function addFormats(ajv, formats) {
  formats(ajv);
  ajv.addFormat("date-time", { type: "string", validate: isDateTime });
  ajv.addFormat("date", { type: "string", validate: (s) => s.length === 10 && isDate(s) });
  for (const [name, ascii] of [
    ["iri", "uri"],
    ["iri-reference", "uri-reference"],
    ["idn-hostname", "hostname"]
  ]) {
    ajv.addFormat(name, { type: "string", validate: internationalised(ajv.formats[ascii]) });
  }
  const check = (name) => checkOf(ajv.formats[name]);
  const [ipv4, ipv6] = [check("ipv4"), check("ipv6")];
  for (const intl of [false, true]) {
    const host = check(intl ? "idn-hostname" : "hostname");
    const validate = emailCheck(host, ipv4, ipv6, intl);
    ajv.addFormat(intl ? "idn-email" : "email", { type: "string", validate });
  }
  ajv.addFormat("uri-template", { type: "string", validate: isUriTemplate });
}
async function newAjv(bundle, options, onUnknownFormat) {
  enableLinearFallback();
  const AjvClass = await ajvClass(bundle.draft);
  const formats = (await import('./chunk-index5.js').then(n => n.i)).default;
  const ajv = new AjvClass({
    strict: "log",
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    strictNumbers: true,
    allowUnionTypes: true,
    validateFormats: true,
    // Property names are data: `constructor` or `__proto__` is an own property or absent.
    ownProperties: true,
    logger: false,
    code: { regExp: safeRegExp },
    ...options
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
function patternPropertyPath(root, pattern) {
  const at = findKeyword(
    root,
    "patternProperties",
    void 0,
    (v) => !!v && typeof v === "object" && Object.hasOwn(v, pattern)
  );
  return at && `${at}/${pattern.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function explainCompileError(err, bundle, file) {
  if (err instanceof SchemaError) return err;
  const msg = err.message;
  if (err instanceof RangeError && /call stack/i.test(msg)) return endlessRecursion(bundle, file);
  if (err instanceof UnsafePatternError) {
    const m = /pattern (".*?") /.exec(msg);
    const pattern = m ? JSON.parse(m[1] ?? '""') : void 0;
    const path = pattern === void 0 ? void 0 : findKeyword(bundle.root, "pattern", pattern) ?? patternPropertyPath(bundle.root, pattern);
    return new SchemaError(`${path ? `${path}: ` : ""}${msg}`, file, path);
  }
  const missingRef = /can't resolve reference (\S+) from id (\S+)/.exec(msg);
  if (missingRef) {
    const path = findKeyword(bundle.root, "$ref", missingRef[1]);
    return new SchemaError(
      `$ref ${JSON.stringify(missingRef[1])}${path ? ` at ${path}` : ""} cannot be resolved`,
      file,
      path
    );
  }
  return new SchemaError(`invalid JSON Schema: ${msg.replace(/^schema is invalid: /, "")}`, file);
}
function baseOf(id) {
  try {
    const base = new URL(".", id).href;
    return /^https?:/.test(base) ? base : void 0;
  } catch {
    return void 0;
  }
}
const dynamicAnchors = /* @__PURE__ */ new WeakMap();
function prepare(schema, shown, bundle) {
  let anchors = dynamicAnchors.get(bundle);
  if (!anchors) dynamicAnchors.set(bundle, anchors = /* @__PURE__ */ new Map());
  const { refused } = staticDynamicRefs(schema, shown, anchors);
  if (refused) throw new SchemaError(refused, shown);
  const keywords = new Set(bundle.keywords);
  const formats = new Set(bundle.formats);
  for (const [, k, v, parent] of walkSchema(schema)) {
    if (/^x-/.test(k)) keywords.add(k);
    if (k === "format" && typeof v === "string" && parent !== "properties") formats.add(v);
  }
  bundle.keywords = [...keywords];
  bundle.formats = [...formats];
  for (const path of rewriteEmptyEnums(schema))
    bundle.warnings.push({ file: shown, path, message: '"enum": [] allows no value at all' });
  rewriteProtoProperties(schema);
}
function refLoader(o) {
  return async (uri) => {
    let url = uri.replace(/#.*$/, "");
    if (o.remoteBase && url.startsWith(o.remoteBase))
      url = o.localBase + url.slice(o.remoteBase.length);
    if (!url.startsWith("file:")) {
      const where = findKeyword(o.rootSchema, "$ref", uri) ?? findKeyword(o.rootSchema, "$ref", url);
      throw new SchemaError(
        `remote $ref ${JSON.stringify(uri)}${where ? ` at ${where}` : ""} refused: modelgate never fetches schemas over the network; save that schema beside ${o.file} and $ref it by relative path`,
        o.file,
        where
      );
    }
    const path = fileURLToPath(url);
    const shown = relative(o.cwd, path) || path;
    let loaded;
    try {
      loaded = readJson(o.realRoot, path, shown);
    } catch (err) {
      const reason = err.message.slice(shown.length + 2);
      throw new SchemaError(
        reason === "schema file not found" ? `$ref ${JSON.stringify(uri)}: file ${shown} not found` : `$ref ${JSON.stringify(uri)}: ${shown} ${reason}`,
        o.file
      );
    }
    if (typeof loaded !== "boolean" && (typeof loaded !== "object" || loaded === null)) {
      throw new SchemaError("a JSON Schema must be an object or a boolean", shown);
    }
    prepare(loaded, shown, o.bundle);
    o.bundle.refs.push({ uri, schema: loaded, file: shown });
    return loaded;
  };
}
async function loadSchemaBundle(file, cwd, root = cwd) {
  const abs = resolve(cwd, file);
  const realRoot = resolve(cwd, root);
  const schema = readJson(realRoot, abs, file);
  if (typeof schema !== "boolean" && (typeof schema !== "object" || schema === null || Array.isArray(schema))) {
    throw new SchemaError("a JSON Schema must be an object or a boolean", file);
  }
  const draft = detectDraft(schema, file);
  const fileUrl = pathToFileURL(abs).href;
  const rootSchema = typeof schema === "object" ? schema : schema;
  let rootId = fileUrl;
  if (typeof rootSchema === "object") {
    const id = rootSchema.$id ?? rootSchema.id;
    if (typeof id === "string" && /^[a-z][a-z0-9+.-]*:/i.test(id)) rootId = id;
    else rootSchema.$id = fileUrl;
  }
  const bundle = {
    ...{ file, draft, root: rootSchema, rootId, refs: [] },
    ...{ keywords: [], formats: [], warnings: [] }
  };
  prepare(rootSchema, file, bundle);
  const loadSchema = refLoader({
    ...{ file, cwd, realRoot, rootSchema, bundle },
    remoteBase: rootId === fileUrl ? void 0 : baseOf(rootId),
    localBase: new URL(".", fileUrl).href
  });
  const validate = await compileRoot(bundle, loadSchema);
  refuseEndlessRecursion(validate, bundle);
  return bundle;
}
async function compileRoot(bundle, loadSchema) {
  const { file, root } = bundle;
  let logged = [];
  const options = () => ({
    loadSchema,
    allErrors: true,
    logger: { log: () => void 0, warn: (m) => logged.push(String(m)), error: () => {
    } }
  });
  const unknownFormats = /* @__PURE__ */ new Set();
  let ajv = await newAjv(bundle, options(), (f) => unknownFormats.add(f));
  if (!ajv.validateSchema(root)) {
    const { path, message } = metaErrors(ajv.errors);
    throw new SchemaError(`invalid JSON Schema at ${path}: ${message}`, file, path);
  }
  let validate;
  try {
    if (typeof root === "boolean") validate = ajv.compile(root);
    else {
      const before = bundle.keywords.length + bundle.formats.length;
      try {
        validate = await ajv.compileAsync(root);
      } catch (err) {
        if (bundle.keywords.length + bundle.formats.length === before) throw err;
        bundle.refs.length = 0;
        logged = [];
        ajv = await newAjv(bundle, options(), (f) => unknownFormats.add(f));
        validate = await ajv.compileAsync(root);
      }
    }
  } catch (err) {
    throw explainCompileError(err, bundle, file);
  }
  addWarnings(bundle, logged, unknownFormats);
  precompiled.set(bundle, validate);
  return validate;
}
function addWarnings(bundle, logged, unknownFormats) {
  const files = [
    { file: bundle.file, schema: bundle.root },
    ...bundle.refs.map((r) => ({ file: r.file ?? r.uri, schema: r.schema }))
  ];
  const earlier = bundle.warnings;
  bundle.warnings = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (w) => {
    const key = `${w.file}\0${w.path}\0${w.message}`;
    if (seen.has(key) || bundle.warnings.length >= 50) return;
    seen.add(key);
    bundle.warnings.push(w);
  };
  for (const w of earlier) add(w);
  for (const raw of logged) {
    const located = files.map((f) => ({ file: f.file, ...locateWarning(f.schema, raw) })).find((w) => w.path !== "");
    add(located ?? { file: bundle.file, ...locateWarning(bundle.root, raw) });
  }
  for (const format of unknownFormats) {
    const where = files.find((f) => findKeyword(f.schema, "format", format) !== void 0);
    add({
      file: where?.file ?? bundle.file,
      path: (where && findKeyword(where.schema, "format", format)) ?? "",
      message: `unknown format ${JSON.stringify(format)} is not checked (any string passes)`
    });
  }
}
function refuseEndlessRecursion(validate, bundle) {
  for (const value of [null, true, 0, "", {}, []]) {
    try {
      validate(value);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      throw endlessRecursion(bundle, bundle.file);
    }
  }
}
function endlessRecursion(bundle, file) {
  const refs = [...walkSchema(bundle.root)].filter(([, k]) => k === "$ref" || k === "$dynamicRef");
  const where = refs.slice(0, 3).map(([p, , v]) => `${p} (${JSON.stringify(v)})`);
  return new SchemaError(
    `the schema refers to itself without descending into the data, so validation would recurse forever${where.length ? `; its references: ${where.join(", ")}` : ""}`,
    file,
    refs[0]?.[0]
  );
}
async function compileBundle(bundle, allErrors) {
  const ready = allErrors ? precompiled.get(bundle) : void 0;
  if (ready) return ready;
  const ajv = await newAjv(bundle, { allErrors });
  for (const { uri, schema } of bundle.refs) {
    if (!ajv.getSchema(uri.replace(/#.*$/, ""))) ajv.addSchema(schema, uri.replace(/#.*$/, ""));
  }
  try {
    return ajv.compile(bundle.root);
  } catch (err) {
    throw explainCompileError(err, bundle, bundle.file);
  }
}

const MAX_CATEGORIES = 200;

function field(row, column) {
  const v = row[column];
  return typeof v === "function" || v === Object.prototype ? void 0 : v;
}

const MAX_AUTO_COLUMNS = 100;
function isNull(v) {
  return v === null || v === void 0 || v === "";
}
function pointer(column) {
  return `/${column.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function show(v) {
  const s = typeof v === "string" ? v : jsonText(v);
  return s.length > 60 ? `${s.slice(0, 59)}\u2026` : s;
}
function sampleOf(line, record, ptr, value, message) {
  return {
    line,
    record,
    pointer: ptr,
    value: preview(value),
    message: escape(ptr ? `${ptr}: ${message}` : message)
  };
}
class Column {
  constructor(name) {
    this.name = name;
  }
  name;
  nulls = 0;
  others = 0;
  n = 0;
  numbers = new Float64Array(256);
  /** Distinct values: strings and other JSON in `cats`, numbers keyed as numbers (no string per row). */
  cats = /* @__PURE__ */ new Map();
  numCats = /* @__PURE__ */ new Map();
  overflow() {
    this.cats = null;
    this.numCats = null;
  }
  pushNumber(v) {
    if (this.n === this.numbers.length) {
      const next = new Float64Array(this.n * 2);
      next.set(this.numbers);
      this.numbers = next;
    }
    this.numbers[this.n++] = v;
  }
  add(v) {
    if (v === null || v === void 0 || v === "") {
      this.nulls++;
      return;
    }
    if (typeof v === "number") {
      this.pushNumber(v);
      const m2 = this.numCats;
      if (!m2) return;
      const c2 = m2.get(v);
      if (c2 !== void 0) c2.n++;
      else if (m2.size + this.cats.size >= MAX_CATEGORIES) this.overflow();
      else m2.set(v, { n: 1 });
      return;
    }
    if (typeof v === "bigint") this.pushNumber(Number(v));
    else this.others++;
    const m = this.cats;
    if (!m) return;
    const k = typeof v === "string" ? v : typeof v === "boolean" ? v ? "true" : "false" : jsonText(v);
    const c = m.get(k);
    if (c !== void 0) c.n++;
    else if (m.size + this.numCats.size >= MAX_CATEGORIES)
      this.overflow();
    else m.set(k, { n: 1 });
  }
  take() {
    let cats = null;
    if (this.cats && this.numCats) {
      cats = [];
      for (const [k, c] of this.cats) cats.push([k, c.n]);
      for (const [x, c] of this.numCats) cats.push([JSON.stringify(x), c.n]);
    }
    return {
      name: this.name,
      nulls: this.nulls,
      others: this.others,
      numbers: this.numbers.slice(0, this.n),
      cats
    };
  }
}
class Hashes {
  hi;
  lo;
  present;
  constructor(cap) {
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.present = new Uint8Array(cap);
  }
  grow(cap) {
    const { hi, lo, present } = this;
    this.hi = new Uint32Array(cap);
    this.hi.set(hi);
    this.lo = new Uint32Array(cap);
    this.lo.set(lo);
    this.present = new Uint8Array(cap);
    this.present.set(present);
  }
  take(n) {
    return { hi: this.hi.slice(0, n), lo: this.lo.slice(0, n), present: this.present.slice(0, n) };
  }
}
class ChunkDigester {
  constructor(plan, samples) {
    this.plan = plan;
    this.samples = samples;
    plan.tests.forEach((t, i) => this.tests.push(this.test(t, i)));
    this.reset();
  }
  plan;
  samples;
  n = 0;
  cap = 1024;
  lines = new Uint32Array(this.cap);
  records = new Uint32Array(this.cap);
  objects = new Uint8Array(this.cap);
  testState = [];
  valueMaps = [];
  tests = [];
  keyHashes = [];
  rowHashes;
  columns = /* @__PURE__ */ new Map();
  one = [void 0];
  /** The last record shape seen (keys in order), its hash, and its drift columns (auto mode). */
  shapeKeys = [];
  shapeHi = 0;
  shapeLo = 0;
  shapeCols = [];
  reset() {
    this.n = 0;
    this.testState = this.plan.tests.map(() => ({ checked: 0, unexpected: 0, samples: [] }));
    this.valueMaps = this.plan.tests.map((t) => t.kind === "categories" ? /* @__PURE__ */ new Map() : void 0);
    this.keyHashes = this.plan.keys.map(() => new Hashes(this.cap));
    this.rowHashes = this.plan.rowHash ? new Hashes(this.cap) : void 0;
    this.columns = /* @__PURE__ */ new Map();
    for (const c of this.plan.drift?.columns ?? []) this.columns.set(c, new Column(c));
    this.shapeKeys = [];
  }
  /** Records of one shape share the hash of their keys and their column lookups. */
  shape(row) {
    const keys = this.shapeKeys;
    let j = 0;
    let same = true;
    for (const k in row) {
      if (keys[j] !== k) {
        same = false;
        break;
      }
      j++;
    }
    if (same && j === keys.length) return;
    this.shapeKeys = Object.keys(row);
    this.shapeHi = hashKeys(this.shapeKeys);
    this.shapeLo = hashLo;
    if (this.plan.drift && !this.plan.drift.columns)
      this.shapeCols = this.shapeKeys.map((k) => {
        let c = this.columns.get(k);
        if (!c && this.columns.size < MAX_AUTO_COLUMNS) this.columns.set(k, c = new Column(k));
        return c;
      });
  }
  flag(i, line, record, col, v, msg) {
    const s = this.testState[i];
    s.unexpected++;
    if (s.samples.length < this.samples)
      s.samples.push(sampleOf(line, record, pointer(col), v, msg));
  }
  test(t, i) {
    const col = t.column;
    if (t.kind === "null_share")
      return (row, line, record) => {
        this.testState[i].checked++;
        const v = field(row, col);
        if (isNull(v)) this.flag(i, line, record, col, v, "null or missing");
      };
    if (t.kind === "categories") {
      const allowed = new Set(t.allowed);
      return (row, line, record) => {
        const v = field(row, col);
        if (isNull(v)) return;
        this.testState[i].checked++;
        const k = typeof v === "string" ? v : jsonText(v);
        if (allowed.has(k)) return;
        const values = this.valueMaps[i];
        values.set(k, (values.get(k) ?? 0) + 1);
        this.flag(i, line, record, col, v, `${show(v)} is not an allowed value`);
      };
    }
    const lo = t.lo ?? -Infinity;
    const hi = t.hi ?? Infinity;
    return (row, line, record) => {
      const v = field(row, col);
      if (isNull(v)) return;
      this.testState[i].checked++;
      const numeric = typeof v === "number" || typeof v === "bigint";
      if (numeric && v >= lo && v <= hi) return;
      this.flag(
        i,
        line,
        record,
        col,
        v,
        numeric ? `${v} is out of range` : `${show(v)} is not a number`
      );
    };
  }
  grow() {
    const cap = this.cap * 2;
    const { lines, records, objects } = this;
    this.lines = new Uint32Array(cap);
    this.lines.set(lines);
    this.records = new Uint32Array(cap);
    this.records.set(records);
    this.objects = new Uint8Array(cap);
    this.objects.set(objects);
    for (const h of this.keyHashes) h.grow(cap);
    this.rowHashes?.grow(cap);
    this.cap = cap;
  }
  tap(line, record, value) {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.lines[i] = line;
    this.records[i] = record;
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    this.objects[i] = 1;
    const row = value;
    for (const t of this.tests) t(row, line, record);
    const { keys } = this.plan;
    for (let k = 0; k < keys.length; k++) {
      const cols = keys[k];
      const h = this.keyHashes[k];
      let hi;
      if (cols.length === 1) {
        const v = field(row, cols[0]);
        if (isNull(v)) continue;
        this.one[0] = v;
        hi = hashValues(this.one);
      } else {
        const vs = cols.map((c) => field(row, c));
        if (vs.some(isNull)) continue;
        hi = hashValues(vs);
      }
      h.hi[i] = hi;
      h.lo[i] = hashLo;
      h.present[i] = 1;
    }
    const auto = this.plan.drift && !this.plan.drift.columns;
    if (this.rowHashes || auto) {
      this.shape(row);
      const values = Object.values(row);
      if (this.rowHashes) {
        this.rowHashes.hi[i] = hashShaped(this.shapeHi, this.shapeLo, values);
        this.rowHashes.lo[i] = hashLo;
        this.rowHashes.present[i] = 1;
      }
      if (auto) {
        const cols = this.shapeCols;
        for (let j = 0; j < values.length; j++) cols[j]?.add(values[j]);
      }
    }
    if (this.plan.drift?.columns) for (const c of this.columns.values()) c.add(field(row, c.name));
  }
  get size() {
    return this.n;
  }
  take() {
    const n = this.n;
    const d = {
      n,
      lines: this.lines.slice(0, n),
      records: this.records.slice(0, n),
      objects: this.objects.slice(0, n),
      tests: this.testState.map((s, i) => {
        const values = this.valueMaps[i];
        return values ? { ...s, values: [...values] } : s;
      }),
      keys: this.keyHashes.map((h) => h.take(n)),
      ...this.rowHashes ? { rows: this.rowHashes.take(n) } : {},
      ...this.plan.drift ? { columns: [...this.columns.values()].map((c) => c.take()) } : {}
    };
    this.objects.fill(0, 0, n);
    this.reset();
    return d;
  }
}
function digestBuffers(d) {
  const out = [d.lines.buffer, d.records.buffer, d.objects.buffer];
  for (const h of d.rows ? [...d.keys, d.rows] : d.keys)
    out.push(
      h.hi.buffer,
      h.lo.buffer,
      h.present.buffer
    );
  for (const c of d.columns ?? []) out.push(c.numbers.buffer);
  return out;
}

class DataReadError extends Error {
}
const GZIP_MAGIC = [31, 139];
const ZSTD_MAGIC = [40, 181, 47, 253];
class PlainReader {
  constructor(fh) {
    this.fh = fh;
  }
  fh;
  position = 0;
  async read(into, at, length) {
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fh.read(into, at + done, length - done, this.position);
      if (bytesRead === 0) break;
      done += bytesRead;
      this.position += bytesRead;
    }
    return done;
  }
  async skipTo(position) {
    this.position = Math.max(this.position, position);
  }
  async atEnd() {
    return this.position >= (await this.fh.stat()).size;
  }
  close() {
    return this.fh.close();
  }
}
function gunzipBlocks(fh) {
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const stream = pipeline(fh.createReadStream({ highWaterMark: 1 << 20 }), gunzip, () => {
  });
  return {
    blocks: gunzip[Symbol.asyncIterator](),
    close: () => stream.destroy()
  };
}
function unzstdBlocks(fh) {
  const input = fh.createReadStream({ highWaterMark: 1 << 20 });
  async function* blocks() {
    const { Decompress } = await import('./chunk-esm.js');
    const out = [];
    const d = new Decompress((chunk) => {
      out.push(chunk);
    });
    for await (const buf of input) {
      d.push(new Uint8Array(buf));
      yield* out.splice(0);
    }
    d.push(new Uint8Array(0), true);
    yield* out.splice(0);
  }
  return { blocks: blocks(), close: () => input.destroy() };
}
class StreamReader {
  position = 0;
  pending;
  used = 0;
  chunks;
  constructor(source, what) {
    const iterator = source.blocks;
    this.close = async () => source.close();
    this.chunks = {
      next: () => iterator.next().catch((err) => {
        throw new DataReadError(`not valid ${what} data (${err.message})`);
      })
    };
  }
  close;
  async read(into, at, length) {
    let done = 0;
    while (done < length) {
      if (!this.pending || this.used >= this.pending.byteLength) {
        const next = await this.chunks.next();
        if (next.done) break;
        this.pending = next.value;
        this.used = 0;
      }
      const n = Math.min(length - done, this.pending.byteLength - this.used);
      into.set(this.pending.subarray(this.used, this.used + n), at + done);
      this.used += n;
      done += n;
    }
    this.position += done;
    return done;
  }
  async atEnd() {
    while (!this.pending || this.used >= this.pending.length) {
      const next = await this.chunks.next();
      if (next.done) return true;
      this.pending = next.value;
      this.used = 0;
    }
    return false;
  }
  async skipTo(position) {
    const scratch = new Uint8Array(1 << 16);
    while (this.position < position) {
      const n = await this.read(scratch, 0, Math.min(scratch.length, position - this.position));
      if (n === 0) break;
    }
  }
}
async function openBytes(file, from = 0) {
  const fh = await openGated(file.gate, "data file", file.path);
  let reader;
  if (file.compression === "gzip") reader = new StreamReader(gunzipBlocks(fh), "gzip");
  else if (file.compression === "zstd") reader = new StreamReader(unzstdBlocks(fh), "Zstandard");
  else {
    const head = new Uint8Array(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    const starts = (magic) => bytesRead >= magic.length && magic.every((b, i) => head[i] === b);
    const compressed = starts(GZIP_MAGIC) ? "gzip-compressed: name it with a .gz extension (e.g. data.jsonl.gz)" : starts(ZSTD_MAGIC) ? "Zstandard-compressed: name it with a .zst extension (e.g. data.jsonl.zst)" : void 0;
    if (compressed) {
      await fh.close();
      throw new DataReadError(`the file is ${compressed} to read it`);
    }
    reader = new PlainReader(fh);
  }
  if (from > 0) await reader.skipTo(from);
  return reader;
}

const READ = 1 << 20;
async function validateJsonFile(file, v, opts) {
  const c = new Collector(opts.samples);
  const problems = [];
  const reader = await openBytes(file);
  let mode = "start";
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pieces = [];
  let size = 0;
  let oversize = false;
  let elemLine = 0;
  let first = true;
  let stop = false;
  const keep = (chunk, from, to) => {
    if (to <= from || oversize) return;
    size += to - from;
    if (size > opts.maxRecordBytes) {
      oversize = true;
      pieces = [];
      return;
    }
    pieces.push(Buffer.from(chunk.subarray(from, to)));
  };
  const finish = (truncated) => {
    const record = c.rows++;
    const at = elemLine || line;
    if (oversize) {
      c.addInvalid(at, record, [
        {
          schemaPath: "",
          keyword: "maxRecordSize",
          pointer: "",
          value: void 0,
          text: "",
          message: `record is larger than the ${opts.maxRecordBytes}-byte limit`
        }
      ]);
    } else {
      const bytes = Buffer.concat(pieces);
      if (!isUtf8(bytes)) {
        c.addInvalid(at, record, [encodingViolation()]);
      } else {
        validateOne(
          v,
          c,
          at,
          record,
          bytes.toString("utf8"),
          truncated ? " (the file ends inside the array: is it truncated?)" : ""
        );
      }
    }
    pieces = [];
    size = 0;
    oversize = false;
    elemLine = 0;
  };
  const fail = (message) => {
    problems.push({ message, line });
    stop = true;
  };
  try {
    const buf = Buffer.allocUnsafe(READ);
    for (; ; ) {
      const bytesRead = await reader.read(buf, 0, READ);
      if (bytesRead === 0 || stop) break;
      const chunk = buf.subarray(0, bytesRead);
      let i = 0;
      if (first && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) i = 3;
      first = false;
      let from = i;
      for (; i < bytesRead && !stop; i++) {
        const b = chunk[i];
        if (b === 10) line++;
        if (mode === "doc") continue;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === 92) escaped = true;
          else if (b === 34) inString = false;
          continue;
        }
        if (mode === "start") {
          if (b === 32 || b === 9 || b === 10 || b === 13) continue;
          if (b === 91) {
            mode = "array";
            from = i + 1;
          } else {
            mode = "doc";
            elemLine = line;
            from = i;
          }
          continue;
        }
        if (mode === "after") {
          if (b !== 32 && b !== 9 && b !== 10 && b !== 13)
            fail("unexpected data after the closing ] of the array");
          continue;
        }
        if (depth === 0) {
          if (b === 44 || b === 93) {
            keep(chunk, from, i);
            if (elemLine) finish(false);
            else if (b === 44 || c.rows > 0)
              fail(`unexpected '${b === 44 ? "," : "]"}': an array element is missing`);
            if (b === 93) mode = "after";
            from = i + 1;
            continue;
          }
          if (b === 32 || b === 9 || b === 10 || b === 13) continue;
          if (!elemLine) {
            elemLine = line;
            from = i;
          }
        }
        if (b === 34) inString = true;
        else if (b === 123 || b === 91) depth++;
        else if (b === 125 || b === 93) {
          depth--;
          if (depth < 0) fail(`unexpected '${String.fromCharCode(b)}'`);
        }
      }
      if (mode === "array" && elemLine) keep(chunk, from, bytesRead);
      if (mode === "doc") keep(chunk, from, bytesRead);
    }
  } finally {
    await reader.close();
  }
  if (!stop) {
    if (mode === "start") problems.push({ message: "file is empty: no JSON value" });
    else if (mode === "doc") finish(false);
    else if (mode === "array") {
      if (elemLine) finish(true);
      problems.push({
        message: "the file ends inside the array (no closing ']'): is it truncated?",
        line
      });
    }
  }
  const result = c.result(line - 1);
  if (problems.length) result.problems = [...result.problems ?? [], ...problems];
  return result;
}

class ChunkValidator {
  constructor(validators, samples, csvModule, plan) {
    this.validators = validators;
    this.samples = samples;
    this.csvModule = csvModule;
    if (plan) {
      const digester = this.digester = new ChunkDigester(plan, samples);
      const outer = validators.tap;
      this.validators = {
        ...validators,
        tap: outer ? (line, record, value) => {
          outer(line, record, value);
          digester.tap(line, record, value);
        } : (line, record, value) => digester.tap(line, record, value)
      };
    }
  }
  validators;
  samples;
  csvModule;
  casters = /* @__PURE__ */ new WeakMap();
  lastCsv;
  digester;
  static async create(init) {
    const [fast, full, csv] = await Promise.all([
      compileBundle(init.bundle, false),
      compileBundle(init.bundle, true),
      init.csv ? import('./chunk-csv.js') : void 0
    ]);
    const bigConstants$1 = bigConstants([
      init.bundle.root,
      ...init.bundle.refs.map((r) => r.schema)
    ]);
    return new ChunkValidator({ fast, full, bigConstants: bigConstants$1 }, init.samples, csv, init.plan);
  }
  /** Attaches the chunk's digest (when there is a plan) to what reading it produced. */
  digested(r) {
    if (this.digester) r.digest = this.digester.take();
    return r;
  }
  /** A `.json` file, read whole in this thread. */
  async runJsonFile(file, opts) {
    return this.digested(
      await validateJsonFile(file, this.validators, { samples: this.samples, ...opts })
    );
  }
  get csv() {
    if (!this.csvModule) throw new Error("CSV chunk sent to a validator created without csv: true");
    return this.csvModule;
  }
  prepare(csv) {
    let c = this.casters.get(csv);
    if (c) return c;
    const key = JSON.stringify(csv);
    if (this.lastCsv?.key === key) c = this.lastCsv.prepared;
    else {
      c = {
        casters: csv.types.map((t) => casterFor(t ? new Set(t) : void 0, csv.dialect)),
        build: this.csv.rowBuilder(csv.header)
      };
      this.lastCsv = { key, prepared: c };
    }
    this.casters.set(csv, c);
    return c;
  }
  run(job) {
    if (job.kind === "parquet")
      return decodeParquetGroup(job.file, job.group).then(
        (decoded) => this.digested(validateParquetRows(decoded, job.group, this.validators, this.samples))
      );
    return this.digested(this.read(job));
  }
  read(job) {
    if (job.kind === "jsonl")
      return validateJsonlChunk(
        job.buf,
        { last: job.last, samples: this.samples },
        this.validators
      );
    const csv = job.csv;
    const { casters, build } = this.prepare(csv);
    return this.csv.validateCsvChunk(
      job.buf,
      {
        last: job.last,
        samples: this.samples,
        delimiter: csv.delimiter,
        header: csv.header,
        casters
      },
      this.validators,
      build
    );
  }
}
class InlineExecutor {
  constructor(validator) {
    this.validator = validator;
  }
  validator;
  threads = 0;
  static async create(init) {
    return new InlineExecutor(await ChunkValidator.create(init));
  }
  get validators() {
    return this.validator;
  }
  submit(job) {
    try {
      return Promise.resolve(this.validator.run(job));
    } catch (err) {
      return Promise.reject(err);
    }
  }
  async close() {
  }
}
const WORKER_YOUNG_MB = 8;
class WorkerExecutor {
  constructor(workers) {
    this.workers = workers;
    for (const w of workers) {
      w.on("message", (m) => {
        const p = this.pending.get(m.seq);
        if (!p) return;
        this.pending.delete(m.seq);
        if (m.error !== void 0) p.reject(new Error(m.error));
        else p.resolve(m.result);
      });
      w.on("error", (err) => this.fail(err));
      w.on("exit", (code) => {
        if (code !== 0) this.fail(new Error(`validate worker exited with code ${code}`));
      });
    }
  }
  workers;
  seq = 0;
  next = 0;
  pending = /* @__PURE__ */ new Map();
  failure;
  get threads() {
    return this.workers.length;
  }
  static create(init, threads, url) {
    const workers = Array.from(
      { length: threads },
      () => new Worker(url, {
        workerData: init,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB }
      })
    );
    return new WorkerExecutor(workers);
  }
  fail(err) {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
  submit(job) {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    const worker = this.workers[this.next];
    this.next = (this.next + 1) % this.workers.length;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage(
        { seq, job },
        job.kind === "parquet" ? [] : [job.buf.buffer]
      );
    });
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
function defaultWorkerUrl() {
  const url = new URL("./validate-worker.js", import.meta.url);
  try {
    return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
  } catch {
    return void 0;
  }
}

export { ChunkValidator as C, DataReadError as D, InlineExecutor as I, MAX_CATEGORIES as M, SchemaError as S, WORKER_YOUNG_MB as W, MAX_AUTO_COLUMNS as a, ChunkDigester as b, show as c, digestBuffers as d, WorkerExecutor as e, field as f, defaultWorkerUrl as g, loadSchemaBundle as l, openBytes as o, pointer as p, sampleOf as s };
