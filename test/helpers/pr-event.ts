// GitHub's own pull_request payload (from @octokit/webhooks-examples), pointed at a fake
// repository and commits.
import { createRequire } from 'node:module';

export function prEvent(
  repo: string,
  baseSha: string,
  headSha: string,
): { name: string; payload: unknown } {
  const require = createRequire(import.meta.url);
  const defs = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
    name: string;
    examples: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }>;
  const example = structuredClone(
    defs.find((d) => d.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
  );
  example.pull_request.base.sha = baseSha;
  example.pull_request.base.ref = 'main';
  example.pull_request.head.sha = headSha;
  example.repository.full_name = repo;
  example.repository.default_branch = 'main';
  return { name: 'pull_request', payload: example };
}
