// Caps on files read whole. Each is counted in bytes actually read, never taken from stat(): a
// link to a device reports size 0 and would otherwise be read without end. The adapters (CLI,
// actions) may raise a cap from the environment; the engine never reads it itself.

export type LimitName = 'config' | 'schema' | 'metrics' | 'examples' | 'result' | 'event';

export interface ReadLimit {
  name: LimitName;
  bytes: number;
  /** What the file is, for the message: "config file". */
  what: string;
  /** The environment variable that raises it. */
  env: string;
}

const MIB = 1024 * 1024;

const DEFAULTS: Record<LimitName, Omit<ReadLimit, 'name'>> = {
  config: { bytes: 1 * MIB, what: 'config file', env: 'MODELGATE_MAX_CONFIG_BYTES' },
  schema: { bytes: 16 * MIB, what: 'schema file', env: 'MODELGATE_MAX_SCHEMA_BYTES' },
  metrics: { bytes: 16 * MIB, what: 'metric file', env: 'MODELGATE_MAX_METRICS_BYTES' },
  examples: {
    bytes: 256 * MIB,
    what: 'per-example file',
    env: 'MODELGATE_MAX_EXAMPLES_BYTES',
  },
  result: { bytes: 64 * MIB, what: 'result file', env: 'MODELGATE_MAX_RESULT_BYTES' },
  event: { bytes: 16 * MIB, what: 'event payload', env: 'MODELGATE_MAX_EVENT_BYTES' },
};

const current = new Map<LimitName, number>();

/** The cap in force for one kind of file. */
export function readLimit(name: LimitName): ReadLimit {
  return { name, ...DEFAULTS[name], bytes: current.get(name) ?? DEFAULTS[name].bytes };
}

/** Raises (or lowers) caps for this process; the adapters call it once at start. */
export function setReadLimits(limits: Partial<Record<LimitName, number>>): void {
  for (const [name, bytes] of Object.entries(limits) as Array<[LimitName, number]>) {
    if (bytes === undefined) current.delete(name);
    else current.set(name, bytes);
  }
}

/** Back to the defaults (tests). */
export function resetReadLimits(): void {
  current.clear();
}

/**
 * Caps from an environment-like map (`MODELGATE_MAX_SCHEMA_BYTES=33554432`). A value that is not
 * a positive whole number of bytes is an error naming the variable, not silently ignored.
 */
export function limitsFromEnv(
  env: Record<string, string | undefined>,
): Partial<Record<LimitName, number>> {
  const out: Partial<Record<LimitName, number>> = {};
  for (const [name, d] of Object.entries(DEFAULTS) as Array<[LimitName, ReadLimit]>) {
    const raw = env[d.env];
    if (raw === undefined || raw.trim() === '') continue;
    const n = Number(raw.trim());
    if (!Number.isSafeInteger(n) || n <= 0)
      throw new Error(`${d.env} must be a positive number of bytes, got ${JSON.stringify(raw)}`);
    out[name] = n;
  }
  return out;
}

export function formatBytes(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes.toLocaleString('en-US')} bytes`;
}

/** "… is larger than the 16 MiB schema cap; raise it with MODELGATE_MAX_SCHEMA_BYTES". */
export function overCapMessage(limit: ReadLimit): string {
  return `${limit.what} is larger than the ${formatBytes(limit.bytes)} ${limit.name} cap (stopped reading after ${formatBytes(limit.bytes)}); if it really is that big, raise the cap with the environment variable ${limit.env}=<bytes>`;
}
