import { resolve, isAbsolute, relative } from 'node:path';
import { c as readWorkspaceText, b as refusalReason } from './chunk-workspace.js';
import { C as ConfigError, a as formatPath, v as validatorFor, e as explainErrors } from './chunk-schema.js';
export { f as formatProblem } from './chunk-schema.js';
import { existsSync } from 'node:fs';
import { a as workspaceGlobSync, t as tooDeep } from './chunk-glob.js';
import { d as distExports } from './chunk-index.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-2020.js';
import './chunk-index3.js';
import './chunk-ucs2length.js';
import './chunk-index4.js';
import './chunk-index5.js';
import './chunk-_commonjsHelpers.js';
import './chunk-formats.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'process';
import 'buffer';

function entries(config, section) {
  const list = config[section];
  if (!Array.isArray(list)) return [];
  return list.flatMap(
    (entry, i) => entry !== null && typeof entry === "object" && !Array.isArray(entry) ? [{ entry, i }] : []
  );
}
function hasNoChecks(config) {
  const count = (section) => {
    const list = config[section];
    return Array.isArray(list) ? list.length : 0;
  };
  return count("validate") + count("compare") === 0;
}
function checkUniqueIds(config) {
  const problems = [];
  const first = /* @__PURE__ */ new Map();
  for (const section of ["validate", "compare"]) {
    entries(config, section).forEach(({ entry, i }) => {
      const id = entry.id;
      if (typeof id !== "string") return;
      const path = [section, i, "id"];
      const earlier = first.get(id);
      if (earlier) {
        problems.push({
          path,
          message: `duplicate id '${id}' (already used by ${earlier[0]}[${earlier[1]}]); ids name result files and report sections, so they must be unique`
        });
      } else {
        first.set(id, path);
      }
    });
  }
  return problems;
}
function pathFields(config) {
  const out = [];
  const add = (path, value, kind) => {
    if (typeof value === "string") out.push({ path, value, kind });
  };
  entries(config, "validate").forEach(({ entry: v, i }) => {
    add(["validate", i, "schema"], v.schema, "file");
    if (Array.isArray(v.data)) v.data.forEach((g, j) => add(["validate", i, "data", j], g, "glob"));
    else add(["validate", i, "data"], v.data, "glob");
  });
  entries(config, "compare").forEach(({ entry: c, i }) => {
    add(["compare", i, "candidate"], c.candidate, "file-or-dir");
    const b = c.baseline;
    if (b && typeof b === "object" && !b.base_branch && !b.artifact)
      add(["compare", i, "baseline", "path"], b.path, "file-or-dir");
    const examples = c.examples;
    if (examples && typeof examples === "object") {
      add(["compare", i, "examples", "candidate"], examples.candidate, "file");
      add(["compare", i, "examples", "baseline"], examples.baseline, "file");
    }
  });
  return out;
}
function checkPaths(config, root, checkFiles) {
  const problems = [];
  for (const field of pathFields(config)) {
    const outside = workspaceEscape(root, field.value);
    if (outside) {
      problems.push({ path: field.path, message: outside });
      continue;
    }
    if (!checkFiles) continue;
    if (field.kind === "glob") {
      let matches;
      try {
        matches = workspaceGlobSync(field.value, root, root, {
          onlyFiles: true,
          dot: false,
          expandDirectories: false
        }).matches;
      } catch (err) {
        problems.push({
          path: field.path,
          message: `bad glob '${field.value}': ${err.message}`
        });
        continue;
      }
      if (matches.length === 0) {
        problems.push({
          path: field.path,
          message: `no file matches '${field.value}' (relative to ${root})`
        });
      }
    } else if (!existsSync(resolve(root, field.value))) {
      problems.push({
        path: field.path,
        message: `file not found: '${field.value}' (relative to ${root})`
      });
    }
  }
  return problems;
}
function workspaceEscape(root, path) {
  if (path.trim() === "") return "must not be empty";
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("~")) {
    return `'${path}' must be relative to the workspace root, not absolute`;
  }
  const rel = relative(resolve(root), resolve(root, path));
  if (rel === ".." || rel.startsWith("../") || rel.startsWith("..\\") || isAbsolute(rel)) {
    return `'${path}' points outside the workspace root`;
  }
  return void 0;
}
function resolveConfigPath(root, path) {
  const escape = workspaceEscape(root, path);
  if (escape) throw new Error(escape);
  return resolve(root, path);
}

const MAX_ALIAS_COUNT = 100;
const JSON_COMMENT = /^[ \t]*(\/\/|\/\*)/;
function jsonComments(text) {
  if (!/^\s*[{[]/.test(text)) return [];
  const problems = [];
  text.split("\n").forEach((line, i) => {
    const match = JSON_COMMENT.exec(line);
    if (!match) return;
    problems.push({
      position: { line: i + 1, column: match[0].length - match[1].length + 1 },
      path: [],
      message: `JSON allows no comments: remove the '${match[1]}' comment, or write the config in YAML, where comments start with #`
    });
  });
  return problems;
}
const MAX_CONFIG_DEPTH = 64;
function parseSource(text) {
  const deep = tooDeep(text, MAX_CONFIG_DEPTH);
  if (deep) {
    return {
      value: null,
      problems: [
        {
          position: { line: deep.line, column: 1 },
          path: [],
          message: `nested deeper than ${MAX_CONFIG_DEPTH} levels (${deep.depth} at this line)`
        }
      ],
      locate: () => void 0
    };
  }
  const comments = jsonComments(text);
  if (comments.length > 0) return { value: null, problems: comments, locate: () => void 0 };
  const lineCounter = new distExports.LineCounter();
  const doc = distExports.parseDocument(text, {
    uniqueKeys: true,
    keepSourceTokens: true,
    lineCounter,
    prettyErrors: false
  });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = doc.errors.map((err) => {
    const offset = err.pos[0];
    if (err.code === "DUPLICATE_KEY") {
      const found = findKeyAt(doc, offset);
      if (found) {
        return {
          position: at(offset),
          path: found.path,
          message: `duplicate key '${found.key}'`
        };
      }
    }
    if (err.code === "MULTIPLE_DOCS") {
      return {
        position: at(offset),
        path: [],
        message: "a config is one YAML document; remove the `---` separator"
      };
    }
    return { position: at(offset), path: [], message: firstLine(err.message) };
  });
  let value = null;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      problems.push({
        position: { line: 1, column: 1 },
        path: [],
        message: err.message
      });
    }
  }
  return {
    value,
    problems,
    locate(path, options = {}) {
      const offset = offsetOf(doc, path, options.key === true);
      return offset === void 0 ? void 0 : at(offset);
    }
  };
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function deref(doc, node) {
  return distExports.isAlias(node) ? node.resolve(doc) : node;
}
function keyText(key) {
  if (distExports.isScalar(key)) return String(key.value);
  return void 0;
}
function offsetOf(doc, path, wantKey) {
  let node = doc.contents;
  let keyNode;
  for (const segment of path) {
    node = deref(doc, node);
    keyNode = void 0;
    let next;
    if (distExports.isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(segment));
      if (pair) {
        keyNode = distExports.isScalar(pair.key) ? pair.key : void 0;
        next = pair.value ?? pair.key;
      }
    } else if (distExports.isSeq(node) && typeof segment === "number") {
      next = node.items[segment];
    }
    if (next === void 0) break;
    node = next;
  }
  const target = wantKey && keyNode ? keyNode : node;
  return target?.range?.[0];
}
function findKeyAt(doc, offset) {
  const walk = (node, path) => {
    if (distExports.isMap(node)) {
      for (const pair of node.items) {
        if (!distExports.isPair(pair)) continue;
        const key = pair.key;
        const text = keyText(key);
        if (key?.range?.[0] === offset && text !== void 0) return { key: text, path };
        if (text !== void 0) {
          const found = walk(pair.value, [...path, text]);
          if (found) return found;
        }
      }
    } else if (distExports.isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i], [...path, i]);
        if (found) return found;
      }
    }
    return void 0;
  };
  return walk(doc.contents, []);
}

const REPORT_DEFAULTS = {
  id: "modelgate",
  status_context: "modelgate",
  history: false,
  comment: true,
  summary: true
};
const GATE_DEFAULTS = {
  fail_on: "fail",
  override_scope: "commit",
  error_is: "fail"
};

function loadConfig(path, options = {}) {
  let text;
  try {
    text = readWorkspaceText(
      resolve(options.root ?? "."),
      resolve(path),
      "config file",
      "config",
      path
    );
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "config file not found" : `cannot read config file: ${refusalReason(err)}`;
    throw new ConfigError([{ source: path, key: "", path: [], message: why }]);
  }
  return loadConfigText(text, path, options);
}
function loadConfigText(text, source, options = {}) {
  const root = resolve(options.root ?? ".");
  const parsed = parseSource(stripBom(text));
  const problems = checkConfig(parsed, source, root, options);
  if (problems.length > 0) throw new ConfigError(problems);
  const raw = parsed.value;
  return {
    config: withDefaults(raw),
    file: source,
    root,
    locate: (p) => parsed.locate(p),
    problemAt: (p, message) => locatedProblem(parsed, source, p, false, message)
  };
}
function validateConfigFile(path, options = {}) {
  try {
    loadConfig(path, options);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}
function loadConfigPart(input, schema, source) {
  const parsed = typeof input === "string" ? parseSource(stripBom(input)) : { value: input, problems: [], locate: () => void 0 };
  const problems = parseProblems(parsed, source);
  if (problems.length === 0) problems.push(...schemaProblems(parsed, source, schema));
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed.value;
}
function checkConfig(parsed, source, root, options) {
  const problems = parseProblems(parsed, source);
  if (problems.length > 0) return problems;
  if (parsed.value === null || parsed.value === void 0) {
    return [
      {
        source,
        line: 1,
        column: 1,
        key: "",
        path: [],
        message: "the config is empty; start it with `version: 1`"
      }
    ];
  }
  problems.push(...schemaProblems(parsed, source, "config"));
  const raw = parsed.value;
  if (typeof raw !== "object" || Array.isArray(raw)) return problems;
  const checks = [...checkUniqueIds(raw), ...checkPaths(raw, root, options.checkFiles === true)];
  for (const p of checks) {
    problems.push(locatedProblem(parsed, source, p.path, p.atKey ?? false, p.message));
  }
  if (options.requireChecks && hasNoChecks(raw)) {
    problems.push({
      source,
      line: 1,
      column: 1,
      key: "",
      path: [],
      message: "the config names no checks: add a validate: entry (data against a schema) or a compare: entry (model metrics), or there is nothing to gate"
    });
  }
  return sortProblems(problems);
}
function parseProblems(parsed, source) {
  return parsed.problems.map((p) => ({
    source,
    line: p.position.line,
    column: p.position.column,
    key: formatPath(p.path),
    path: p.path,
    message: p.message
  }));
}
function schemaProblems(parsed, source, schema) {
  const validate = validatorFor(schema);
  if (validate(parsed.value)) return [];
  const explained = explainErrors(validate.errors ?? [], parsed.value);
  return sortProblems(
    explained.map((e) => locatedProblem(parsed, source, e.path, e.atKey, e.message, e.label))
  );
}
function locatedProblem(parsed, source, path, atKey, message, label) {
  const position = parsed.locate(path, { key: atKey });
  return {
    source,
    ...position ? { line: position.line, column: position.column } : {},
    key: formatPath(label ?? path),
    path,
    message
  };
}
function sortProblems(problems) {
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function withDefaults(raw) {
  return {
    version: 1,
    validate: raw.validate ?? [],
    compare: raw.compare ?? [],
    report: { ...REPORT_DEFAULTS, ...raw.report },
    gate: { ...GATE_DEFAULTS, ...raw.gate }
  };
}

export { ConfigError, GATE_DEFAULTS, REPORT_DEFAULTS, loadConfig, loadConfigPart, loadConfigText, resolveConfigPath, validateConfigFile, workspaceEscape };
