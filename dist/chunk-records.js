import { isUtf8 } from 'node:buffer';
import { e as escape, p as preview } from './chunk-value.js';
import { randomUUID } from 'node:crypto';
import { m as maybeBig, f as forAjv, p as parseExact } from './chunk-exact.js';

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

export { Collector as C, MAX_SCHEMA_DEPTH as M, staticDynamicRefs as a, rewriteEmptyEnums as b, countLines as c, decode as d, encodingViolation as e, firstTooDeep as f, rewriteProtoProperties as g, findKeyword as h, validateOne as i, validateJsonlChunk as j, locateWarning as l, recordViolation as r, shortPointer as s, validateRecord as v, walkSchema as w };
