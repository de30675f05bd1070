function parseThreshold(raw, name) {
  const s = String(raw).trim();
  if (/^\d+$/.test(s)) return { raw: s, count: Number(s) };
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(s);
  if (m && Number(m[1]) <= 100) return { raw: `${m[1]}%`, percent: Number(m[1]) };
  throw new Error(
    `${name} must be a whole number of rows or a percentage like "0.5%", got ${JSON.stringify(s)}`
  );
}
function exceeds(t, invalid, rows) {
  if (t.count !== void 0) return invalid > t.count;
  return rows > 0 && invalid / rows * 100 > t.percent;
}
function thresholdStatus(max, warn, invalid, rows) {
  if (exceeds(max, invalid, rows)) return "fail";
  if (warn && exceeds(warn, invalid, rows)) return "warn";
  return "pass";
}
function formatShare(share) {
  const pct = share * 100;
  if (pct === 0) return "0%";
  if (pct < 0.01) return "<0.01%";
  return `${pct < 1 ? pct.toFixed(2) : pct.toFixed(1)}%`;
}

export { formatShare as f, parseThreshold as p, thresholdStatus as t };
