// Command-line parsing with modelgate's own messages: node's parser says "Unknown option
// '--data'" and stops there; a user needs to hear what to type instead.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../core/config/suggest.js';
import type { FailOn } from '../core/gate/decide.js';

/** Bad usage: main prints it with a pointer to the command's --help and exits 2. */
export class UsageError extends Error {}

type Hints = Readonly<Record<string, string>>;

/** The hints key for advice on an argument given where the command takes none. */
export const POSITIONAL = '<positional>';

function optionName(message: string): string | undefined {
  return /'(-{1,2}[^' <=]+)/.exec(message)?.[1];
}

function unknownOption(option: string, config: ParseArgsConfig, hints: Hints): string {
  const hint = hints[option];
  if (hint) return `unknown option ${option}: ${hint}`;
  const known = Object.keys(config.options ?? {}).map((o) => `--${o}`);
  const close = didYouMean(option, known);
  return close ? `unknown option ${option}: did you mean ${close}?` : `unknown option ${option}`;
}

function translate(err: unknown, config: ParseArgsConfig, hints: Hints): Error {
  const e = err as { code?: string; message: string };
  const option = optionName(e.message) ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(unknownOption(option, config, hints));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        /argument missing/.test(e.message)
          ? `${option} needs a value`
          : `${option} takes no value (it is a switch)`,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(
        `unexpected argument '${/'([^']*)'/.exec(e.message)?.[1] ?? ''}': ${hints[POSITIONAL] ?? 'this command takes options only'}`,
      );
    default:
      return err as Error;
  }
}

/**
 * node's parseArgs, strict, with parse errors turned into UsageErrors that say what to use
 * instead: `hints` maps an option this command does not have (or POSITIONAL) to advice.
 */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
  hints: Hints = {},
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw translate(err, config, hints);
  }
}

/** `--fail-on` of report, gate and run: fail (the default) or warn. */
export function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined || value === 'fail' || value === 'warn') return value ?? 'fail';
  throw new Error(`--fail-on must be fail or warn, got '${value}'`);
}

/** A numeric option's value: undefined when not given, else digits only (else an error naming it). */
export function wholeNumber(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, got '${raw}'`);
  return Number(raw);
}
