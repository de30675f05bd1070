function check(p) {
  for (const [i, v] of p.entries()) {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`p-value #${i} must be in [0, 1], got ${v}`);
  }
}
function ascendingOrder(p) {
  return p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
}
function holm(p) {
  check(p);
  const m = p.length;
  const out = new Array(m);
  let running = 0;
  ascendingOrder(p).forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[idx]));
    out[idx] = running;
  });
  return out;
}

export { holm as h };
