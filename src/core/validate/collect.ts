// Collects the violations of one chunk of records into groups keyed by (schema path, keyword):
// counts every record, keeps full samples (with a value preview) for the first few only.
import type { ErrorObject } from 'ajv';
import type { Problem } from '../result.js';
import type { ChunkGroup, ChunkResult } from './chunk.js';
import { escape, preview } from './value.js';
import { isEmptyEnum } from './schema-rewrite.js';

export interface Violation {
  schemaPath: string;
  keyword: string;
  pointer: string;
  /** The offending value; previewed only if this violation becomes a sample. */
  value: unknown;
  /** Set instead of `value` when the value is raw text (a line that did not parse). */
  text?: string;
  message: string;
}

/** A violation of the record as a whole (its encoding, its shape), not of a schema keyword. */
export function recordViolation(keyword: string, text: string, message: string): Violation {
  return { schemaPath: '', keyword, pointer: '', value: undefined, text, message };
}

export class Collector {
  private readonly groups = new Map<string, ChunkGroup>();
  private readonly problems: Problem[] = [];
  rows = 0;
  invalidRows = 0;

  constructor(private readonly samples: number) {}

  /** One invalid record; a group counts it once even if it breaks that keyword twice. */
  addInvalid(line: number, record: number, violations: Violation[]): void {
    this.invalidRows++;
    const seen = new Set<string>();
    for (const v of violations) {
      const key = `${v.schemaPath}\u0000${v.keyword}`;
      let g = this.groups.get(key);
      if (!g) {
        g = {
          schemaPath: v.schemaPath,
          keyword: v.keyword,
          message: escape(v.message),
          count: 0,
          samples: [],
        };
        this.groups.set(key, g);
      }
      if (!seen.has(key)) {
        seen.add(key);
        g.count++;
      }
      if (g.samples.length < this.samples) {
        g.samples.push({
          line,
          record,
          pointer: v.pointer,
          value: v.text !== undefined ? preview(v.text) : preview(v.value),
          message: escape(v.pointer ? `${v.pointer}: ${v.message}` : v.message),
        });
      }
    }
  }

  /** A record that cannot be evaluated at all: the file's result becomes an error. */
  addProblem(line: number, message: string): void {
    // One per chunk is enough to name the cause; the rest would repeat it.
    if (this.problems.length < 3) this.problems.push({ line, message: escape(message) });
  }

  result(lines: number): ChunkResult {
    return {
      lines,
      rows: this.rows,
      invalidRows: this.invalidRows,
      groups: [...this.groups.values()],
      ...(this.problems.length ? { problems: this.problems } : {}),
    };
  }
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function valueAt(root: unknown, pointer: string): unknown {
  if (!pointer) return root;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[unescapePointer(raw)];
  }
  return node;
}

/** ajv's errors, made specific: the missing or extra property in the pointer, the allowed values. */
export function fromAjv(errors: ErrorObject[] | null | undefined, record: unknown): Violation[] {
  const out: Violation[] = [];
  for (const e of errors ?? []) {
    let pointer = e.instancePath;
    let message = e.message ?? e.keyword;
    const params = e.params as Record<string, unknown>;
    let value: unknown;
    if (e.keyword === 'required' && typeof params.missingProperty === 'string') {
      pointer += `/${escapePointer(params.missingProperty)}`;
      message = `required property ${JSON.stringify(params.missingProperty)} is missing`;
      value = undefined;
    } else if (
      e.keyword === 'additionalProperties' &&
      typeof params.additionalProperty === 'string'
    ) {
      pointer += `/${escapePointer(params.additionalProperty)}`;
      message = `property ${JSON.stringify(params.additionalProperty)} is not allowed`;
      value = valueAt(record, pointer);
    } else {
      value = valueAt(record, pointer);
      if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) {
        if (isEmptyEnum(params.allowedValues)) message = 'no value is allowed (the enum is empty)';
        else {
          const allowed = params.allowedValues.slice(0, 10).map((x) => JSON.stringify(x));
          message = `must be one of ${allowed.join(', ')}${params.allowedValues.length > 10 ? ', …' : ''}`;
        }
      }
    }
    out.push({ schemaPath: e.schemaPath, keyword: e.keyword, pointer, value, message });
  }
  return out;
}
