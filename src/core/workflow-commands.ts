// Text from a pull request must never become a workflow command. The runner reads every line a
// step prints to stdout or stderr, and a line that starts with `::` (`::set-output`,
// `::add-mask`, `::stop-commands`, …) or with the older `##[` is executed as a command, not
// shown. A file name, metric name or PR title holding a newline followed by `::add-mask::x`
// would do just that. @actions/core escapes the messages of the commands it issues itself
// (error, warning, notice); everything printed as plain text goes through here first.
//
// A backslash goes in front of the command so that the line reads as what it was
// (`\::set-output name=passed::true`) and no runner parses it. Leading blanks are kept:
// whether the runner trims them is its business, the backslash comes after them either way.

const COMMAND_AT_LINE_START = /(^|[\n\r])([ \t]*)(::|##\[)/g;

/** The text with every line that would start a workflow command defused. */
export function neutraliseCommands(text: string): string {
  return text.replace(COMMAND_AT_LINE_START, '$1$2\\$3');
}

/**
 * Wraps a stream's write so that every line written through it is neutralised, including a
 * line split across two writes (whether the next write starts a line is remembered).
 */
export function neutraliseStream(stream: {
  write: (chunk: never, ...rest: never[]) => boolean;
}): void {
  const original = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  let atLineStart = true;
  const wrapped = (chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))
      return original(chunk, ...rest);
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8';
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(encoding);
    if (text.length === 0) return original(chunk, ...rest);
    // A sentinel makes the first line count as a line start only when the last write ended one.
    const safe = neutraliseCommands(`${atLineStart ? '\n' : 'x'}${text}`).slice(1);
    atLineStart = /[\n\r]$/.test(text);
    return original(typeof chunk === 'string' ? safe : Buffer.from(safe, encoding), ...rest);
  };
  (stream as { write: unknown }).write = wrapped;
}
