// pass@k from n samples per problem of which c are correct: the unbiased estimator of Chen et
// al. (2021, "Evaluating Large Language Models Trained on Code", eq. 1),
// 1 − C(n−c, k) / C(n, k), the chance that k samples drawn without replacement from the n hold
// at least one correct one. Computed as their product form 1 − Π_{i=n−c+1..n} (1 − k/i), which
// never forms the binomial coefficients (they overflow for n in the hundreds).

/** pass@k for one problem; n ≥ k ≥ 1 and 0 ≤ c ≤ n, integers. */
export function passAtK(n: number, c: number, k: number): number {
  if (!(Number.isInteger(n) && Number.isInteger(c) && Number.isInteger(k)))
    throw new RangeError(`pass@k needs whole numbers, got n = ${n}, c = ${c}, k = ${k}`);
  if (k < 1 || n < k || c < 0 || c > n)
    throw new RangeError(`pass@k needs n ≥ k ≥ 1 and 0 ≤ c ≤ n, got n = ${n}, c = ${c}, k = ${k}`);
  if (n - c < k) return 1;
  let none = 1;
  for (let i = n - c + 1; i <= n; i++) none *= 1 - k / i;
  return 1 - none;
}
