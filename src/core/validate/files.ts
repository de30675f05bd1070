// Data globs → files with their formats. A glob that matches nothing is an error, not a pass.
import { statSync } from 'node:fs';
import { relative, resolve, extname, isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { CsvDialect, DataFormat } from './types.js';
import { compressionOf, type Compression } from './bytes.js';

export interface DataFile {
  /** As shown in results and annotations: relative to cwd, with forward slashes. */
  path: string;
  abs: string;
  format: DataFormat;
  bytes: number;
  /** Decompressed while read (from the extension: .gz). */
  compression?: Compression;
  /** How the file writes CSV beyond RFC 4180 (CSV/TSV only). */
  csv?: CsvDialect;
}

const EXTENSIONS: Record<string, DataFormat> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.parquet': 'parquet',
};

/** The format a name says, under any compression extension (data.jsonl.gz: jsonl). */
export function formatOf(path: string): DataFormat | undefined {
  return EXTENSIONS[extname(compressionOf(path).inner).toLowerCase()];
}

export interface Resolved {
  files: DataFile[];
  problems: Array<{ message: string; file?: string }>;
}

export async function resolveData(
  patterns: string[],
  cwd: string,
  forced?: DataFormat,
  csv?: CsvDialect,
): Promise<Resolved> {
  const files = new Map<string, DataFile>();
  const problems: Resolved['problems'] = [];
  if (patterns.length === 0) problems.push({ message: 'no data files given' });
  for (const pattern of patterns) {
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      matches = (
        await glob(pattern, {
          cwd,
          absolute: true,
          onlyFiles: true,
          dot: false,
          expandDirectories: false,
        })
      ).sort();
      if (matches.length === 0) {
        problems.push({ message: `data glob ${JSON.stringify(pattern)} matched no files` });
        continue;
      }
    } else {
      const abs = resolve(cwd, pattern);
      let isFile = false;
      try {
        isFile = statSync(abs).isFile();
      } catch {
        problems.push({ message: `data file not found`, file: pattern });
        continue;
      }
      if (!isFile) {
        problems.push({
          message: `not a file (use a glob like "${pattern.replace(/\/$/, '')}/*.jsonl")`,
          file: pattern,
        });
        continue;
      }
      matches = [abs];
    }
    for (const abs of matches) {
      if (files.has(abs)) continue;
      const rel = relative(cwd, abs);
      const path = (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs)
        .split('\\')
        .join('/');
      const format = forced ?? formatOf(abs);
      if (!format) {
        problems.push({
          message: `unknown data format: name it .json, .jsonl, .ndjson, .csv, .tsv (optionally + .gz) or .parquet, or set format`,
          file: path,
        });
        continue;
      }
      const tabular = format === 'csv' || format === 'tsv';
      // Parquet compresses inside the file (per column chunk): a .parquet.gz is not read.
      const { compression } = format === 'parquet' ? {} : compressionOf(abs);
      files.set(abs, {
        path,
        abs,
        format,
        bytes: statSync(abs).size,
        ...(compression ? { compression } : {}),
        ...(tabular && csv ? { csv } : {}),
      });
    }
  }
  return { files: [...files.values()], problems };
}
