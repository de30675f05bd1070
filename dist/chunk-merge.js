import { resolve } from 'node:path';
import { p as parseCliArgs } from './chunk-args.js';
import 'node:util';
import './chunk-suggest.js';

const usage = `Usage: modelgate merge [options] [PARTIAL...]

Merges the partial results of \`modelgate validate --shard I/N\` (one per shard, e.g. downloaded
artifacts) into one result per entry: counts, violation groups and every dataset check evaluated
on the totals, the same as one run over the whole input. A missing shard, a shard given twice, or
shards run with a different config, schema, reference or input list make the result an error.
PARTIAL are files or globs (default modelgate-partials/*.json). Data files present in the
workspace are read to show the records of duplicates found across shards.

Options:
  --out DIR        where the merged results go, one <id>.json per entry (default modelgate-results)
  --dir DIR        workspace root; paths are relative to it (default .)
  --json           print the merged results as JSON

Exit codes: 0 pass or warn, 1 an entry fails, 2 bad usage, input or shards (status error).

Examples:
  modelgate merge
  modelgate merge --out merged 'shards/**/*.json'
`;
const mergeCommand = {
  name: "merge",
  summary: "Merge the partial results of a sharded validate",
  usage,
  async run(argv) {
    const { values, positionals } = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        dir: { type: "string" },
        json: { type: "boolean" }
      }
    });
    const cwd = resolve(values.dir ?? ".");
    const { mergeFiles } = await import('./chunk-merge-files.js');
    const merged = await mergeFiles(
      positionals.length ? positionals : ["modelgate-partials/*.json"],
      {
        cwd,
        out: values.out ?? "modelgate-results"
      }
    );
    if (values.json)
      process.stdout.write(
        JSON.stringify(
          merged.map((m) => m.result),
          null,
          2
        ) + "\n"
      );
    else
      for (const m of merged)
        process.stdout.write(
          `${m.result.id}: ${m.result.status}: ${m.result.summary}${m.path ? ` (${m.path})` : ""}
`
        );
    const statuses = merged.map((m) => m.result.status);
    return statuses.includes("error") ? 2 : statuses.includes("fail") ? 1 : 0;
  }
};

export { mergeCommand };
