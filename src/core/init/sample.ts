// Reads the first records of a sample data file, streaming, for schema inference.
import type { ReadStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { parseCell, type Cell } from './cell.js';
import { assertUtf8Head } from '../files/encoding.js';
import { gateFile, openGated, readHead, readWorkspaceText } from '../files/workspace.js';
import { compressionOf } from '../data/compression.js';
import { extensionsOf, formatOf, formatsWith } from '../data/registry.js';

/** The formats `init` samples (the registry's formats with `sample: true`). */
export type SampleFormat = 'json' | 'jsonl' | 'csv' | 'tsv';
export const SAMPLE_FORMATS = formatsWith('sample') as SampleFormat[];

/** A record as JSON values, or (CSV/TSV) as typed cells that remember how numbers were written. */
export type SampleRecord =
  { kind: 'json'; value: Record<string, unknown> } | { kind: 'cells'; value: Map<string, Cell> };

export interface SampleInfo {
  format: SampleFormat;
  rows: number;
  /** True when the file holds more records than were read. */
  truncated: boolean;
}

export function detectFormat(path: string): SampleFormat {
  const format = formatOf(path);
  // A compressed sample is not read here: only the plain name counts.
  if (format && (SAMPLE_FORMATS as string[]).includes(format) && !compressionOf(path).compression)
    return format as SampleFormat;
  throw new Error(
    `${path}: cannot tell the format from the extension; expected ${extensionsOf(SAMPLE_FORMATS)}`,
  );
}

/** Reads a sample through the workspace gate: `root` is the tree it may not leave. */
export async function readSample(
  path: string,
  format: SampleFormat,
  maxRows: number,
  onRecord: (record: SampleRecord) => void,
  root = dirname(resolve(path)),
): Promise<SampleInfo> {
  const file = gateFile(root, resolve(path), 'sample file');
  assertUtf8Head(readHead(file), path);
  const open = async (): Promise<ReadStream> =>
    (await openGated(file, 'sample file', path)).createReadStream({ encoding: 'utf8' });
  switch (format) {
    case 'jsonl':
      return readJsonLines(path, await open(), maxRows, onRecord);
    case 'json':
      return readJsonArray(root, path, maxRows, onRecord);
    case 'csv':
    case 'tsv':
      return readDelimited(path, await open(), format, maxRows, onRecord);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

async function readJsonLines(
  path: string,
  stream: ReadStream,
  maxRows: number,
  onRecord: (r: SampleRecord) => void,
): Promise<SampleInfo> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let rows = 0;
  let lineNo = 0;
  let truncated = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      if (rows >= maxRows) {
        truncated = true;
        break;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`${path}:${lineNo}: not valid JSON: ${(err as Error).message}`);
      }
      if (!isRecord(value)) throw new Error(`${path}:${lineNo}: expected a JSON object per line`);
      onRecord({ kind: 'json', value });
      rows++;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return { format: 'jsonl', rows, truncated };
}

async function readJsonArray(
  root: string,
  path: string,
  maxRows: number,
  onRecord: (r: SampleRecord) => void,
): Promise<SampleInfo> {
  const text = readWorkspaceText(root, resolve(path), 'sample file', 'sample', path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of records`);
  const rows = Math.min(data.length, maxRows);
  for (let i = 0; i < rows; i++) {
    const value: unknown = data[i];
    if (!isRecord(value))
      throw new Error(`${path}: record ${i + 1} of the array is not a JSON object`);
    onRecord({ kind: 'json', value });
  }
  return { format: 'json', rows, truncated: data.length > rows };
}

function readDelimited(
  path: string,
  stream: ReadStream,
  format: 'csv' | 'tsv',
  maxRows: number,
  onRecord: (r: SampleRecord) => void,
): Promise<SampleInfo> {
  return new Promise((resolvePromise, reject) => {
    let header: string[] | undefined;
    let rows = 0;
    let truncated = false;
    let failed = false;
    const fail = (parser: Papa.Parser | undefined, message: string) => {
      failed = true;
      parser?.abort();
      stream.destroy();
      reject(new Error(message));
    };
    Papa.parse<string[]>(stream, {
      delimiter: format === 'tsv' ? '\t' : ',',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: true,
      step(result, parser) {
        if (failed) return;
        // Record numbers count the header as record 1, as spreadsheet rows do.
        const recordNo = rows + 2;
        const error = result.errors[0];
        if (error)
          return fail(parser, `${path}: record ${header ? recordNo : 1}: ${error.message}`);
        const fields = result.data;
        if (!header) {
          header = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f));
          const seen = new Set<string>();
          for (const name of header) {
            if (name.trim() === '')
              return fail(parser, `${path}: the header has an empty column name`);
            if (seen.has(name))
              return fail(parser, `${path}: the header names column '${name}' twice`);
            seen.add(name);
          }
          return;
        }
        if (rows >= maxRows) {
          truncated = true;
          parser.abort();
          return;
        }
        if (fields.length !== header.length) {
          return fail(
            parser,
            `${path}: record ${recordNo} has ${fields.length} fields, the header ${header.length}`,
          );
        }
        const record = new Map<string, Cell>();
        header.forEach((name, i) => record.set(name, parseCell(fields[i]!)));
        onRecord({ kind: 'cells', value: record });
        rows++;
      },
      complete() {
        stream.destroy();
        if (failed) return;
        if (!header) return reject(new Error(`${path}: the file is empty; expected a header row`));
        resolvePromise({ format, rows, truncated });
      },
      error(err: Error) {
        if (!failed) fail(undefined, `${path}: ${err.message}`);
      },
    });
  });
}
