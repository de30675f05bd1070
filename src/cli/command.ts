export interface Command {
  name: string;
  /** One line for `modelgate --help`. */
  summary: string;
  /** The full `modelgate <name> --help` text, with examples. */
  usage: string;
  /** Returns the process exit code: 0 pass, 1 the gate failed, 2 bad usage or input. */
  run(argv: string[]): Promise<number>;
}
