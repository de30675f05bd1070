// Tail probabilities for the drift tests: the Kolmogorov distribution (two-sample KS) and the
// chi-square distribution (through the regularized upper incomplete gamma function). simple-
// statistics has ln Γ but no incomplete gamma nor Kolmogorov tail, hence these two.
import { gammaln } from 'simple-statistics';

/**
 * Asymptotic p-value of the two-sample KS statistic D for samples of n and m values, with
 * Stephens' small-sample correction (as in Numerical Recipes' probks / SciPy's 'asymp' mode).
 */
export function ksPValue(d: number, n: number, m: number): number {
  if (!(n > 0 && m > 0)) return 1;
  const en = Math.sqrt((n * m) / (n + m));
  const lambda = (en + 0.12 + 0.11 / en) * d;
  if (lambda < 1e-3) return 1;
  let sum = 0;
  let sign = 1;
  for (let j = 1; j <= 100; j++) {
    const term = sign * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12 * Math.abs(sum)) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/** Q(a, x) = Γ(a, x) / Γ(a): series below a + 1, Lentz's continued fraction above. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnPre = -x + a * Math.log(x) - gammaln(a);
  if (x < a + 1) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let i = 0; i < 1000; i++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(lnPre));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(lnPre) * h);
}

/** P(X ≥ x) for X ~ χ²(df). */
export function chiSquareSf(x: number, df: number): number {
  if (df <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}
