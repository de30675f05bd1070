const ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u26D4",
  skip: "\u2796"
};
function statusLabel(status) {
  return `${ICON[status]} ${status}`;
}
function group3(int) {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function fmtNum(x) {
  if (x === null || x === void 0 || !Number.isFinite(x)) return "\u2013";
  const abs = Math.abs(x);
  if (abs >= 1e4) return (x < 0 ? "\u2212" : "") + group3(Math.round(abs).toString());
  if (abs === 0) return "0";
  const text = String(Number(abs.toPrecision(4)));
  if (abs < 1e3) return x < 0 ? `\u2212${text}` : text;
  const [int = "0", frac] = text.split(".");
  return (x < 0 ? "\u2212" : "") + group3(int) + (frac ? `.${frac}` : "");
}
function compactNumber(x, opts) {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= opts.small && abs < opts.large) return String(Number(x.toPrecision(opts.digits)));
  return opts.outside === "precision" ? x.toPrecision(opts.expDigits + 1) : x.toExponential(opts.expDigits);
}
function fmtDelta(x) {
  if (x === null || x === void 0 || !Number.isFinite(x)) return "\u2013";
  if (x === 0) return "\xB10";
  return (x > 0 ? "+" : "") + fmtNum(x);
}
function fmtPct(share, signed = false) {
  if (share === null || share === void 0 || !Number.isFinite(share)) return "\u2013";
  const pct = share * 100;
  const abs = Math.abs(pct);
  const digits = abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(abs)));
  let body = abs.toFixed(digits);
  if (body.includes(".")) body = body.replace(/0+$/, "").replace(/\.$/, "");
  const sign = pct < 0 ? "\u2212" : signed && pct > 0 ? "+" : signed ? "\xB1" : "";
  return `${sign}${body}%`;
}
function fmtCount(n) {
  if (n === null || n === void 0 || !Number.isFinite(n)) return "\u2013";
  return (n < 0 ? "\u2212" : "") + group3(Math.round(Math.abs(n)).toString());
}
function fmtBytes(n) {
  if (n === null || n === void 0 || !Number.isFinite(n) || n < 0) return "\u2013";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : Number(v.toPrecision(3))} ${units[u]}`;
}
function plural(n, one, many = `${one}s`) {
  return `${fmtCount(n)} ${n === 1 ? one : many}`;
}
function shortSha(sha) {
  return sha && /^[0-9a-f]{7,40}$/i.test(sha) ? sha.slice(0, 7) : void 0;
}
function rowDecimals(...values) {
  const finite = values.filter((v) => typeof v === "number" && Number.isFinite(v));
  const top = Math.max(0, ...finite.map(Math.abs));
  if (top === 0) return 0;
  return Math.min(6, Math.max(0, 3 - Math.floor(Math.log10(top))));
}
function fmtFixed(x, decimals) {
  if (x === null || x === void 0 || !Number.isFinite(x)) return "\u2013";
  const text = Math.abs(x).toFixed(decimals);
  const [int = "0", frac] = text.split(".");
  const negative = x < 0 && Number(text) !== 0;
  return (negative ? "\u2212" : "") + group3(int) + (frac ? `.${frac}` : "");
}
function fmtSignedFixed(x, decimals) {
  if (x === null || x === void 0 || !Number.isFinite(x)) return "\u2013";
  const body = fmtFixed(Math.abs(x), decimals);
  if (Number(Math.abs(x).toFixed(decimals)) === 0) return `\xB1${body}`;
  return (x > 0 ? "+" : "\u2212") + body;
}
function shortenMiddle(text, max) {
  const chars = [...text];
  if (chars.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return chars.slice(0, head).join("") + "\u2026" + chars.slice(chars.length - tail).join("");
}
const HIDDEN_CHARACTERS = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
);

export { HIDDEN_CHARACTERS as H, ICON as I, shortSha as a, fmtNum as b, compactNumber as c, fmtPct as d, fmtBytes as e, fmtCount as f, shortenMiddle as g, fmtFixed as h, fmtSignedFixed as i, fmtDelta as j, plural as p, rowDecimals as r, statusLabel as s };
