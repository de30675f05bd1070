import { isUtf8 } from 'node:buffer';
import { H as HIDDEN_CHARACTERS } from './chunk-format.js';
import { randomUUID } from 'node:crypto';

const MAX_VALUE_DEPTH = 512;
const MAX_SCHEMA_DEPTH = 256;
function deeperThan(value, budget) {
  if (typeof value !== "object" || value === null) return false;
  if (budget === 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      if (typeof x === "object" && x !== null && deeperThan(x, budget - 1)) return true;
    }
    return false;
  }
  for (const k in value) {
    const x = value[k];
    if (typeof x === "object" && x !== null && deeperThan(x, budget - 1)) return true;
  }
  return false;
}
function escapePointer$2(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function firstTooDeep(value, limit) {
  const stack = [
    { node: value, pointer: "", depth: 0 }
  ];
  while (stack.length) {
    const { node, pointer, depth } = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (depth + 1 > limit) return pointer || "/";
    const entries = Array.isArray(node) ? node.map((x, i) => [String(i), x]) : Object.entries(node);
    for (const [k, x] of entries)
      if (typeof x === "object" && x !== null)
        stack.push({ node: x, pointer: `${pointer}/${escapePointer$2(k)}`, depth: depth + 1 });
  }
  return void 0;
}
function shortPointer(pointer, max = 80) {
  return pointer.length <= max ? pointer : `${pointer.slice(0, 40)}\u2026${pointer.slice(-36)}`;
}

const SCHEMA_MAPS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas"
]);
function escapePointer$1(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function* walkSchema(node, pointer = "") {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walkSchema(node[i], `${pointer}/${i}`);
  } else if (node && typeof node === "object") {
    const parentKey = pointer.slice(pointer.lastIndexOf("/") + 1);
    for (const [k, v] of Object.entries(node)) {
      const p = `${pointer}/${escapePointer$1(k)}`;
      yield [p, k, v, parentKey];
      yield* walkSchema(v, p);
    }
  }
}
function findKeyword(schema, keyword, value, where) {
  for (const [p, k, v, parent] of walkSchema(schema)) {
    if (k !== keyword || SCHEMA_MAPS.has(parent ?? "")) continue;
    if (value !== void 0 && v !== value) continue;
    if (where && !where(v, p.slice(0, p.lastIndexOf("/")))) continue;
    return p;
  }
  return void 0;
}
function at(schema, pointer) {
  let node = schema;
  for (const raw of pointer.split("/").slice(1)) {
    const k = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node || typeof node !== "object" || !Object.hasOwn(node, k)) return void 0;
    node = node[k];
  }
  return node && typeof node === "object" ? node : void 0;
}
function locateWarning(schema, raw) {
  const msg = raw.replace(/^strict mode: /, "");
  const unknown = /^unknown keyword: "(.*)"$/.exec(msg);
  if (unknown) {
    const path = findKeyword(schema, unknown[1] ?? "") ?? "";
    return {
      path,
      message: `unknown keyword ${JSON.stringify(unknown[1])} is ignored (a typo? custom keywords should start with "x-")`
    };
  }
  const matching = /^property (.*) matches pattern (.*) \(use allowMatchingProperties\)$/.exec(msg);
  if (matching) {
    const [, name = "", pattern = ""] = matching;
    const path = findKeyword(schema, "patternProperties", void 0, (v, parent) => {
      const props = at(schema, parent)?.properties;
      return !!v && typeof v === "object" && Object.hasOwn(v, pattern) && !!props && typeof props === "object" && Object.hasOwn(props, name);
    }) ?? "";
    return {
      path,
      message: `property ${JSON.stringify(name)} also matches patternProperties ${JSON.stringify(pattern)}: both subschemas apply to it`
    };
  }
  const lone = /^"(if|then|else)" without/.exec(msg);
  if (lone) {
    const keyword = lone[1] ?? "if";
    const path = findKeyword(schema, keyword, void 0, (_, parent) => {
      const s = at(schema, parent) ?? {};
      const has = (k) => Object.hasOwn(s, k);
      return keyword === "if" ? !has("then") && !has("else") : !has("if");
    }) ?? "";
    return { path, message: msg };
  }
  return { path: "", message: msg };
}

const PREFIX = "modelgate:empty-enum:";
const EMPTY_ENUM = `${PREFIX}${randomUUID()}`;
function emptyEnumMarker() {
  return { [EMPTY_ENUM]: true };
}
function isEmptyEnum(allowed) {
  const [only] = allowed;
  return allowed.length === 1 && !!only && typeof only === "object" && Object.keys(only).some((k) => k.startsWith(PREFIX));
}
function rewriteEmptyEnums(schema) {
  const found = [];
  for (const [pointer, key, value, parent] of walkSchema(schema)) {
    if (key !== "enum" || !Array.isArray(value) || value.length > 0) continue;
    if (parent === "properties" || parent === "patternProperties" || parent === "$defs") continue;
    value.push(emptyEnumMarker());
    found.push(pointer);
  }
  return found;
}
const PROTO = "__proto__";
const PROTO_PATTERN = "^__proto__$";
function rewriteProtoProperties(schema, pointer = "", inMap = false) {
  if (!schema || typeof schema !== "object") return [];
  const found = [];
  const node = schema;
  const props = node.properties;
  if (!inMap && !Array.isArray(node) && props && typeof props === "object" && Object.hasOwn(props, PROTO)) {
    const sub = props[PROTO];
    delete props[PROTO];
    const patterns = node.patternProperties ??= {};
    patterns[PROTO_PATTERN] = Object.hasOwn(patterns, PROTO_PATTERN) ? { allOf: [patterns[PROTO_PATTERN], sub] } : sub;
    found.push(`${pointer}/properties/__proto__`);
  }
  for (const [k, v] of Object.entries(node)) {
    const p = `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    found.push(...rewriteProtoProperties(v, p, !inMap && SCHEMA_MAPS.has(k)));
  }
  return found;
}
function* objects(node, pointer = "") {
  if (!node || typeof node !== "object") return;
  if (!Array.isArray(node)) yield [node, pointer];
  for (const [k, v] of Object.entries(node))
    yield* objects(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
}
function staticDynamicRefs(schema, file, anchors) {
  const all = [...objects(schema)];
  for (const [node, pointer] of all) {
    const name = node.$dynamicAnchor;
    if (typeof name !== "string") continue;
    const places = anchors.get(name) ?? /* @__PURE__ */ new Set();
    places.add(`${file}#${pointer}`);
    anchors.set(name, places);
    if (places.size > 1) {
      return {
        refused: `$dynamicAnchor ${JSON.stringify(name)} is declared more than once (${[...places].join(", ")}): modelgate evaluates $dynamicRef only where it resolves to a single declaration; rename one anchor or use $ref`
      };
    }
  }
  for (const [node] of all) {
    const target = node.$dynamicRef;
    if (typeof target !== "string") continue;
    delete node.$dynamicRef;
    if (node.$ref === void 0) node.$ref = target;
    else node.allOf = [...Array.isArray(node.allOf) ? node.allOf : [], { $ref: target }];
  }
  return {};
}

function maybeBig(text) {
  const n = text.length;
  for (let i = 15; i < n; i += 16) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    let from = i;
    while (from > 0 && isDigit(text.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < n && to - from < 16 && isDigit(text.charCodeAt(to))) to++;
    if (to - from >= 16) return true;
  }
  return false;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function bigOf(token) {
  const n = Number(token);
  if (Number.isSafeInteger(n)) return void 0;
  const b = BigInt(token);
  return BigInt(n) === b ? void 0 : b;
}
const TAG = `big${Math.random().toString(36).slice(2, 10)}:`;
const TAG_JSON = TAG.replace("", "\\u0001");
const TAG_RE = new RegExp(`"${TAG_JSON.replace("\\", "\\\\")}(-?\\d+)"`, "g");
function parseExact(text, mayHoldBig = true) {
  if (!mayHoldBig || !maybeBig(text)) return { value: JSON.parse(text), big: false };
  let out = "";
  let from = 0;
  let big = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      continue;
    }
    if (c !== 45 && (c < 48 || c > 57)) continue;
    let j = c === 45 ? i + 1 : i;
    while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const next = j < n ? text.charCodeAt(j) : 0;
    const integer = next !== 46 && next !== 101 && next !== 69;
    if (integer && j - i >= 16) {
      const token = text.slice(i, j);
      if (bigOf(token) !== void 0) {
        out += `${text.slice(from, i)}"${TAG_JSON}${token}"`;
        from = j;
        big = true;
      }
    }
    i = j - 1;
    while (i + 1 < n && /[0-9.eE+-]/.test(text[i + 1])) i++;
  }
  if (!big) return { value: JSON.parse(text), big: false };
  const value = JSON.parse(
    out + text.slice(from),
    (_k, v) => typeof v === "string" && v.startsWith(TAG) ? BigInt(v.slice(TAG.length)) : v
  );
  return { value, big: true };
}
function jsonText(v) {
  if (typeof v === "bigint") return v.toString();
  const s = JSON.stringify(
    v,
    (_k, x) => typeof x === "bigint" ? `${TAG}${x.toString()}` : x
  );
  return s === void 0 ? "undefined" : s.replace(TAG_RE, "$1");
}
const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
function step(x, away) {
  f64[0] = x;
  i64[0] = i64[0] + (away ? 1n : -1n);
  return f64[0];
}
function ajvNumber(b, constants) {
  const r = Number(b);
  if (!constants.has(r)) return r;
  const exact = BigInt(r);
  const away = b > 0n ? b > exact : b < exact;
  return step(r, away);
}
function forAjv(v, constants) {
  if (typeof v === "bigint") return ajvNumber(v, constants);
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map((x) => forAjv(x, constants));
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === "__proto__")
      Object.defineProperty(out, k, { value: forAjv(x, constants), enumerable: true });
    else out[k] = forAjv(x, constants);
  }
  return out;
}
function bigConstants(schemas) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const visit = (node, depth) => {
    if (typeof node === "number") {
      if (Math.abs(node) >= 2 ** 53) out.add(node);
      return;
    }
    if (!node || typeof node !== "object" || seen.has(node) || depth > 200) return;
    seen.add(node);
    for (const x of Object.values(node)) visit(x, depth + 1);
  };
  for (const s of schemas) visit(s, 0);
  return out;
}

const MAX = 120;
const UNSAFE = new RegExp(HIDDEN_CHARACTERS.source, "g");
function escape(s) {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function cut(s, max) {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 55296 && c <= 56319) end--;
  return s.slice(0, end) + "\u2026";
}
function preview(value, max = MAX) {
  if (value === void 0) return "(missing)";
  if (typeof value === "string") return cut(escape(JSON.stringify(cut(value, max + 1))), max);
  if (typeof value !== "object" || value === null) return cut(escape(String(value)), max);
  let out = "";
  const visit = (v) => {
    if (out.length > max) return false;
    if (Array.isArray(v)) {
      out += "[";
      for (let i = 0; i < v.length; i++) {
        if (i) out += ",";
        if (!visit(v[i])) return false;
      }
      out += "]";
    } else if (v && typeof v === "object") {
      out += "{";
      let first = true;
      for (const k of Object.keys(v)) {
        out += (first ? "" : ",") + JSON.stringify(k.length > max ? k.slice(0, max) : k) + ":";
        first = false;
        if (!visit(v[k])) return false;
      }
      out += "}";
    } else {
      out += typeof v === "string" ? JSON.stringify(v.length > max ? v.slice(0, max + 1) : v) : String(v);
    }
    return out.length <= max;
  };
  visit(value);
  return cut(escape(out), max);
}
function viewElements(v, map) {
  return v instanceof DataView ? [] : Array.from(v, map);
}

function recordViolation(keyword, text, message) {
  return { schemaPath: "", keyword, pointer: "", value: void 0, text, message };
}
class Collector {
  constructor(samples) {
    this.samples = samples;
  }
  samples;
  groups = /* @__PURE__ */ new Map();
  problems = [];
  rows = 0;
  invalidRows = 0;
  /** One invalid record; a group counts it once even if it breaks that keyword twice. */
  addInvalid(line, record, violations) {
    this.invalidRows++;
    const seen = /* @__PURE__ */ new Set();
    for (const v of violations) {
      const key = `${v.schemaPath}\0${v.keyword}`;
      let g = this.groups.get(key);
      if (!g) {
        g = {
          schemaPath: v.schemaPath,
          keyword: v.keyword,
          message: escape(v.message),
          count: 0,
          samples: []
        };
        this.groups.set(key, g);
      }
      if (!seen.has(key)) {
        seen.add(key);
        g.count++;
      }
      if (g.samples.length < this.samples) {
        g.samples.push({
          line,
          record,
          pointer: v.pointer,
          value: v.text !== void 0 ? preview(v.text) : preview(v.value),
          message: escape(v.pointer ? `${v.pointer}: ${v.message}` : v.message)
        });
      }
    }
  }
  /** A record that cannot be evaluated at all: the file's result becomes an error. */
  addProblem(line, message) {
    if (this.problems.length < 3) this.problems.push({ line, message: escape(message) });
  }
  result(lines) {
    return {
      lines,
      rows: this.rows,
      invalidRows: this.invalidRows,
      groups: [...this.groups.values()],
      ...this.problems.length ? { problems: this.problems } : {}
    };
  }
}
function unescapePointer(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function escapePointer(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function valueAt(root, pointer) {
  if (!pointer) return root;
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[unescapePointer(raw)];
  }
  return node;
}
function fromAjv(errors, record) {
  const out = [];
  for (const e of errors ?? []) {
    let pointer = e.instancePath;
    let message = e.message ?? e.keyword;
    const params = e.params;
    let value;
    if (e.keyword === "required" && typeof params.missingProperty === "string") {
      pointer += `/${escapePointer(params.missingProperty)}`;
      message = `required property ${JSON.stringify(params.missingProperty)} is missing`;
      value = void 0;
    } else if (e.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
      pointer += `/${escapePointer(params.additionalProperty)}`;
      message = `property ${JSON.stringify(params.additionalProperty)} is not allowed`;
      value = valueAt(record, pointer);
    } else {
      value = valueAt(record, pointer);
      if (e.keyword === "enum" && Array.isArray(params.allowedValues)) {
        if (isEmptyEnum(params.allowedValues)) message = "no value is allowed (the enum is empty)";
        else {
          const allowed = params.allowedValues.slice(0, 10).map((x) => JSON.stringify(x));
          message = `must be one of ${allowed.join(", ")}${params.allowedValues.length > 10 ? ", \u2026" : ""}`;
        }
      }
    }
    out.push({ schemaPath: e.schemaPath, keyword: e.keyword, pointer, value, message });
  }
  return out;
}

const LF = 10;
const NO_CONSTANTS = /* @__PURE__ */ new Set();
function validateRecord(v, c, line, record, value, big = false) {
  if (deeperThan(value, MAX_VALUE_DEPTH)) {
    c.addProblem(
      line,
      `record nests objects or arrays more than ${MAX_VALUE_DEPTH} levels deep; modelgate does not evaluate values that deep`
    );
    return;
  }
  try {
    v.tap?.(line, record, value);
    const checked = big ? forAjv(value, v.bigConstants ?? NO_CONSTANTS) : value;
    if (v.fast(checked)) return;
    v.full(checked);
  } catch (err) {
    c.addProblem(line, cannotEvaluate(err));
    return;
  }
  const violations = fromAjv(v.full.errors, value);
  c.addInvalid(
    line,
    record,
    violations.length ? violations : [
      {
        schemaPath: "#",
        keyword: "false",
        pointer: "",
        value,
        message: "the schema rejects every value"
      }
    ]
  );
}
function cannotEvaluate(err) {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof RangeError && /call stack/i.test(message)) {
    return "cannot evaluate this record: the schema recurses without end on it (a $ref cycle that does not descend into the data)";
  }
  return `cannot evaluate this record: ${message}`;
}
function validateOne(v, c, line, record, s, hint = "", maybeBig = true) {
  let parsed;
  try {
    parsed = parseExact(s, maybeBig);
  } catch (err) {
    c.addInvalid(line, record, [
      {
        schemaPath: "",
        keyword: "parse",
        pointer: "",
        value: void 0,
        text: s,
        message: `invalid JSON: ${err.message}${hint}`
      }
    ]);
    return;
  }
  validateRecord(v, c, line, record, parsed.value, parsed.big);
}
function encodingViolation() {
  return recordViolation("encoding", "", "not valid UTF-8");
}
function countLines(buf) {
  let n = 0;
  let i = buf.indexOf(LF);
  while (i !== -1) {
    n++;
    i = buf.indexOf(LF, i + 1);
  }
  return n;
}
function isBlank(line) {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
function badUtf8Lines(buf) {
  const bad = /* @__PURE__ */ new Set();
  let start = 0;
  let line = 1;
  while (start <= buf.length) {
    let end = buf.indexOf(LF, start);
    if (end === -1) end = buf.length;
    if (!isUtf8(buf.subarray(start, end))) bad.add(line);
    start = end + 1;
    line++;
  }
  return bad;
}
function decode(buf) {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (isUtf8(buf)) return { text: b.toString("utf8") };
  return { text: b.toString("utf8"), bad: badUtf8Lines(buf) };
}
function validateJsonlChunk(buf, info, v) {
  const c = new Collector(info.samples);
  const { text, bad } = decode(buf);
  const maybeBig$1 = maybeBig(text);
  const len = text.length;
  let pos = 0;
  let line = 0;
  let newlines = 0;
  while (pos < len) {
    let nl = text.indexOf("\n", pos);
    const hasNewline = nl !== -1;
    if (hasNewline) newlines++;
    else nl = len;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const s = text.slice(pos, end);
    pos = nl + 1;
    line++;
    if (s.length === 0 || s.charCodeAt(0) <= 32 && isBlank(s)) continue;
    const record = c.rows++;
    if (bad?.has(line)) {
      c.addInvalid(line, record, [encodingViolation()]);
      continue;
    }
    validateOne(
      v,
      c,
      line,
      record,
      s,
      info.last && !hasNewline ? " (the last line has no newline: is the file truncated?)" : "",
      maybeBig$1
    );
  }
  return c.result(newlines);
}

const NUMBER_DOT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_COMMA = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;
const LEADING_ZERO = /^[+-]?0\d/;
const INTEGER = /^[+-]?\d+$/;
const identity = (cell) => cell;
const castState = { big: false };
function parseNumberCell(cell, decimal = ".", codes = false) {
  if (!(decimal === "," ? NUMBER_COMMA : NUMBER_DOT).test(cell)) return void 0;
  if (codes && LEADING_ZERO.test(cell)) return void 0;
  const text = decimal === "," ? cell.replace(",", ".") : cell;
  if (text.length >= 16 && INTEGER.test(text)) {
    const big = bigOf(text.charCodeAt(0) === 43 ? text.slice(1) : text);
    if (big !== void 0) return big;
  }
  const n = Number(text);
  return Number.isFinite(n) ? n : void 0;
}
const BOOLEANS = /* @__PURE__ */ new Map([
  ["true", true],
  ["false", false],
  ["True", true],
  ["False", false],
  ["TRUE", true],
  ["FALSE", false]
]);
function parseBooleanCell(cell) {
  return BOOLEANS.get(cell);
}
function casterFor(types, dialect = {}) {
  if (!types || types.size === 0) return identity;
  const nul = types.has("null");
  const bool = types.has("boolean");
  const num = types.has("number") || types.has("integer");
  const json = types.has("object") || types.has("array");
  if (!nul && !bool && !num && !json) return identity;
  const nulls = new Set(dialect.nullValues ?? [""]);
  const decimal = dialect.decimal ?? ".";
  const codes = types.has("string");
  return (cell) => {
    if (nul && nulls.has(cell)) return null;
    if (cell === "") return cell;
    if (bool) {
      const b = BOOLEANS.get(cell);
      if (b !== void 0) return b;
    }
    if (num) {
      const c = cell.charCodeAt(0);
      if (c === 45 || c === 43 || c === 46 || c === 44 || c >= 48 && c <= 57) {
        const n = parseNumberCell(cell, decimal, codes);
        if (typeof n === "bigint") castState.big = true;
        if (n !== void 0) return n;
      }
    }
    if (json && (cell[0] === "{" || cell[0] === "[")) {
      try {
        return JSON.parse(cell);
      } catch {
        return cell;
      }
    }
    return cell;
  };
}
function typeOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}
function deref(bundle, node, base, depth) {
  if (!node || typeof node !== "object" || typeof node.$ref !== "string" || depth > 20)
    return [node, base];
  const target = new URL(node.$ref, base);
  const docUri = target.href.replace(/#.*$/, "");
  let doc;
  if (docUri === bundle.rootId.replace(/#.*$/, "") || docUri === base.replace(/#.*$/, "") && base === bundle.rootId) {
    doc = bundle.root;
  } else {
    doc = bundle.refs.find((r) => r.uri.replace(/#.*$/, "") === docUri)?.schema;
  }
  if (doc === void 0) return [void 0, base];
  let cur = doc;
  const frag = decodeURIComponent(target.hash.slice(1));
  if (frag.startsWith("/")) {
    for (const tok of frag.slice(1).split("/")) {
      if (!cur || typeof cur !== "object") return [void 0, base];
      cur = cur[tok.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
  } else if (frag) {
    return [void 0, base];
  }
  return deref(bundle, cur, docUri, depth + 1);
}
function collectTypes(bundle, node, base, out, depth = 0) {
  [node, base] = deref(bundle, node, base, depth);
  if (!node || typeof node !== "object" || depth > 20) return;
  const t = node.type;
  if (typeof t === "string") out.add(t);
  else if (Array.isArray(t)) for (const x of t) out.add(x);
  if (t === void 0) {
    if ("const" in node) out.add(typeOf(node.const));
    if (Array.isArray(node.enum)) for (const v of node.enum) out.add(typeOf(v));
  }
  for (const k of ["anyOf", "oneOf", "allOf"]) {
    const list = node[k];
    if (Array.isArray(list))
      for (const sub of list) collectTypes(bundle, sub, base, out, depth + 1);
  }
}
function columnTypes(bundle, columns) {
  const [root, base] = deref(bundle, bundle.root, bundle.rootId, 0);
  const props = root && typeof root === "object" ? root.properties : void 0;
  return columns.map((c) => {
    const sub = props && Object.hasOwn(props, c) ? props[c] : void 0;
    if (sub === void 0) return void 0;
    const types = /* @__PURE__ */ new Set();
    collectTypes(bundle, sub, base, types);
    return types.size ? types : void 0;
  });
}

export { Collector as C, MAX_SCHEMA_DEPTH as M, countLines as a, escape as b, castState as c, decode as d, encodingViolation as e, parseNumberCell as f, findKeyword as g, firstTooDeep as h, staticDynamicRefs as i, rewriteEmptyEnums as j, rewriteProtoProperties as k, locateWarning as l, jsonText as m, preview as n, validateOne as o, parseBooleanCell as p, viewElements as q, recordViolation as r, shortPointer as s, validateJsonlChunk as t, columnTypes as u, validateRecord as v, walkSchema as w, casterFor as x, bigConstants as y };
