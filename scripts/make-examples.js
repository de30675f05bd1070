// Regenerates the bundled example project under examples/ (deterministic: same bytes every run).
// A churn classifier: customer data to validate, and a baseline and a candidate model scored on the
// same 3,000 held-out customers. The candidate is better on `eu` and `us`, about the same overall, and
// clearly worse on `apac`; the holdout CSV carries two bad rows, so `modelgate run` on it (with
// examples/modelgate.yml) shows one warning and one failure.
import { mkdirSync, writeFileSync } from 'node:fs';

let s = 0x9e3779b9;
function rand() {
  // mulberry32: tiny, seeded, good enough for example data.
  s = (s + 0x6d2b79f5) | 0;
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const regions = ['eu', 'us', 'apac'];
const plans = ['basic', 'pro', 'enterprise'];

function customer(i) {
  const day = 1 + Math.floor(rand() * 28);
  const month = 1 + Math.floor(rand() * 12);
  const spend = Math.round(rand() * 40000) / 100;
  return {
    customer_id: `C${String(100000 + i)}`,
    signup_date: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(Math.floor(rand() * 24)).padStart(2, '0')}:00:00Z`,
    region: pick(regions),
    plan: pick(plans),
    monthly_spend: spend,
    tenure_months: Math.floor(rand() * 60),
    support_tickets: Math.floor(rand() * 8),
    nps: rand() < 0.2 ? null : Math.floor(rand() * 201) - 100,
    churned: rand() < 0.27,
  };
}

mkdirSync('examples/data', { recursive: true });
const train = Array.from({ length: 400 }, (_, i) => customer(i));
writeFileSync('examples/data/train.jsonl', train.map((r) => JSON.stringify(r)).join('\n') + '\n');

const holdout = Array.from({ length: 200 }, (_, i) => customer(1000 + i));
// Two rows the schema rejects: the kind of thing an upstream export change introduces.
holdout[41].monthly_spend = -12.5;
holdout[137].plan = 'premium';
const cols = Object.keys(holdout[0]);
const cell = (v) => (v === null ? '' : String(v));
writeFileSync(
  'examples/data/holdout.csv',
  [cols.join(','), ...holdout.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n') + '\n',
);

// Per-example scores. Accuracy per region: baseline eu .86 us .85 apac .84;
// candidate eu .90 us .89 apac .77 (a real, significant drop on apac).
const acc = {
  baseline: { eu: 0.86, us: 0.85, apac: 0.84 },
  candidate: { eu: 0.9, us: 0.89, apac: 0.77 },
};
const rows = { baseline: [], candidate: [] };
for (let i = 0; i < 3000; i++) {
  const region = regions[i % 3];
  const label = rand() < 0.27 ? 1 : 0;
  const u = rand();
  for (const model of ['baseline', 'candidate']) {
    // The same uniform draw for both models keeps their errors correlated, as real models' are.
    const correct = u < acc[model][region] ? 1 : 0;
    const prediction = correct ? label : 1 - label;
    const p = correct ? 0.55 + 0.4 * rand() : 0.05 + 0.4 * rand();
    const loss = Math.round(-Math.log(p) * 1e4) / 1e4;
    rows[model].push({ id: `C${200000 + i}`, region, label, prediction, correct, loss });
  }
}
mkdirSync('examples/eval', { recursive: true });
for (const model of ['baseline', 'candidate']) {
  writeFileSync(
    `examples/eval/${model}.jsonl`,
    rows[model].map((r) => JSON.stringify(r)).join('\n') + '\n',
  );
}

// Aggregate metrics as an evaluation script would write them (DVC-style nested JSON).
function summarize(list) {
  const mean = (k, xs = list) => xs.reduce((a, r) => a + r[k], 0) / xs.length;
  const tp = list.filter((r) => r.label === 1 && r.prediction === 1).length;
  const fp = list.filter((r) => r.label === 0 && r.prediction === 1).length;
  const fn = list.filter((r) => r.label === 1 && r.prediction === 0).length;
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const round = (x) => Math.round(x * 1e4) / 1e4;
  return {
    accuracy: round(mean('correct')),
    precision: round(precision),
    recall: round(recall),
    f1: round((2 * precision * recall) / (precision + recall)),
    log_loss: round(mean('loss')),
  };
}
mkdirSync('examples/metrics', { recursive: true });
for (const model of ['baseline', 'candidate']) {
  const list = rows[model];
  const out = {
    test: summarize(list),
    latency_ms_p95: model === 'baseline' ? 41.2 : 44.9,
    model_size_mb: model === 'baseline' ? 118.4 : 121.0,
  };
  writeFileSync(`examples/metrics/${model}.json`, JSON.stringify(out, null, 2) + '\n');
}
console.log('examples regenerated');
