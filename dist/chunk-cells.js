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

export { columnTypes as a, parseBooleanCell as b, castState as c, parseNumberCell as d, bigConstants as e, forAjv as f, casterFor as g, jsonText as j, maybeBig as m, parseExact as p };
