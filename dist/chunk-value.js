const MAX = 120;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
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

export { escape as e, preview as p };
