// Data globs → files with their formats. A glob that matches nothing is an error, not a pass.
import { statSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { assertUtf8Head } from '../files/encoding.js';
import { workspaceGlob } from '../files/glob.js';
import {
  gateFile,
  readHead,
  refusalReason,
  workspacePath,
  type GatedFile,
} from '../files/workspace.js';
import type { CsvDialect, DataFormat } from './types.js';
import { compressionOf, type Compression } from '../data/compression.js';
import { COMPRESSION_EXTENSIONS } from '../data/compression.js';
import { FORMAT_NAMES, extensionsOf, formatOf, formatSpec, formatsWith } from '../data/registry.js';

export interface DataFile {
  /** As shown in results and annotations: relative to cwd, with forward slashes. */
  path: string;
  abs: string;
  format: DataFormat;
  bytes: number;
  /** The file as the workspace gate checked it: every open is checked against it. */
  gate: GatedFile;
  /** Decompressed while read (from the extension: .gz). */
  compression?: Compression;
  /** How the file writes CSV beyond RFC 4180 (CSV/TSV only). */
  csv?: CsvDialect;
}

export { formatOf } from '../data/registry.js';

const UNKNOWN_HINT = `${extensionsOf(formatsWith('text'))} (optionally + ${Object.keys(COMPRESSION_EXTENSIONS).join(' or ')}) or ${extensionsOf(FORMAT_NAMES.filter((f) => !formatSpec(f).text))}`;

export interface Resolved {
  files: DataFile[];
  problems: Array<{ message: string; file?: string }>;
}

/** Where a problem with one data path is reported: the refusal reason, by file. */
function refusal(err: unknown, shown: string): { message: string; file: string } {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT')
    return { message: 'data file not found', file: shown };
  return { message: refusalReason(err), file: shown };
}

/**
 * Data files and globs → gated files. `root` is the workspace: a match whose real path leaves it,
 * enters `.git/`, or is not a regular file is a problem naming the file, never read.
 */
export async function resolveData(
  patterns: string[],
  cwd: string,
  forced?: DataFormat,
  root = cwd,
  csv?: CsvDialect,
): Promise<Resolved> {
  const files = new Map<string, DataFile>();
  const problems: Resolved['problems'] = [];
  if (patterns.length === 0) problems.push({ message: 'no data files given' });
  for (const pattern of patterns) {
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      matches = (
        await workspaceGlob(pattern, cwd, root, {
          onlyFiles: true,
          dot: false,
          expandDirectories: false,
        })
      ).matches;
      if (matches.length === 0) {
        problems.push({ message: `data glob ${JSON.stringify(pattern)} matched no files` });
        continue;
      }
    } else {
      const abs = resolve(cwd, pattern);
      let isDir = false;
      try {
        isDir = statSync(workspacePath(root, abs, 'data file')).isDirectory();
      } catch {
        // Missing or refused: the gate below says which.
      }
      if (isDir) {
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
      const shown = isDynamicPattern(pattern) ? path : pattern;
      const format = forced ?? formatOf(abs);
      // Binary formats compress inside the file (Parquet: per column chunk): no .parquet.gz.
      const text = format === undefined || formatSpec(format).text;
      const compression = text ? compressionOf(abs).compression : undefined;
      let gated: GatedFile;
      try {
        gated = gateFile(root, abs, 'data file');
        // Only plain text has an encoding to name; compressed and binary formats' bytes are not text.
        if (text && compression === undefined) assertUtf8Head(readHead(gated), shown);
      } catch (err) {
        problems.push(refusal(err, shown));
        continue;
      }
      if (!format) {
        problems.push({
          message: `unknown data format: name it ${UNKNOWN_HINT}, or set format (${FORMAT_NAMES.join(', ')})`,
          file: path,
        });
        continue;
      }
      const tabular = formatSpec(format).layout === 'delimited';
      files.set(abs, {
        path,
        abs,
        format,
        bytes: gated.size,
        gate: gated,
        ...(compression ? { compression } : {}),
        ...(tabular && csv ? { csv } : {}),
      });
    }
  }
  return { files: [...files.values()], problems };
}
