// Statistics of one model's predictions over a set of examples, each computed with optional
// integer weights: a bootstrap resample is the same examples weighted by how often they were
// drawn, so one O(n) pass per replicate serves every statistic (the ranking ones sort once,
// outside the resampling loop). Weights null = every example once.
//
// Conventions follow scikit-learn, whose values the tests compare against: ties in a score
// count half in ROC-AUC; average precision is the step-wise Σ (Rₖ − Rₖ₋₁)·Pₖ over distinct
// thresholds (no interpolation); an F1 whose denominator is 0 is 0; macro averages run over
// the union of true and predicted classes. ECE uses 10 equal-width bins of the predicted
// probability, [0, 0.1), …, [0.9, 1.0], weighted by the examples in each bin.

export type Weights = Uint32Array | null;

function w(weights: Weights, i: number): number {
  return weights ? weights[i]! : 1;
}

/** Indices sorted by score, ascending; equal scores stay together. */
export function orderByScore(scores: Float64Array): Int32Array {
  const idx = new Int32Array(scores.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => scores[a]! - scores[b]!);
}

/**
 * ROC-AUC: the probability that a random positive outscores a random negative, ties half.
 * NaN when either class is absent (the statistic is undefined).
 */
export function rocAuc(
  positive: Uint8Array,
  scores: Float64Array,
  order: Int32Array,
  weights: Weights,
): number {
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  for (let k = 0; k < order.length;) {
    const s = scores[order[k]!]!;
    let p = 0;
    let q = 0;
    for (; k < order.length && scores[order[k]!] === s; k++) {
      const i = order[k]!;
      if (positive[i]) p += w(weights, i);
      else q += w(weights, i);
    }
    sum += p * (negBelow + q / 2);
    negBelow += q;
    pos += p;
  }
  return pos === 0 || negBelow === 0 ? NaN : sum / (pos * negBelow);
}

/** Average precision (area under the precision-recall steps). NaN without positives. */
export function averagePrecision(
  positive: Uint8Array,
  scores: Float64Array,
  order: Int32Array,
  weights: Weights,
): number {
  let totalPos = 0;
  for (let i = 0; i < positive.length; i++) if (positive[i]) totalPos += w(weights, i);
  if (totalPos === 0) return NaN;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let lastRecall = 0;
  for (let k = order.length - 1; k >= 0;) {
    const s = scores[order[k]!]!;
    for (; k >= 0 && scores[order[k]!] === s; k--) {
      const i = order[k]!;
      if (positive[i]) tp += w(weights, i);
      else fp += w(weights, i);
    }
    if (tp + fp === 0) continue;
    const recall = tp / totalPos;
    ap += (recall - lastRecall) * (tp / (tp + fp));
    lastRecall = recall;
  }
  return ap;
}

/** Mean of (score − label)² for 0/1 labels and probabilities. */
export function brier(positive: Uint8Array, scores: Float64Array, weights: Weights): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const d = scores[i]! - positive[i]!;
    sum += w(weights, i) * d * d;
    n += w(weights, i);
  }
  return n === 0 ? NaN : sum / n;
}

export const ECE_BINS = 10;

/** Expected calibration error over ECE_BINS equal-width bins of the probability. */
export function expectedCalibrationError(
  positive: Uint8Array,
  scores: Float64Array,
  weights: Weights,
): number {
  const count = new Float64Array(ECE_BINS);
  const hits = new Float64Array(ECE_BINS);
  const conf = new Float64Array(ECE_BINS);
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const wi = w(weights, i);
    const b = Math.min(ECE_BINS - 1, Math.floor(scores[i]! * ECE_BINS));
    count[b]! += wi;
    hits[b]! += wi * positive[i]!;
    conf[b]! += wi * scores[i]!;
    n += wi;
  }
  if (n === 0) return NaN;
  let ece = 0;
  for (let b = 0; b < ECE_BINS; b++) if (count[b]! > 0) ece += Math.abs(hits[b]! - conf[b]!) / n;
  return ece;
}

/** Root mean squared error, or mean absolute error with `absolute`. */
export function regressionError(
  target: Float64Array,
  prediction: Float64Array,
  weights: Weights,
  absolute: boolean,
): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < target.length; i++) {
    const d = prediction[i]! - target[i]!;
    sum += w(weights, i) * (absolute ? Math.abs(d) : d * d);
    n += w(weights, i);
  }
  if (n === 0) return NaN;
  return absolute ? sum / n : Math.sqrt(sum / n);
}

/** Per-class true positives, predicted and actual counts; classes are small integers. */
function classCounts(
  truth: Int32Array,
  predicted: Int32Array,
  classes: number,
  weights: Weights,
): { tp: Float64Array; predicted: Float64Array; actual: Float64Array; n: number } {
  const tp = new Float64Array(classes);
  const pred = new Float64Array(classes);
  const actual = new Float64Array(classes);
  let n = 0;
  for (let i = 0; i < truth.length; i++) {
    const wi = w(weights, i);
    actual[truth[i]!]! += wi;
    pred[predicted[i]!]! += wi;
    if (truth[i] === predicted[i]) tp[truth[i]!]! += wi;
    n += wi;
  }
  return { tp, predicted: pred, actual, n };
}

/** Unweighted mean of the per-class F1 over every class (0 where a class has no support). */
export function macroF1(
  truth: Int32Array,
  predicted: Int32Array,
  classes: number,
  weights: Weights,
): number {
  const c = classCounts(truth, predicted, classes, weights);
  let sum = 0;
  for (let k = 0; k < classes; k++) {
    const denom = c.predicted[k]! + c.actual[k]!;
    sum += denom === 0 ? 0 : (2 * c.tp[k]!) / denom;
  }
  return sum / classes;
}

/** Micro-averaged F1; for single-label classification it equals accuracy. */
export function microF1(truth: Int32Array, predicted: Int32Array, weights: Weights): number {
  let hit = 0;
  let n = 0;
  for (let i = 0; i < truth.length; i++) {
    n += w(weights, i);
    if (truth[i] === predicted[i]) hit += w(weights, i);
  }
  return n === 0 ? NaN : hit / n;
}

/** Recall of one class: NaN when the class has no examples. */
export function classRecall(
  truth: Int32Array,
  predicted: Int32Array,
  cls: number,
  weights: Weights,
): number {
  let hit = 0;
  let n = 0;
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] !== cls) continue;
    n += w(weights, i);
    if (predicted[i] === cls) hit += w(weights, i);
  }
  return n === 0 ? NaN : hit / n;
}
