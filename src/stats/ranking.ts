// Ranking quality per query. A ranking metric is the mean over queries of a per-query value,
// so the paired bootstrap resamples queries (never documents: documents of one query are not
// independent) and is the ordinary paired mean bootstrap over per-query differences.
//
// NDCG@k follows scikit-learn's ndcg_score (linear gains, log2 discounts, ties in the score
// averaged as in McSherry & Najork 2008, a query with no relevant document scores 0). MRR is
// 1 / the rank of the best-placed relevant document, with ties counted against the model: a
// relevant document shares its score with others ranks after all of them, so constant scores
// cannot earn a good rank. A query with no relevant document scores 0.

/** Groups row indices by query, in order of first appearance. */
export function groupByQuery(queries: readonly string[]): Int32Array[] {
  const groups = new Map<string, number[]>();
  queries.forEach((q, i) => {
    const g = groups.get(q);
    if (g) g.push(i);
    else groups.set(q, [i]);
  });
  return [...groups.values()].map((g) => Int32Array.from(g));
}

function discount(position: number): number {
  return 1 / Math.log2(position + 2);
}

/** DCG@k of `rows` ranked by score (descending), averaging gains over tied scores. */
function dcg(rows: Int32Array, relevance: Float64Array, score: Float64Array, k: number): number {
  const order = Array.from(rows).sort((a, b) => score[b]! - score[a]!);
  let total = 0;
  for (let start = 0; start < order.length && start < k;) {
    let end = start;
    let gain = 0;
    while (end < order.length && score[order[end]!] === score[order[start]!]) {
      gain += relevance[order[end]!]!;
      end++;
    }
    let disc = 0;
    for (let p = start; p < Math.min(end, k); p++) disc += discount(p);
    total += (gain / (end - start)) * disc;
    start = end;
  }
  return total;
}

/** NDCG@k of one query. */
export function ndcgAt(
  rows: Int32Array,
  relevance: Float64Array,
  score: Float64Array,
  k: number,
): number {
  const ideal = dcg(rows, relevance, relevance, k);
  return ideal === 0 ? 0 : dcg(rows, relevance, score, k) / ideal;
}

/** Reciprocal rank of the best-placed relevant document of one query (ties pessimistic). */
export function reciprocalRank(
  rows: Int32Array,
  relevance: Float64Array,
  score: Float64Array,
): number {
  let best = -Infinity;
  for (const i of rows) if (relevance[i]! > 0 && score[i]! > best) best = score[i]!;
  if (best === -Infinity) return 0;
  let rank = 0;
  for (const i of rows) if (score[i]! >= best) rank++;
  return 1 / rank;
}
