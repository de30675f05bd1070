function segmentText(segment) {
  return segment === "" || /[."]/.test(segment) || segment.trim() !== segment ? JSON.stringify(segment) : segment;
}
function joinName(segments) {
  return segments.map(segmentText).join(".");
}
function splitName(name) {
  const out = [];
  let i = 0;
  for (; ; ) {
    if (name[i] === '"') {
      const end = closingQuote(name, i);
      if (end < 0) throw new Error(`unterminated quoted key in metric name ${name}`);
      out.push(JSON.parse(name.slice(i, end + 1)));
      i = end + 1;
      if (i < name.length && name[i] !== ".")
        throw new Error(`expected '.' after the quoted key in metric name ${name}`);
    } else {
      const dot = name.indexOf(".", i);
      const end = dot < 0 ? name.length : dot;
      const raw = name.slice(i, end);
      if (raw.includes('"'))
        throw new Error(`a key with a double quote is written as a quoted key in ${name}`);
      out.push(raw);
      i = end;
    }
    if (i >= name.length) return out;
    i++;
  }
}
function closingQuote(name, start) {
  for (let i = start + 1; i < name.length; i++) {
    if (name[i] === "\\") i++;
    else if (name[i] === '"') return i;
  }
  return -1;
}
function plainName(segments) {
  return segments.join(".");
}
function metricKey(name, slice) {
  return slice ? `\0${JSON.stringify([name, slice.key, slice.value])}` : name;
}
function metricLabel(name, slice) {
  return slice ? `${name} [${slice.key}=${slice.value}]` : name;
}

const MAX_METRIC_VALUES = 5e4;
function tooManyValues() {
  return `more than ${MAX_METRIC_VALUES.toLocaleString("en-US")} metric values (each becomes a row of the comparison); keep the metrics you gate, or split the file`;
}
function scalarProblem(value, plain) {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN, not a number";
    if (!Number.isFinite(value))
      return `${value > 0 ? "Infinity" : "-Infinity"}, not a finite number`;
    return void 0;
  }
  if (typeof value === "bigint") return "an integer too large to represent exactly";
  if (typeof value === "string") {
    if (plain && /^[-+]?nan$/i.test(value)) return "NaN, not a number";
    if (plain && /^[-+]?inf(inity)?$/i.test(value)) return `${value}, not a finite number`;
    return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "\u2026" : value)}), not a number`;
  }
  if (typeof value === "boolean") return `a boolean (${value}), not a number`;
  if (value === null || value === void 0) return "empty (null), not a number";
  if (value instanceof Date) return "a date, not a number";
  return "not a number";
}
function numberOf(node) {
  return node?.kind === "scalar" && scalarProblem(node.value, node.plain) === void 0 ? node.value : void 0;
}
function childOf(node, key) {
  return node?.kind === "map" ? node.entries.find((e) => e.key === key)?.node : void 0;
}
function childAt(node, key) {
  if (node?.kind === "map") return node.entries.find((e) => e.key === key)?.node;
  if (node?.kind === "seq" && /^(0|[1-9]\d*)$/.test(key)) return node.items[Number(key)];
  return void 0;
}
class Collector {
  constructor(file) {
    this.file = file;
  }
  file;
  values = /* @__PURE__ */ new Map();
  invalid = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  plain = /* @__PURE__ */ new Map();
  problems = [];
  lines = /* @__PURE__ */ new Map();
  full = false;
  /** Adds the value at a path of keys (or under a name already joined). */
  add(path, slice, node, extra = {}) {
    const name = typeof path === "string" ? path : joinName(path);
    if (this.values.size + this.invalid.size >= MAX_METRIC_VALUES) {
      if (!this.full) this.error(node, void 0, tooManyValues());
      this.full = true;
      return;
    }
    if ([name, slice?.key, slice?.value].some((s) => s?.includes("\0"))) {
      this.error(node, void 0, "a key holds a NUL character");
      return;
    }
    const key = metricKey(name, slice);
    if (!this.claim(key, metricLabel(name, slice), node.line)) return;
    if (typeof path !== "string" && plainName(path) !== name) this.alias(plainName(path), name);
    if (node.kind === "seq") {
      this.lists.set(name, node);
      return;
    }
    if (node.kind === "map") {
      const what = node.entries.length === 0 ? "an empty object" : "an object";
      this.addInvalid(name, slice, node, `${what}, not a number`, extra.file);
      return;
    }
    const problem = scalarProblem(node.value, node.plain);
    if (problem) {
      this.addInvalid(name, slice, node, problem, extra.file);
      return;
    }
    this.values.set(key, {
      name,
      ...slice ? { slice } : {},
      value: node.value,
      ...node.line !== void 0 ? { line: node.line } : {},
      ...extra.stderr !== void 0 ? { stderr: extra.stderr } : {}
    });
  }
  addInvalid(name, slice, node, problem, file) {
    this.invalid.set(metricKey(name, slice), {
      name,
      ...slice ? { slice } : {},
      ...node.line !== void 0 ? { line: node.line } : {},
      problem,
      ...file !== void 0 && file !== this.file ? { file } : {}
    });
  }
  /** Records that a key is taken; a second claim is a duplicate-key problem. */
  claim(key, label, line) {
    if (this.lines.has(key)) {
      const first = this.lines.get(key);
      this.problems.push({
        file: this.file,
        line,
        key: label,
        message: `duplicate key${first !== void 0 ? ` (first at line ${first})` : ""}`
      });
      return false;
    }
    this.lines.set(key, line);
    return true;
  }
  alias(plain, name) {
    const names = this.plain.get(plain) ?? [];
    names.push(name);
    this.plain.set(plain, names);
  }
  error(node, key, message) {
    this.problems.push({ file: this.file, line: node?.line, key, message });
  }
  isEmpty() {
    return this.values.size === 0 && this.invalid.size === 0 && this.lists.size === 0;
  }
}

const SLICES_KEY = "slices";
const OLD_SLICE_KEY = /^(.+)@([^@=]+)=([^@]*)$/;
function oldSliceSpelling(key) {
  const m = OLD_SLICE_KEY.exec(key);
  if (!m) return void 0;
  const [, name, sliceKey, sliceValue] = m;
  return `the name@key=value slice spelling is no longer read (@ belongs to metric names such as pass@1); write ${JSON.stringify({ [SLICES_KEY]: { [sliceKey]: { [sliceValue]: { [name]: "\u2026" } } } })} or a record {"name": ${JSON.stringify(name)}, "value": \u2026, "slice": {${JSON.stringify(sliceKey)}: ${JSON.stringify(sliceValue)}}}`;
}
function walk(path, node, out, slice) {
  if (node.kind === "map" && node.entries.length > 0) {
    for (const { key, line, node: child } of node.entries) {
      const old = slice ? void 0 : oldSliceSpelling(key);
      if (old) out.error({ line }, [...path, key].join("."), old);
      else walk([...path, key], child, out, slice);
    }
    return;
  }
  out.add(path, slice, node);
}
function readObject(root, out) {
  for (const { key, line, node } of root.entries) {
    if (key === SLICES_KEY && node.kind === "map") readSlices(node, out);
    else walk([], { kind: "map", line, entries: [{ key, line, node }] }, out);
  }
}
function readSlices(node, out) {
  for (const { key: sliceKey, node: byValue } of node.entries) {
    const at = `${SLICES_KEY}.${sliceKey}`;
    if (byValue.kind !== "map") {
      out.error(byValue, at, "expected { <slice value>: { <metric>: <number> } }");
      continue;
    }
    for (const { key: sliceValue, node: metrics } of byValue.entries) {
      if (metrics.kind !== "map") {
        out.error(metrics, `${at}.${sliceValue}`, "expected { <metric>: <number> }");
        continue;
      }
      walk([], metrics, out, { key: sliceKey, value: sliceValue });
    }
  }
}
function readRecords(seq, out) {
  seq.items.forEach((item, i) => {
    const at = `[${i}]`;
    if (item.kind !== "map") {
      out.error(item, at, "expected a {name, value} record");
      return;
    }
    const field = (k) => item.entries.find((e) => e.key === k)?.node;
    for (const e of item.entries) {
      if (!["name", "value", "slice"].includes(e.key))
        out.error(
          e,
          `${at}.${e.key}`,
          "unknown field in a metric record (allowed: name, value, slice)"
        );
    }
    const name = field("name");
    const value = field("value");
    if (!name || name.kind !== "scalar" || typeof name.value !== "string" || name.value === "") {
      out.error(name ?? item, `${at}.name`, "a record needs a non-empty text name");
      return;
    }
    if (!value) {
      out.error(item, `${at}.value`, `record '${name.value}' has no value`);
      return;
    }
    const slice = recordSlice(field("slice"), at, out);
    if (slice !== null) out.add(name.value, slice, value);
  });
}
function recordSlice(node, at, out) {
  if (!node) return void 0;
  const only = node.kind === "map" && node.entries.length === 1 ? node.entries[0] : void 0;
  if (!only || only.node.kind !== "scalar" || !["string", "number"].includes(typeof only.node.value)) {
    out.error(node, `${at}.slice`, "expected { <slice key>: <slice value> }");
    return null;
  }
  return { key: only.key, value: String(only.node.value) };
}
const genericReader = {
  format: "metrics",
  title: "an object of metrics (nested for groups), or a list of {name, value} records; DVC",
  detect: () => true,
  read(tree, out) {
    if (tree.kind === "seq") readRecords(tree, out);
    else if (tree.kind === "map") readObject(tree, out);
    else if (tree.value === null || tree.value === void 0)
      out.error(tree, void 0, "the file is empty");
    else
      out.error(
        tree,
        void 0,
        "expected an object of metrics or a list of {name, value} records"
      );
  }
};

function keysOf(node) {
  return new Set(node?.kind === "map" ? node.entries.map((e) => e.key) : []);
}

const TASK_METADATA = /* @__PURE__ */ new Set(["alias", "name", "sample_len", "sample_count", "samples"]);
function stderrKey(metric) {
  const comma = metric.indexOf(",");
  return comma < 0 ? `${metric}_stderr` : `${metric.slice(0, comma)}_stderr${metric.slice(comma)}`;
}
function isStderr(metric) {
  const comma = metric.indexOf(",");
  return (comma < 0 ? metric : metric.slice(0, comma)).endsWith("_stderr");
}
function readTask(task, node, out, seen) {
  if (node.kind !== "map") return;
  const byKey = new Map(node.entries.map((e) => [e.key, e.node]));
  for (const { key, node: value } of node.entries) {
    if (TASK_METADATA.has(key) || isStderr(key) || seen.has(`${task}\0${key}`)) continue;
    seen.add(`${task}\0${key}`);
    const stderr = numberOf(byKey.get(stderrKey(key)));
    out.add([task, key], void 0, value, stderr !== void 0 ? { stderr } : {});
  }
}
const lmEvalReader = {
  format: "lm-eval",
  title: "lm-evaluation-harness results (tasks and groups \xD7 metric,filter, with _stderr)",
  detect(tree) {
    const top = keysOf(tree);
    const results = tree.kind === "map" ? tree.entries.find((e) => e.key === "results") : void 0;
    return results?.node.kind === "map" && (top.has("versions") || top.has("n-shot") || top.has("group_subtasks")) && results.node.entries.every((e) => e.node.kind === "map");
  },
  read(tree, out) {
    if (tree.kind !== "map") return;
    const seen = /* @__PURE__ */ new Set();
    for (const section of ["results", "groups"]) {
      const node = tree.entries.find((e) => e.key === section)?.node;
      if (node?.kind !== "map") continue;
      for (const { key: task, node: metrics } of node.entries) readTask(task, metrics, out, seen);
    }
  }
};

const MEAN_LIKE = /* @__PURE__ */ new Set(["accuracy", "mean"]);
function readScore(score, index, out) {
  const name = childOf(score, "name");
  const metrics = childOf(score, "metrics");
  const scorer = name?.kind === "scalar" && typeof name.value === "string" ? name.value : void 0;
  if (!scorer || metrics?.kind !== "map") {
    out.error(score, `results.scores.${index}`, "expected a scorer with a name and metrics");
    return;
  }
  const stderr = numberOf(childOf(childOf(metrics, "stderr"), "value"));
  for (const { key, node } of metrics.entries) {
    if (key === "stderr" && stderr !== void 0) continue;
    const value = childOf(node, "value") ?? node;
    const se = MEAN_LIKE.has(key) && stderr !== void 0 ? { stderr } : {};
    out.add([scorer, key], void 0, value, se);
  }
}
function readInspectHeader(header, out) {
  const scores = childOf(childOf(header, "results"), "scores");
  if (scores?.kind !== "seq") {
    const status = childOf(header, "status");
    const why = status?.kind === "scalar" && status.value !== "success" ? ` (the log's status is ${JSON.stringify(status.value)})` : "";
    out.error(header, "results.scores", `no scores in the log${why}`);
    return;
  }
  scores.items.forEach((score, i) => readScore(score, i, out));
}
const inspectReader = {
  format: "inspect",
  title: "inspect_ai JSON eval log (results.scores[].metrics)",
  detect(tree) {
    const top = keysOf(tree);
    return top.has("eval") && top.has("version") && (top.has("results") || top.has("status"));
  },
  read: readInspectHeader
};

const COUNTS = ["successes", "failures", "errors"];
function readStats(stats, out) {
  if (stats?.kind !== "map") return;
  const counts = COUNTS.map((k) => numberOf(childOf(stats, k)));
  for (const k of COUNTS) {
    const node = childOf(stats, k);
    if (node) out.add([k], void 0, node);
  }
  if (counts.every((c) => c !== void 0)) {
    const total = counts.reduce((a, b) => a + b, 0);
    if (total > 0)
      out.add(["pass_rate"], void 0, {
        kind: "scalar",
        line: stats.line,
        value: counts[0] / total
      });
  }
  const tokens = childOf(stats, "tokenUsage");
  if (tokens) walk(["tokenUsage"], tokens, out);
}
function promptLabel(prompt, index) {
  for (const key of ["label", "display", "id"]) {
    const v = childOf(prompt, key);
    if (v?.kind === "scalar" && typeof v.value === "string" && v.value !== "") {
      const provider = childOf(prompt, "provider");
      return provider?.kind === "scalar" && typeof provider.value === "string" ? `${provider.value}: ${v.value}` : v.value;
    }
  }
  return String(index);
}
const promptfooReader = {
  format: "promptfoo",
  title: "promptfoo eval output (results.stats and results.prompts[].metrics)",
  detect: (tree) => {
    const stats = childOf(childOf(tree, "results"), "stats");
    return childOf(stats, "successes") !== void 0 && childOf(stats, "failures") !== void 0;
  },
  read(tree, out) {
    const results = childOf(tree, "results");
    readStats(childOf(results, "stats"), out);
    const prompts = childOf(results, "prompts");
    if (prompts?.kind !== "seq") return;
    prompts.items.forEach((prompt, i) => {
      const metrics = childOf(prompt, "metrics");
      if (metrics) walk(["prompt", promptLabel(prompt, i)], metrics, out);
    });
  }
};

const EVALUATE_METADATA = ["_timestamp", "_git_commit_hash", "_evaluate_version"];
const hfEvaluateReader = {
  format: "hf-evaluate",
  title: "Hugging Face evaluate.save() output (metadata keys starting with _ are left out)",
  detect: (tree) => {
    const keys = keysOf(tree);
    return EVALUATE_METADATA.some((k) => keys.has(k));
  },
  read(tree, out) {
    if (tree.kind !== "map") return out.error(tree, void 0, "expected an object");
    for (const { key, line, node } of tree.entries) {
      if (key.startsWith("_")) continue;
      walk([], { kind: "map", line, entries: [{ key, line, node }] }, out);
    }
  }
};

const TRAINER_PREFIX = /^(eval|train|test|predict)_/;
const TRAINER_KEYS = /* @__PURE__ */ new Set(["epoch", "total_flos"]);
const hfTrainerReader = {
  format: "hf-trainer",
  title: "Hugging Face Trainer eval_results.json / all_results.json / train_results.json",
  detect: (tree) => tree.kind === "map" && tree.entries.length > 0 && tree.entries.some((e) => TRAINER_PREFIX.test(e.key)) && tree.entries.every(
    (e) => e.node.kind === "scalar" && (TRAINER_KEYS.has(e.key) || TRAINER_PREFIX.test(e.key))
  ),
  read(tree, out) {
    if (tree.kind !== "map") return out.error(tree, void 0, "expected an object");
    for (const { key, node } of tree.entries) out.add([key], void 0, node);
  }
};

const AVERAGES = ["macro avg", "weighted avg"];
const PER_CLASS = ["precision", "recall", "f1-score", "support"];
const sklearnReportReader = {
  format: "sklearn-report",
  title: "scikit-learn classification_report(output_dict=True)",
  detect: (tree) => AVERAGES.every((avg) => {
    const keys = keysOf(childOf(tree, avg));
    return PER_CLASS.every((k) => keys.has(k));
  }),
  read(tree, out) {
    if (tree.kind !== "map") return out.error(tree, void 0, "expected an object");
    walk([], tree, out);
  }
};

const METRIC_READERS = [
  lmEvalReader,
  inspectReader,
  promptfooReader,
  hfEvaluateReader,
  sklearnReportReader,
  hfTrainerReader,
  genericReader
];
const METRIC_FORMATS = ["auto", ...METRIC_READERS.map((r) => r.format), "mlflow"];
function readerByFormat(format) {
  return METRIC_READERS.find((r) => r.format === format);
}

export { Collector as C, MAX_METRIC_VALUES as M, METRIC_FORMATS as a, METRIC_READERS as b, childAt as c, scalarProblem as d, metricKey as e, genericReader as g, joinName as j, metricLabel as m, readerByFormat as r, splitName as s, tooManyValues as t };
