import { g as getInput, d as setSecret } from './chunk-log.js';
import { C as COMMENT_MODES } from './chunk-plan.js';
import { t as truncate } from './chunk-escape.js';
import { t as tokenForms, b as tokenProblem } from './chunk-token.js';

const TRUE_WORDS = ["true", "yes", "1", "on"];
const FALSE_WORDS = ["false", "no", "0", "off"];
function getString(name, fallback = "") {
  return getInput(name).trim() || fallback;
}
function getBoolean(name, fallback) {
  const raw = getInput(name).trim().toLowerCase();
  if (!raw) return fallback;
  if (TRUE_WORDS.includes(raw)) return true;
  if (FALSE_WORDS.includes(raw)) return false;
  throw new Error(`input '${name}' must be true or false, got '${raw}'`);
}
function getInteger(name, fallback, min = 0) {
  const raw = getInput(name).trim();
  if (!raw) return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`input '${name}' must be a whole number \u2265 ${min}, got '${raw}'`);
  }
  return Number(raw);
}
function getEnum(name, allowed, fallback) {
  const raw = getInput(name).trim();
  if (!raw) return fallback;
  if (!allowed.includes(raw)) {
    throw new Error(`input '${name}' must be one of ${allowed.join(", ")}, got '${raw}'`);
  }
  return raw;
}
function getCommentMode(name = "comment") {
  const value = getInput(name).trim().toLowerCase();
  if (!value) return void 0;
  if (TRUE_WORDS.includes(value)) return "always";
  if (FALSE_WORDS.includes(value)) return "never";
  if (COMMENT_MODES.includes(value)) return value;
  throw new Error(
    `input '${name}' must be always, on-failure or never, got '${truncate(value, 40)}'`
  );
}
function getList(name) {
  return getInput(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

function readToken(name = "github-token") {
  const raw = getInput(name, { trimWhitespace: false });
  if (raw.trim() === "") return "";
  for (const form of tokenForms(raw)) setSecret(form);
  const problem = tokenProblem(raw);
  if (problem) throw new Error(`input ${name}: ${problem}.`);
  return raw;
}

export { getEnum as a, getBoolean as b, getCommentMode as c, getList as d, getInteger as e, getString as g, readToken as r };
