// The binary side file of a partial result: the bulky mergeable state (sorted key runs, drift
// samples) as raw sections, next to the partial's JSON, which names the file and holds its size
// and SHA-256 and where each section lies. Raw bytes instead of base64 in JSON: a third smaller,
// and neither written through JSON.stringify nor parsed and schema-checked by the merge. The file
// comes from another job (an artifact): it is read only beside its JSON through the workspace
// gate, at the declared size, and refused unless its digest matches.
import { createHash } from 'node:crypto';
import { basename, dirname, resolve } from 'node:path';
import { gateFile, openGated, refusalReason, type GatedFile } from '../files/workspace.js';

/** Where a section lies in the side file. */
export interface Section {
  at: number;
  bytes: number;
}

/** What the partial's JSON says about its side file. */
export interface StateFileRef {
  /** The file's name, in the folder of the partial's JSON (set when the partial is written). */
  file?: string;
  bytes: number;
  sha256: string;
}

/** Where sections start: a multiple of 8, so a reader can view 32- and 64-bit columns in place. */
const ALIGN = 8;

/** Collects sections in order; `finish` gives the file's bytes and its reference. */
export class StateWriter {
  private readonly parts: Uint8Array[] = [];
  private size = 0;

  add(bytes: Uint8Array): Section {
    const pad = (ALIGN - (this.size % ALIGN)) % ALIGN;
    if (pad) {
      this.parts.push(new Uint8Array(pad));
      this.size += pad;
    }
    const at = this.size;
    this.parts.push(bytes);
    this.size += bytes.length;
    return { at, bytes: bytes.length };
  }

  finish(): { bytes: Buffer; ref: StateFileRef } {
    const bytes = Buffer.concat(this.parts, this.size);
    return {
      bytes,
      ref: { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
    };
  }
}

/** The side file's name for a partial written to `jsonPath`: `x.json` → `x.state.bin`. */
export function stateFileName(jsonPath: string): string {
  return `${basename(jsonPath).replace(/\.json$/i, '')}.state.bin`;
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,200}\.state\.bin$/;

/** The side file's bytes once checked against `ref` (size first, then the digest). */
export async function checkState(
  bytes: Uint8Array,
  ref: StateFileRef,
  source: string,
): Promise<Uint8Array> {
  if (bytes.length !== ref.bytes)
    throw new Error(
      `${source}: the partial state file holds ${bytes.length} bytes, the result says ${ref.bytes}`,
    );
  if (createHash('sha256').update(bytes).digest('hex') !== ref.sha256)
    throw new Error(`${source}: the partial state file's SHA-256 differs from the result's`);
  return bytes;
}

/**
 * Reads the side file named by the partial at `jsonPath` (absolute): only a plain name in the
 * same folder, a regular file that stays inside that folder, at most `maxBytes`, exactly the
 * declared size and digest.
 */
export async function readStateFile(
  jsonPath: string,
  ref: StateFileRef,
  maxBytes: number,
): Promise<Uint8Array> {
  const name = ref.file ?? '';
  if (!NAME.test(name))
    throw new Error(`${jsonPath}: names no valid partial state file (${JSON.stringify(name)})`);
  const dir = dirname(jsonPath);
  const shown = resolve(dir, name);
  if (ref.bytes > maxBytes)
    throw new Error(
      `${shown}: the partial state file is said to hold ${ref.bytes} bytes, more than its rows allow (${maxBytes})`,
    );
  let bytes: Uint8Array;
  try {
    bytes = await readExactly(gateFile(dir, shown, 'partial state file'), shown, ref.bytes);
  } catch (err) {
    const message = (err as Error).message;
    throw new Error(
      message.startsWith(`${shown}: `)
        ? message
        : `${shown}: cannot read the partial state file: ${refusalReason(err)}`,
    );
  }
  return checkState(bytes, ref, shown);
}

/** A gated file's bytes, refused unless it holds exactly `size`. */
async function readExactly(file: GatedFile, shown: string, size: number): Promise<Uint8Array> {
  const fh = await openGated(file, 'partial state file', shown);
  try {
    const actual = (await fh.stat()).size;
    if (actual !== size)
      throw new Error(`${shown}: holds ${actual} bytes, the result says ${size}`);
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await fh.read(buf, got, size - got, null);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}

/** A section's bytes, refused when it does not lie inside the file. */
export function sectionOf(file: Uint8Array, s: Section, source: string): Uint8Array {
  if (
    !Number.isSafeInteger(s.at) ||
    !Number.isSafeInteger(s.bytes) ||
    s.at < 0 ||
    s.bytes < 0 ||
    s.at + s.bytes > file.length
  )
    throw new Error(`${source}: a section lies outside the partial state file`);
  return file.subarray(s.at, s.at + s.bytes);
}

/** The side file's bytes on the in-memory partial (a symbol key: JSON never carries them). */
const STATE_BYTES = Symbol('partial state bytes');

export function withStateBytes<T extends object>(o: T, bytes: Uint8Array): T {
  Object.defineProperty(o, STATE_BYTES, { value: bytes, enumerable: false });
  return o;
}

export function stateBytesOf(o: object | undefined): Uint8Array | undefined {
  return o ? (o as { [STATE_BYTES]?: Uint8Array })[STATE_BYTES] : undefined;
}
