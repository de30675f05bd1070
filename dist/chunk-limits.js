const MIB = 1024 * 1024;
const DEFAULTS = {
  config: { bytes: 1 * MIB, what: "config file", env: "MODELGATE_MAX_CONFIG_BYTES" },
  schema: { bytes: 16 * MIB, what: "schema file", env: "MODELGATE_MAX_SCHEMA_BYTES" },
  metrics: { bytes: 16 * MIB, what: "metric file", env: "MODELGATE_MAX_METRICS_BYTES" },
  examples: {
    bytes: 256 * MIB,
    what: "per-example file",
    env: "MODELGATE_MAX_EXAMPLES_BYTES"
  },
  result: { bytes: 64 * MIB, what: "result file", env: "MODELGATE_MAX_RESULT_BYTES" },
  event: { bytes: 16 * MIB, what: "event payload", env: "MODELGATE_MAX_EVENT_BYTES" }
};
const current = /* @__PURE__ */ new Map();
function readLimit(name) {
  return { name, ...DEFAULTS[name], bytes: current.get(name) ?? DEFAULTS[name].bytes };
}
function setReadLimits(limits) {
  for (const [name, bytes] of Object.entries(limits)) {
    if (bytes === void 0) current.delete(name);
    else current.set(name, bytes);
  }
}
function limitsFromEnv(env) {
  const out = {};
  for (const [name, d] of Object.entries(DEFAULTS)) {
    const raw = env[d.env];
    if (raw === void 0 || raw.trim() === "") continue;
    const n = Number(raw.trim());
    if (!Number.isSafeInteger(n) || n <= 0)
      throw new Error(`${d.env} must be a positive number of bytes, got ${JSON.stringify(raw)}`);
    out[name] = n;
  }
  return out;
}
function formatBytes(bytes) {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes.toLocaleString("en-US")} bytes`;
}
function overCapMessage(limit) {
  return `${limit.what} is larger than the ${formatBytes(limit.bytes)} ${limit.name} cap (stopped reading after ${formatBytes(limit.bytes)}); if it really is that big, raise the cap with the environment variable ${limit.env}=<bytes>`;
}

export { limitsFromEnv as l, overCapMessage as o, readLimit as r, setReadLimits as s };
