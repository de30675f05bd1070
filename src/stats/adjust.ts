// Multiple-comparison adjustment of p-values, returned in the input order.
// Holm (1979): step-down, controls the family-wise error rate under any dependence.
// Benjamini & Hochberg (1995): step-up, controls the false discovery rate (independent or
// positively dependent tests). Both match R's p.adjust(method = "holm" / "BH").

function check(p: readonly number[]): void {
  for (const [i, v] of p.entries()) {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`p-value #${i} must be in [0, 1], got ${v}`);
  }
}

function ascendingOrder(p: readonly number[]): number[] {
  return p.map((_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
}

export function holm(p: readonly number[]): number[] {
  check(p);
  const m = p.length;
  const out = new Array<number>(m);
  let running = 0;
  ascendingOrder(p).forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[idx]!));
    out[idx] = running;
  });
  return out;
}

export function benjaminiHochberg(p: readonly number[]): number[] {
  check(p);
  const m = p.length;
  const out = new Array<number>(m);
  const order = ascendingOrder(p);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * p[idx]!);
    out[idx] = running;
  }
  return out;
}

export function bonferroni(p: readonly number[]): number[] {
  check(p);
  return p.map((v) => Math.min(1, v * p.length));
}
