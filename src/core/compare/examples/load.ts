// Loading per-example score files (JSONL, CSV/TSV via papaparse, or a JSON array) into a
// table keyed by example id, with every problem located by file, line and key.
//
// Only the columns a comparison needs are kept, as raw values: whether a value must be a
// number (a score) or may be a class name (a label) is decided by the metric using it.
import { dirname, resolve } from 'node:path';
import { formatOf, formatSpec, formatsWith } from '../../data/registry.js';
import { compressionOf } from '../../data/compression.js';
import {
  gateFile,
  openWithHead,
  refusalReason,
  type GatedFile,
  type OpenedHead,
} from '../../files/workspace.js';
import { NO_SCHEMA, readRecords } from '../../data/records.js';
import type { DataFile } from '../../validate/files.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../../validate/types.js';
import { assertUtf8Head, decodeUtf8 } from '../../files/encoding.js';
import Papa from 'papaparse';
import { clip, describe, type RawValue } from './raw.js';
import { EXAMPLE_READERS, readerFor, type ExampleReader, type Sniffed } from './readers/index.js';
import { eachJsonLine } from './readers/lines.js';
import {
  addObject,
  addRecord,
  finish,
  newBuilder,
  type BuiltinFormat,
  type ExampleFormat,
  type LoadedExamples,
  type LoadExamplesOptions,
} from './table.js';

export { Samples, clip, describe, type RawValue } from './raw.js';
export type {
  BuiltinFormat,
  ExampleFormat,
  ExampleTable,
  LoadedExamples,
  LoadExamplesOptions,
} from './table.js';

/** The registry's formats that per-example files may be in. */
const EXAMPLE_FORMATS: readonly string[] = formatsWith('examples');

export function detectFormat(path: string, text: string): BuiltinFormat {
  // Read as plain text: a compression extension names no format here.
  const named = compressionOf(path).compression ? undefined : formatOf(path);
  const first = text.trimStart()[0];
  // A .json file of one object per line is JSON Lines in practice.
  if (named === 'json') return first === '[' ? 'json' : 'jsonl';
  if (named && EXAMPLE_FORMATS.includes(named)) return named as BuiltinFormat;
  if (first === '{') return 'jsonl';
  if (first === '[') return 'json';
  return 'csv';
}

function parseJsonl(path: string, text: string, options: LoadExamplesOptions): LoadedExamples {
  const b = newBuilder(path, 'jsonl', options);
  const lines: number[] = [];
  eachJsonLine(path, text, (rec, line) => addObject(b, line, lines, rec), b.problems);
  return finish(b, lines);
}

function parseJsonArray(path: string, text: string, options: LoadExamplesOptions): LoadedExamples {
  const b = newBuilder(path, 'json', options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      table: null,
      problems: [{ file: path, message: `invalid JSON: ${(e as Error).message}` }],
    };
  }
  if (!Array.isArray(value))
    return {
      table: null,
      problems: [{ file: path, message: 'expected an array of example objects' }],
    };
  const lines: number[] = [];
  value.forEach((item: unknown, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      b.problems.add({
        file: path,
        key: `[${i}]`,
        message: `record ${i}: expected an object, got ${describe(item)}`,
      });
      return;
    }
    addObject(b, 0, lines, item as Record<string, unknown>);
  });
  return finish(b, lines);
}

function parseDelimited(
  path: string,
  text: string,
  format: BuiltinFormat,
  options: LoadExamplesOptions,
): LoadedExamples {
  const b = newBuilder(path, format, options);
  const lines: number[] = [];
  let header: string[] | null = null;
  let colIndex = new Map<string, number>();
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: formatSpec(format).delimiter ?? ',',
    skipEmptyLines: true,
    step: (results) => {
      // Find the line the row starts on: skip the line breaks between the previous row's end and this row.
      while (cursor < text.length && (text[cursor] === '\n' || text[cursor] === '\r')) {
        if (text[cursor] === '\n') line++;
        cursor++;
      }
      const rowLine = line;
      for (let i = cursor; i < results.meta.cursor; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = results.meta.cursor;
      for (const err of results.errors)
        b.problems.add({ file: path, line: rowLine, message: `CSV: ${err.message}` });
      const row = results.data.map((v) => (v.endsWith('\r') ? v.slice(0, -1) : v));
      if (!header) {
        header = row;
        colIndex = new Map();
        header.forEach((name, i) => {
          if (colIndex.has(name))
            b.problems.add({
              file: path,
              line: rowLine,
              key: name,
              message: `duplicate column "${clip(name)}" in header`,
            });
          else colIndex.set(name, i);
        });
        if (!colIndex.has(options.idColumn)) {
          b.problems.add({
            file: path,
            line: rowLine,
            key: options.idColumn,
            message: `id column "${options.idColumn}" not in header`,
          });
        }
        return;
      }
      if (row.length !== header.length) {
        b.problems.add({
          file: path,
          line: rowLine,
          message: `expected ${header.length} fields as in the header, got ${row.length}`,
        });
        return;
      }
      addRecord(
        b,
        rowLine,
        lines,
        (k) => {
          const i = colIndex.get(k);
          return i === undefined ? undefined : row[i];
        },
        (k) => colIndex.has(k),
      );
    },
  });
  if (!header)
    return {
      table: null,
      problems: [{ file: path, line: 1, message: 'empty file: no header row' }],
    };
  if (!colIndex.has(options.idColumn)) return { table: null, problems: b.problems.done(path) };
  return finish(b, lines);
}

/** Parses file contents already in memory (`path` is only used in messages and for the format). */
export function parseExamples(
  path: string,
  text: string,
  options: LoadExamplesOptions,
): LoadedExamples {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseExampleBytes(path, Buffer.from(text, 'utf8'), options, text);
}

/** Parses a file of a registry format by its layout (the delimiter is the format's). */
function parseBuiltin(
  path: string,
  text: string,
  format: BuiltinFormat,
  options: LoadExamplesOptions,
): LoadedExamples {
  switch (formatSpec(format).layout) {
    case 'lines':
      return parseJsonl(path, text, options);
    case 'document':
      return parseJsonArray(path, text, options);
    case 'delimited':
      return parseDelimited(path, text, format, options);
    default:
      return {
        table: null,
        problems: [{ file: path, message: `${format} files cannot hold per-example scores` }],
      };
  }
}

/** Bytes of the head the readers' detect() sees. */
const SNIFF_BYTES = 65536;

/**
 * What the readers' detect() sees: the head, and the whole file parsed once on demand (undefined
 * when it cannot be read whole: not UTF-8, or over the per-example cap).
 */
function sniff(path: string, bytes: Buffer, decoded: () => string): Sniffed {
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  let json: { v: unknown } | undefined;
  let first: { v: unknown } | undefined;
  const head = zip ? '' : bytes.subarray(0, SNIFF_BYTES).toString('utf8');
  const parse = (t: () => string): unknown => {
    try {
      return JSON.parse(t());
    } catch {
      return undefined;
    }
  };
  return {
    path,
    head,
    zip,
    json: () =>
      (json ??= { v: zip || !head.trimStart().startsWith('{') ? undefined : parse(decoded) }).v,
    firstLine: () =>
      (first ??= { v: zip ? undefined : parse(() => head.trimStart().split('\n', 1)[0] ?? '') }).v,
  };
}

/** The whole document as JSON, or an error naming the tool whose files must be JSON. */
function jsonOf(reader: ExampleReader, parse: () => unknown): () => unknown {
  return () => {
    try {
      return parse();
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      throw new Error(`not a JSON document, as a ${reader.tool} file must be`);
    }
  };
}

function readNamed(
  reader: ExampleReader,
  path: string,
  bytes: Buffer,
  decoded: () => string,
  options: LoadExamplesOptions,
): LoadedExamples {
  let parsed: { v: unknown } | undefined;
  const json = () => {
    const text = decoded();
    // The tools write one JSON object; anything else is not their document.
    if (!text.trimStart().startsWith('{')) throw new SyntaxError('not an object');
    parsed ??= { v: JSON.parse(text) as unknown };
    return parsed.v;
  };
  let out;
  try {
    out = reader.read({ path, bytes, text: decoded, json: jsonOf(reader, json) });
  } catch (e) {
    return { table: null, problems: [{ file: path, message: (e as Error).message }] };
  }
  const b = newBuilder(path, reader.format, { ...options, repeats: true });
  for (const p of out.problems) b.problems.add(p);
  const lines: number[] = [];
  for (const r of out.records) addObject(b, r.line, lines, r.fields);
  return finish(b, lines);
}

/** Picks the reader (forced, detected by content, or built in) and parses bytes in memory. */
function parseExampleBytes(
  path: string,
  bytes: Buffer,
  options: LoadExamplesOptions,
  text?: string,
): LoadedExamples {
  let decodedText = text;
  const decoded = () => (decodedText ??= stripBom(decodeUtf8(bytes, path)));
  const reader = namedReader(sniff(path, bytes, decoded), options.format);
  if (reader) return readNamed(reader, path, bytes, decoded, options);
  let body: string;
  try {
    body = decoded();
  } catch (e) {
    return { table: null, problems: [{ file: path, message: (e as Error).message }] };
  }
  const forced = options.format as BuiltinFormat | undefined;
  return parseBuiltin(path, body, forced ?? detectFormat(path, body), options);
}

/** The named reader for a file: the forced format's, else the first that recognises the content. */
function namedReader(
  sniffed: Sniffed,
  forced: ExampleFormat | undefined,
): ExampleReader | undefined {
  return forced ? readerFor(forced) : EXAMPLE_READERS.find((r) => r.detect(sniffed));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function unreadable(path: string, e: unknown): LoadedExamples {
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'ENOENT' ? 'file not found' : refusalReason(err);
  return {
    table: null,
    problems: [{ file: path, message: `cannot read per-example scores: ${why}` }],
  };
}

/**
 * The format of a file that no named reader took: from its name (through any compression
 * extension), else from its first byte. A .json file of one object per line is JSON Lines in
 * practice; a compressed file's head says nothing, so its name decides.
 */
function streamedFormat(path: string, head: Buffer): BuiltinFormat {
  const named = formatOf(path);
  if (named && compressionOf(path).compression) return named as BuiltinFormat;
  return detectFormat(path, stripBom(head.toString('utf8')));
}

/** A record source's value as a raw value: integers beyond 2^53 keep their digits, as text. */
function rawOf(v: unknown): RawValue {
  return (typeof v === 'bigint' ? String(v) : v) as RawValue;
}

/** Streams a registry-format file through the record source into a table. */
async function streamExamples(
  file: DataFile,
  options: LoadExamplesOptions,
): Promise<LoadedExamples> {
  const { path, format } = file;
  const b = newBuilder(path, format as BuiltinFormat, options);
  const lines: number[] = [];
  const spec = formatSpec(format);
  let idColumn: boolean | undefined;
  const out = await readRecords(
    file,
    NO_SCHEMA,
    ({ value, line, record }) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const perLine = spec.layout === 'lines';
        b.problems.add({
          file: path,
          line,
          ...(perLine ? {} : { key: `[${record}]` }),
          message: perLine
            ? `expected a JSON object per line, got ${describe(value)}`
            : `record ${record}: expected an object, got ${describe(value)}`,
        });
        return;
      }
      const rec = value as Record<string, unknown>;
      // A CSV/TSV or Parquet file has its columns once: no id column, no table.
      if (spec.layout === 'delimited' || spec.layout === 'row-groups') {
        idColumn ??= Object.hasOwn(rec, options.idColumn);
        if (!idColumn) return;
      }
      addObject(b, line, lines, rec, rawOf);
    },
    { maxRecordBytes: DEFAULT_MAX_RECORD_BYTES },
  );
  for (const p of [...out.problems, ...out.unreadable]) b.problems.add(p);
  b.problems.list.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  if (idColumn === false) {
    const noId = `id column "${options.idColumn}" not in ${spec.layout === 'delimited' ? 'header' : 'file'}`;
    return {
      table: null,
      problems: [{ file: path, line: 1, key: options.idColumn, message: noId }],
    };
  }
  return finish(b, lines);
}

/**
 * Loads a per-example file through the workspace gate. A named tool's file (a whole document) is
 * read whole under the per-example size cap; any other is streamed through the record source
 * (src/core/data), so every registry format, compressed or not, is read as validate reads it.
 */
export async function loadExamples(
  path: string,
  options: LoadExamplesOptions,
): Promise<LoadedExamples> {
  const root = options.root ?? dirname(resolve(path));
  let gate: GatedFile;
  let opened: OpenedHead;
  try {
    gate = gateFile(root, resolve(path), 'per-example file');
    opened = openWithHead(gate, SNIFF_BYTES, 'per-example file');
  } catch (e) {
    return unreadable(path, e);
  }
  const { head } = opened;
  // The whole file, read on from the head only if a detector needs it (or a named reader reads
  // it), and decoded once.
  let text: string | undefined;
  const bytes = () => opened.whole('examples', path);
  const decoded = () => (text ??= stripBom(decodeUtf8(bytes(), path)));
  let reader: ExampleReader | undefined;
  try {
    reader = namedReader(sniff(path, head, decoded), options.format);
    if (reader) bytes();
  } catch (e) {
    return unreadable(path, e);
  } finally {
    opened.close();
  }
  if (reader) return readNamed(reader, path, bytes(), decoded, options);
  const format = (options.format as BuiltinFormat | undefined) ?? streamedFormat(path, head);
  const { compression } = compressionOf(path);
  try {
    // A UTF-16/32 file is named as such, as validate names it, not read as broken rows.
    if (formatSpec(format).text && !compression) assertUtf8Head(head, path);
  } catch (e) {
    return { table: null, problems: [{ file: path, message: (e as Error).message }] };
  }
  const file: DataFile = { path, abs: gate.abs, format, bytes: gate.size, gate };
  return streamExamples(compression ? { ...file, compression } : file, options);
}
