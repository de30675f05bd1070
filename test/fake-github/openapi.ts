// Checks a request against the OpenAPI subset (openapi-subset.json, extracted from
// @octokit/openapi by extract-openapi.ts): method + path template, path and query parameters
// (types, enums, required), and the JSON body against the operation's requestBody schema.
//
// Problems come back with the status GitHub would answer: 404 for an unknown endpoint or a path
// parameter of the wrong type, 400 for unparsable JSON, 422 for a body or query that does not
// conform. `strictness` problems (unknown body properties or query parameters, which GitHub
// silently ignores but which mean our code sent something it did not intend) are reported with
// status undefined: recorded as violations, but the request is still served.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import subset from './openapi-subset.json' with { type: 'json' };
import type { OpenApiSubset, SubsetOperation } from './extract-openapi.js';

export interface MatchedOperation {
  op: SubsetOperation;
  /** "POST /repos/{owner}/{repo}/statuses/{sha}" */
  key: string;
  params: Record<string, string>;
}

export interface CheckProblem {
  message: string;
  /** The status GitHub answers; undefined: recorded, the request is still served. */
  status: 400 | 404 | 422 | undefined;
}

interface Compiled {
  op: SubsetOperation;
  key: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  path?: ValidateFunction;
  query?: ValidateFunction;
  body?: ValidateFunction;
}

const spec = subset as unknown as OpenApiSubset;
export const OPENAPI_SOURCE = spec.source;

export class OpenApiChecker {
  private readonly ops: Compiled[];
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly coercing = new Ajv({ strict: false, allErrors: true, coerceTypes: true });

  constructor() {
    addFormats.default(this.ajv);
    addFormats.default(this.coercing);
    this.ops = spec.operations
      .map((op) => {
        const names: string[] = [];
        const source = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
          names.push(name);
          // The contents API's {path} spans segments: /contents/dir/file.json.
          return name === 'path' ? '(.+)' : '([^/]+)';
        });
        const literalSegments = op.path.split('/').filter((s) => s && !s.startsWith('{')).length;
        return {
          op,
          key: `${op.method} ${op.path}`,
          regex: new RegExp(`^${source}/?$`),
          names,
          literalSegments,
        } as Compiled;
      })
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  get keys(): string[] {
    return this.ops.map((o) => o.key);
  }

  match(method: string, pathname: string): MatchedOperation | undefined {
    for (const c of this.ops) {
      if (c.op.method !== method) continue;
      const m = c.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        const raw = m[i + 1] ?? '';
        params[name] = safeDecode(raw);
      });
      return { op: c.op, key: c.key, params };
    }
    return undefined;
  }

  /** Path/query problems; `query` is what the URL carried. */
  checkParameters(matched: MatchedOperation, query: URLSearchParams): CheckProblem[] {
    const c = this.compiled(matched.key);
    const problems: CheckProblem[] = [];
    const pathValues: Record<string, unknown> = { ...matched.params };
    c.path ??= this.coercing.compile(paramSchema(c.op, 'path'));
    if (!c.path(pathValues)) {
      problems.push({ status: 404, message: `path parameters: ${errorsText(c.path.errors)}` });
    }
    const known = new Set(c.op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    const queryValues: Record<string, unknown> = {};
    for (const [name, value] of query) {
      if (!known.has(name)) {
        problems.push({ status: undefined, message: `unknown query parameter "${name}"` });
        continue;
      }
      if (name in queryValues) {
        problems.push({ status: undefined, message: `query parameter "${name}" given twice` });
      }
      queryValues[name] = value;
    }
    c.query ??= this.coercing.compile(paramSchema(c.op, 'query'));
    if (!c.query(queryValues)) {
      problems.push({ status: 422, message: `query parameters: ${errorsText(c.query.errors)}` });
    }
    return problems;
  }

  /** Body problems; `raw` is the request body as received (empty string: none). */
  checkBody(
    matched: MatchedOperation,
    raw: string,
    contentType: string | undefined,
  ): CheckProblem[] {
    const c = this.compiled(matched.key);
    const rb = c.op.requestBody;
    if (!rb) {
      return raw.trim() === ''
        ? []
        : [{ status: undefined, message: `a body was sent to ${matched.key}, which takes none` }];
    }
    if (raw.trim() === '') {
      return rb.required ? [{ status: 400, message: `the request body is required` }] : [];
    }
    if (contentType && !/json/i.test(contentType)) {
      return [{ status: 400, message: `content-type "${contentType}" is not JSON` }];
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return [{ status: 400, message: 'Problems parsing JSON' }];
    }
    const problems: CheckProblem[] = [];
    c.body ??= this.ajv.compile(rb.schema);
    if (!c.body(body)) {
      problems.push({ status: 422, message: `request body: ${errorsText(c.body.errors)}` });
    }
    const props = (rb.schema as { properties?: Record<string, unknown> }).properties;
    if (props && body && typeof body === 'object' && !Array.isArray(body)) {
      for (const k of Object.keys(body)) {
        if (!(k in props)) {
          problems.push({ status: undefined, message: `unknown request body property "${k}"` });
        }
      }
    }
    return problems;
  }

  private compiled(key: string): Compiled {
    const c = this.ops.find((o) => o.key === key);
    if (!c) throw new Error(`no operation ${key}`);
    return c;
  }
}

function paramSchema(op: SubsetOperation, where: 'path' | 'query'): Record<string, unknown> {
  const params = op.parameters.filter((p) => p.in === where);
  return {
    type: 'object',
    // A URL parameter is a string: "123" fits both branches of GitHub's
    // `oneOf: [integer, string]` (workflow_id), so alternatives are read as anyOf.
    properties: Object.fromEntries(params.map((p) => [p.name, anyOfForOneOf(p.schema)])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

function anyOfForOneOf(schema: Record<string, unknown>): Record<string, unknown> {
  const { oneOf, ...rest } = schema;
  return oneOf ? { ...rest, anyOf: oneOf } : schema;
}

function errorsText(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => {
      const where = e.instancePath || '/';
      const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
      return `${where} ${e.message ?? e.keyword}${allowed ? ` (${allowed.join(', ')})` : ''}`;
    })
    .join('; ');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
