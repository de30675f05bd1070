// Extracts, from GitHub's OpenAPI description (npm @octokit/openapi), the operations the fake
// serves: their parameters and JSON request body schemas, without prose or examples. The result
// is checked in as openapi-subset.json (small, loads instantly); test/github/openapi-subset.test.ts
// regenerates it in memory and fails when the checked-in copy is stale.
//
// Regenerate: UPDATE_OPENAPI_SUBSET=1 npx vitest run test/github/openapi-subset.test.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** method + path template, exactly as in the OpenAPI description. */
export const SERVED_OPERATIONS = [
  'GET /user',
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
] as const;

export interface SubsetParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Record<string, unknown>;
}

export interface SubsetOperation {
  method: string;
  path: string;
  operationId: string;
  parameters: SubsetParameter[];
  requestBody: { required: boolean; schema: Record<string, unknown> } | null;
}

export interface OpenApiSubset {
  source: string;
  operations: SubsetOperation[];
}

const PROSE = new Set(['description', 'summary', 'example', 'examples', 'title', 'externalDocs']);

/** Drops prose from a schema; `properties` maps keep every name (a property may be "description"). */
function strip(value: unknown, isNameMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!isNameMap && (PROSE.has(k) || k.startsWith('x-'))) continue;
      out[k] = strip(v, !isNameMap && (k === 'properties' || k === 'patternProperties'));
    }
    return out;
  }
  return value;
}

export function extractOpenApiSubset(): OpenApiSubset {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('@octokit/openapi/package.json');
  const version = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  const file = pkgFile.replace(/package\.json$/, 'generated/api.github.com.deref.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const operations = SERVED_OPERATIONS.map((key) => {
    const [method = '', path = ''] = key.split(' ');
    const op = spec.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${key} is not in @octokit/openapi ${version}`);
    const params = ((op.parameters ?? []) as Array<Record<string, unknown>>)
      .filter((p) => p.in === 'path' || p.in === 'query')
      .map((p) => ({
        name: String(p.name),
        in: p.in as 'path' | 'query',
        required: p.required === true,
        schema: strip(p.schema ?? {}) as Record<string, unknown>,
      }));
    const body = op.requestBody as
      { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
    const schema = body?.content?.['application/json']?.schema;
    return {
      method,
      path,
      operationId: String(op.operationId),
      parameters: params,
      requestBody: schema
        ? { required: body?.required === true, schema: strip(schema) as Record<string, unknown> }
        : null,
    };
  });
  return { source: `@octokit/openapi@${version} generated/api.github.com.deref.json`, operations };
}
