import { extname } from 'node:path';

const COMPRESSION_EXTENSIONS = {
  ".gz": "gzip",
  ".zst": "zstd"
};
function compressionOf(path) {
  const lower = path.toLowerCase();
  for (const [ext, compression] of Object.entries(COMPRESSION_EXTENSIONS))
    if (lower.endsWith(ext)) return { compression, inner: path.slice(0, -ext.length) };
  return { inner: path };
}

function defineFormat(spec) {
  return spec;
}

const json = defineFormat({
  name: "json",
  extensions: [".json"],
  layout: "document",
  location: "line",
  text: true,
  sample: true,
  examples: true
});

const jsonl = defineFormat({
  name: "jsonl",
  extensions: [".jsonl", ".ndjson"],
  layout: "lines",
  location: "line",
  text: true,
  sample: true,
  examples: true
});

const csv = defineFormat({
  name: "csv",
  extensions: [".csv"],
  layout: "delimited",
  location: "line",
  text: true,
  delimiter: ",",
  sample: true,
  examples: true
});

const tsv = defineFormat({
  name: "tsv",
  extensions: [".tsv", ".tab"],
  layout: "delimited",
  location: "line",
  text: true,
  delimiter: "	",
  sample: true,
  examples: true
});

const parquet = defineFormat({
  name: "parquet",
  extensions: [".parquet"],
  layout: "row-groups",
  location: "row",
  text: false,
  sample: false,
  examples: true
});

const arrow = defineFormat({
  name: "arrow",
  extensions: [".arrow", ".feather"],
  layout: "record-batches",
  location: "row",
  text: false,
  sample: false,
  examples: false
});

const FORMATS = [json, jsonl, csv, tsv, parquet, arrow];
const FORMAT_NAMES = FORMATS.map((f) => f.name);
const byName = new Map(FORMATS.map((f) => [f.name, f]));
const byExtension = new Map(
  FORMATS.flatMap((f) => f.extensions.map((e) => [e, f.name]))
);
function formatSpec(name) {
  return byName.get(name);
}
function formatOf(path) {
  return byExtension.get(extname(compressionOf(path).inner).toLowerCase());
}
function formatsWith(capability) {
  return FORMATS.filter((f) => f[capability]).map((f) => f.name);
}
function orList(items) {
  return items.length < 2 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function extensionsOf(names) {
  return orList(names.flatMap((n) => formatSpec(n).extensions));
}

export { COMPRESSION_EXTENSIONS as C, FORMAT_NAMES as F, formatSpec as a, formatOf as b, compressionOf as c, extensionsOf as e, formatsWith as f, orList as o };
