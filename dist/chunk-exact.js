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

export { bigConstants as a, bigOf as b, forAjv as f, jsonText as j, maybeBig as m, parseExact as p };
