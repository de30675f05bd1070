import { parseArgs } from 'node:util';
import { d as didYouMean } from './chunk-suggest.js';

class UsageError extends Error {
}
const POSITIONAL = "<positional>";
function optionName(message) {
  return /'(-{1,2}[^' <=]+)/.exec(message)?.[1];
}
function unknownOption(option, config, hints) {
  const hint = hints[option];
  if (hint) return `unknown option ${option}: ${hint}`;
  const known = Object.keys(config.options ?? {}).map((o) => `--${o}`);
  const close = didYouMean(option, known);
  return close ? `unknown option ${option}: did you mean ${close}?` : `unknown option ${option}`;
}
function translate(err, config, hints) {
  const e = err;
  const option = optionName(e.message) ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(unknownOption(option, config, hints));
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(
        /argument missing/.test(e.message) ? `${option} needs a value` : `${option} takes no value (it is a switch)`
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(
        `unexpected argument '${/'([^']*)'/.exec(e.message)?.[1] ?? ""}': ${hints[POSITIONAL] ?? "this command takes options only"}`
      );
    default:
      return err;
  }
}
function parseCliArgs(config, hints = {}) {
  try {
    return parseArgs(config);
  } catch (err) {
    throw translate(err, config, hints);
  }
}
function parseFailOn(value) {
  if (value === void 0 || value === "fail" || value === "warn") return value ?? "fail";
  throw new Error(`--fail-on must be fail or warn, got '${value}'`);
}
function wholeNumber(name, raw) {
  if (raw === void 0) return void 0;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, got '${raw}'`);
  return Number(raw);
}

export { POSITIONAL as P, UsageError as U, parseFailOn as a, parseCliArgs as p, wholeNumber as w };
