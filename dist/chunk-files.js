import { statSync } from 'node:fs';
import { resolve, relative, isAbsolute } from 'node:path';
import { i as isDynamicPattern, w as workspaceGlob } from './chunk-glob.js';
import { w as workspacePath, g as gateFile, a as assertUtf8Head, r as readHead, b as refusalReason } from './chunk-workspace.js';
import { f as formatOf, a as formatSpec, c as compressionOf, F as FORMAT_NAMES, e as extensionsOf, b as formatsWith, C as COMPRESSION_EXTENSIONS } from './chunk-registry.js';

const UNKNOWN_HINT = `${extensionsOf(formatsWith("text"))} (optionally + ${Object.keys(COMPRESSION_EXTENSIONS).join(" or ")}) or ${extensionsOf(FORMAT_NAMES.filter((f) => !formatSpec(f).text))}`;
function refusal(err, shown) {
  if (err.code === "ENOENT")
    return { message: "data file not found", file: shown };
  return { message: refusalReason(err), file: shown };
}
async function resolveData(patterns, cwd, forced, root = cwd, csv) {
  const files = /* @__PURE__ */ new Map();
  const problems = [];
  if (patterns.length === 0) problems.push({ message: "no data files given" });
  for (const pattern of patterns) {
    let matches;
    if (isDynamicPattern(pattern)) {
      matches = (await workspaceGlob(pattern, cwd, root, {
        onlyFiles: true,
        dot: false,
        expandDirectories: false
      })).matches;
      if (matches.length === 0) {
        problems.push({ message: `data glob ${JSON.stringify(pattern)} matched no files` });
        continue;
      }
    } else {
      const abs = resolve(cwd, pattern);
      let isDir = false;
      try {
        isDir = statSync(workspacePath(root, abs, "data file")).isDirectory();
      } catch {
      }
      if (isDir) {
        problems.push({
          message: `not a file (use a glob like "${pattern.replace(/\/$/, "")}/*.jsonl")`,
          file: pattern
        });
        continue;
      }
      matches = [abs];
    }
    for (const abs of matches) {
      if (files.has(abs)) continue;
      const rel = relative(cwd, abs);
      const path = (rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs).split("\\").join("/");
      const shown = isDynamicPattern(pattern) ? path : pattern;
      const format = forced ?? formatOf(abs);
      const text = format === void 0 || formatSpec(format).text;
      const compression = text ? compressionOf(abs).compression : void 0;
      let gated;
      try {
        gated = gateFile(root, abs, "data file");
        if (text && compression === void 0) assertUtf8Head(readHead(gated), shown);
      } catch (err) {
        problems.push(refusal(err, shown));
        continue;
      }
      if (!format) {
        problems.push({
          message: `unknown data format: name it ${UNKNOWN_HINT}, or set format (${FORMAT_NAMES.join(", ")})`,
          file: path
        });
        continue;
      }
      const tabular = formatSpec(format).layout === "delimited";
      files.set(abs, {
        path,
        abs,
        format,
        bytes: gated.size,
        gate: gated,
        ...compression ? { compression } : {},
        ...tabular && csv ? { csv } : {}
      });
    }
  }
  return { files: [...files.values()], problems };
}

export { resolveData as r };
