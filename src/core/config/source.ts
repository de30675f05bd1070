// A parsed YAML/JSON document that remembers where every key and value came from, so a problem
// found later (schema, duplicate id, missing file) can be reported at its line and column.
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** A path into the data: object keys and array indices. */
export type DataPath = Array<string | number>;

export interface SourceProblem {
  position: Position;
  path: DataPath;
  message: string;
}

export interface ParsedSource {
  value: unknown;
  /** Problems of the text itself (syntax, duplicate keys); empty when `value` is usable. */
  problems: SourceProblem[];
  /** Where the value at `path` is written; `key: true` asks for its key instead. */
  locate(path: DataPath, options?: { key?: boolean }): Position | undefined;
}

// Aliases are legal YAML; the cap stops a "billion laughs" document from exhausting memory.
const MAX_ALIAS_COUNT = 100;

// A JSON file with comments (JSONC, as editors allow in settings files) would otherwise get a
// YAML parser's baffling message about keys; say what is wrong instead.
const JSON_COMMENT = /^[ \t]*(\/\/|\/\*)/;

function jsonComments(text: string): SourceProblem[] {
  if (!/^\s*[{[]/.test(text)) return [];
  const problems: SourceProblem[] = [];
  text.split('\n').forEach((line, i) => {
    const match = JSON_COMMENT.exec(line);
    if (!match) return;
    problems.push({
      position: { line: i + 1, column: match[0].length - match[1]!.length + 1 },
      path: [],
      message: `JSON allows no comments: remove the '${match[1]}' comment, or write the config in YAML, where comments start with #`,
    });
  });
  return problems;
}

export function parseSource(text: string): ParsedSource {
  const comments = jsonComments(text);
  if (comments.length > 0) return { value: null, problems: comments, locate: () => undefined };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    uniqueKeys: true,
    keepSourceTokens: true,
    lineCounter,
    prettyErrors: false,
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const problems: SourceProblem[] = doc.errors.map((err) => {
    const offset = err.pos[0];
    if (err.code === 'DUPLICATE_KEY') {
      const found = findKeyAt(doc, offset);
      if (found) {
        return {
          position: at(offset),
          path: found.path,
          message: `duplicate key '${found.key}'`,
        };
      }
    }
    if (err.code === 'MULTIPLE_DOCS') {
      return {
        position: at(offset),
        path: [],
        message: 'a config is one YAML document; remove the `---` separator',
      };
    }
    return { position: at(offset), path: [], message: firstLine(err.message) };
  });

  let value: unknown = null;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      problems.push({
        position: { line: 1, column: 1 },
        path: [],
        message: (err as Error).message,
      });
    }
  }

  return {
    value,
    problems,
    locate(path, options = {}) {
      const offset = offsetOf(doc, path, options.key === true);
      return offset === undefined ? undefined : at(offset);
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function deref(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** Offset of the value (or key) at `path`; the nearest existing ancestor when it is absent. */
function offsetOf(doc: Document, path: DataPath, wantKey: boolean): number | undefined {
  let node: unknown = doc.contents;
  let keyNode: YamlNode | undefined;
  for (const segment of path) {
    node = deref(doc, node);
    keyNode = undefined;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(segment));
      if (pair) {
        keyNode = isScalar(pair.key) ? pair.key : undefined;
        next = pair.value ?? pair.key;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined) break;
    node = next;
  }
  const target = wantKey && keyNode ? keyNode : (node as YamlNode | null);
  return target?.range?.[0];
}

/** The key whose token starts at `offset`, with the path of the map that holds it. */
function findKeyAt(doc: Document, offset: number): { key: string; path: DataPath } | undefined {
  const walk = (node: unknown, path: DataPath): { key: string; path: DataPath } | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as YamlNode | null;
        const text = keyText(key);
        if (key?.range?.[0] === offset && text !== undefined) return { key: text, path };
        if (text !== undefined) {
          const found = walk(pair.value, [...path, text]);
          if (found) return found;
        }
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i], [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(doc.contents, []);
}
