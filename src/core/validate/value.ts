// Offending values as short, safe strings: JSON, at most MAX characters, control and
// bidirectional characters escaped, never the whole of a huge record.
import { HIDDEN_CHARACTERS } from '../conventions/format.js';

const MAX = 120;
const UNSAFE = new RegExp(HIDDEN_CHARACTERS.source, 'g');

export function escape(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  // Do not split a surrogate pair.
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}

/** JSON preview of any value, stopping early on big objects and arrays. */
export function preview(value: unknown, max = MAX): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'string') return cut(escape(JSON.stringify(cut(value, max + 1))), max);
  if (typeof value !== 'object' || value === null) return cut(escape(String(value)), max);
  let out = '';
  const visit = (v: unknown): boolean => {
    if (out.length > max) return false;
    if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length; i++) {
        if (i) out += ',';
        if (!visit(v[i])) return false;
      }
      out += ']';
    } else if (v && typeof v === 'object') {
      out += '{';
      let first = true;
      for (const k of Object.keys(v)) {
        out += (first ? '' : ',') + JSON.stringify(k.length > max ? k.slice(0, max) : k) + ':';
        first = false;
        if (!visit((v as Record<string, unknown>)[k])) return false;
      }
      out += '}';
    } else {
      out +=
        typeof v === 'string'
          ? JSON.stringify(v.length > max ? v.slice(0, max + 1) : v)
          : String(v);
    }
    return out.length <= max;
  };
  visit(value);
  return cut(escape(out), max);
}

type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/**
 * A binary reader's array of numbers (a typed array) as plain values, each mapped; any other
 * view (a DataView) has no elements.
 */
export function viewElements<T>(v: ArrayBufferView, map: (x: unknown) => T): T[] {
  return v instanceof DataView ? [] : Array.from(v as TypedArray, map);
}
