import { createHash } from 'node:crypto';
import { V as VERSION, R as RESULT_SCHEMA_ID } from './chunk-result.js';

const PARTIAL_KIND = "validate-partial";
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v).sort().filter((k) => v[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "null";
}
function digest(v) {
  return createHash("sha256").update(canonical(v)).digest("hex");
}
function entrySettings(options, details) {
  return {
    schemaFile: options.schemaFile,
    ...details.format ? { format: details.format } : {},
    ...options.csv ? { csv: options.csv } : {},
    threshold: details.threshold,
    samples: options.samples ?? 5,
    maxGroups: options.maxGroups ?? 50,
    maxRecordBytes: details.maxRecordBytes ?? 16 * 1024 * 1024,
    ...options.dataset ? { dataset: options.dataset } : {},
    ...options.driftSampleSize ? { driftSampleSize: options.driftSampleSize } : {}
  };
}
function shardIdentity(options, details, files, bundle, dataset) {
  const list = files.map((f) => ({ path: f.path, format: f.format, bytes: f.bytes }));
  const shard = options.shard ?? { index: 1, count: 1 };
  return {
    index: shard.index,
    count: shard.count,
    config: digest({ data: options.data, ...entrySettings(options, details) }),
    schema: digest(
      bundle ? { root: bundle.root, refs: bundle.refs.map((r) => [r.uri, r.schema]) } : null
    ),
    ...dataset?.reference ? { reference: digest(dataset.reference) } : {},
    input: digest(list),
    files: list
  };
}
function partialResult(options, st, got) {
  const { details } = st;
  const errors = [...st.errors, ...got.dataset?.errors ?? []];
  const shard = options.shard ?? { index: 1, count: 1 };
  return {
    schema: RESULT_SCHEMA_ID,
    kind: PARTIAL_KIND,
    id: st.meta.id,
    title: (st.meta.title ?? st.meta.id).slice(0, 200),
    status: "partial",
    summary: `shard ${shard.index}/${shard.count}: ${details.rows.toLocaleString("en-US")} rows in ${got.parts.length} part${got.parts.length === 1 ? "" : "s"}, to be merged`,
    context: st.context,
    tool: { name: "modelgate", version: VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...errors.length ? { errors } : {},
    details: {
      shard: shardIdentity(options, details, st.files, st.bundle, got.dataset),
      entry: entrySettings(options, details),
      rows: details.rows,
      invalidRows: details.invalidRows,
      parts: got.parts.map(({ part, groups }, i) => ({
        file: part.file,
        ...part.range && !part.range.rowGroups ? { start: part.range.start, end: part.range.end } : {},
        ...part.range?.rowGroups ? { rowGroups: part.range.rowGroups } : {},
        rows: details.files[i]?.rows ?? 0,
        invalidRows: details.files[i]?.invalidRows ?? 0,
        groups
      })),
      ...details.schemaWarnings ? { schemaWarnings: details.schemaWarnings } : {},
      ...got.dataset ? { dataset: got.dataset } : {},
      durationMs: Math.round(performance.now() - st.started)
    }
  };
}

export { PARTIAL_KIND as P, partialResult as p };
