import { isUtf8 } from 'node:buffer';
import { e as escape, p as preview } from './chunk-value.js';

class Collector {
  constructor(samples) {
    this.samples = samples;
  }
  samples;
  groups = /* @__PURE__ */ new Map();
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
  result(lines) {
    return {
      lines,
      rows: this.rows,
      invalidRows: this.invalidRows,
      groups: [...this.groups.values()]
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
        const allowed = params.allowedValues.slice(0, 10).map((x) => JSON.stringify(x));
        message = `must be one of ${allowed.join(", ")}${params.allowedValues.length > 10 ? ", \u2026" : ""}`;
      }
    }
    out.push({ schemaPath: e.schemaPath, keyword: e.keyword, pointer, value, message });
  }
  return out;
}

const LF = 10;
function validateRecord(v, c, line, record, value) {
  v.tap?.(line, record, value);
  if (v.fast(value)) return;
  v.full(value);
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
function validateOne(v, c, line, record, s, hint = "") {
  let value;
  try {
    value = JSON.parse(s);
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
  validateRecord(v, c, line, record, value);
}
function encodingViolation() {
  return {
    schemaPath: "",
    keyword: "encoding",
    pointer: "",
    value: void 0,
    text: "",
    message: "not valid UTF-8"
  };
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
      info.last && !hasNewline ? " (the last line has no newline: is the file truncated?)" : ""
    );
  }
  return c.result(newlines);
}

export { Collector as C, validateOne as a, validateJsonlChunk as b, countLines as c, decode as d, encodingViolation as e, validateRecord as v };
