import { b as bigOf } from './chunk-exact.js';

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

export { columnTypes as a, casterFor as b, castState as c, parseNumberCell as d, parseBooleanCell as p };
