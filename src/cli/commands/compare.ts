// `modelgate compare`: the compare action's engine in a terminal. The base-branch baseline is read
// with git (--baseline-ref); an artifact baseline needs the GitHub API and so the action.
import { compareText } from '../../core/checks/compare.js';
import { RESULTS_DIR } from '../../core/conventions/paths.js';
import { resultPathInside } from '../../core/checks/select.js';
import { resolve } from 'node:path';
import { parseCliArgs } from '../args.js';
import type { Command } from '../command.js';
import { writeResultFile } from '../../core/result.js';
import { runCompare, regressions } from '../../core/compare/compare.js';
import { compareEntryFrom } from '../../core/compare/entry.js';
import { workspacePath } from '../../core/files/workspace.js';
import { gitProvider } from '../../core/providers/git.js';
import { formatProblem } from '../../core/compare/metrics-file.js';
import { plain } from '../../core/report/escape.js';
import { isPolicy } from '../../core/compare/types.js';

const usage = `Usage: modelgate compare --config FILE [--id ID] [options]
       modelgate compare --candidate FILE --rules YAML [--baseline FILE] [options]

Compares candidate metrics with a baseline under per-metric rules (see docs/compare.md) and
writes a result file (kind compare) for \`modelgate report\` and \`modelgate gate\`.

Options:
  --config FILE            config file (YAML or JSON) with a compare: list
  --id ID                  which compare entry (optional when there is one); inline: the result id
  --candidate FILE         inline: candidate metric file or MLflow run folder
  --baseline FILE          inline: baseline metric file (with --baseline-source base-branch: the
                           path in the base commit, default the candidate's path)
  --baseline-source SRC    inline: file (default) or base-branch
  --rules YAML             inline: metric rules, e.g. 'accuracy: {direction: higher, max_drop: 0.01}'
  --baseline-ref REF       commit or branch a base-branch baseline is read at with git
                           (default origin/HEAD)
  --missing-baseline P     fail (default), warn or pass when there is no baseline
  --result-path PATH       where to write the result (default ${RESULTS_DIR}/compare-<id>.json)
  --dir DIR                workspace root; every path is relative to it (default .)
  --json                   print the result JSON instead of a table

Exit codes: 0 pass or warn, 1 a rule failed, 2 bad usage or input (status error).

Examples:
  modelgate compare --config .github/modelgate.yml --id classifier
  modelgate compare --candidate metrics.json --baseline-source base-branch --baseline-ref origin/main \\
    --rules 'accuracy: {direction: higher, max_drop: 0.01}'
`;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare candidate metrics with a baseline under per-metric rules',
  usage,
  async run(argv) {
    const { values } = parseCliArgs(
      {
        args: argv,
        options: {
          config: { type: 'string' },
          id: { type: 'string' },
          candidate: { type: 'string' },
          baseline: { type: 'string' },
          'baseline-source': { type: 'string' },
          rules: { type: 'string' },
          'baseline-ref': { type: 'string' },
          'missing-baseline': { type: 'string' },
          'result-path': { type: 'string' },
          dir: { type: 'string' },
          json: { type: 'boolean' },
        },
      },
      { '--root': 'the workspace root is --dir DIR' },
    );
    const missing = values['missing-baseline'];
    if (missing !== undefined && !isPolicy(missing)) {
      throw new Error(`--missing-baseline must be fail, warn or pass, got '${missing}'`);
    }
    const source = values['baseline-source'];
    if (source !== undefined && source !== 'file' && source !== 'base-branch') {
      throw new Error(
        `--baseline-source must be file or base-branch (artifact needs the GitHub action), got '${source}'`,
      );
    }
    const workspace = resolve(values.dir ?? '.');
    const entry = compareEntryFrom(
      {
        ...(values.config ? { config: workspacePath(workspace, values.config, 'config') } : {}),
        ...(values.id ? { id: values.id } : {}),
        ...(values.candidate ? { candidate: values.candidate } : {}),
        ...(values.baseline ? { baseline: values.baseline } : {}),
        ...(source ? { baselineSource: source } : {}),
        ...(values.rules ? { rules: values.rules } : {}),
        ...(missing ? { missingBaseline: missing } : {}),
      },
      workspace,
    );
    const resultPath = resultPathInside(
      workspace,
      values['result-path'],
      'compare',
      entry.id,
      '--result-path',
    );
    const result = await runCompare(entry, {
      workspace,
      provider: gitProvider(workspace, values['baseline-ref'] ?? 'origin/HEAD'),
    });
    writeResultFile(resultPath, result, workspace);

    if (values.json) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    } else {
      process.stdout.write(compareText(result).join('\n') + `\n\nresult: ${resultPath}\n`);
    }
    for (const p of result.errors ?? [])
      process.stderr.write(`modelgate compare: ${plain(formatProblem(p))}\n`);
    if (result.status === 'error') return 2;
    return regressions(result) > 0 || result.status === 'fail' ? 1 : 0;
  },
};
