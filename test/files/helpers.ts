// A throwaway workspace with hostile neighbours: a secret file outside it, and helpers to plant
// symlinks, FIFOs and files in other encodings inside it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Text that must never appear in any output: it lives outside the workspace. */
export const SECRET = 'OUTSIDE-SECRET-7f3a9c';

export interface Sandbox {
  /** The workspace root. */
  ws: string;
  /** A folder beside it, outside, holding secret.json / secret.jsonl / secret.csv. */
  outside: string;
}

export function sandbox(files: Record<string, string | Uint8Array> = {}): Sandbox {
  const top = mkdtempSync(join(tmpdir(), 'mg-files-'));
  const ws = join(top, 'ws');
  const outside = join(top, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.json'), JSON.stringify({ type: 'object', title: SECRET }));
  writeFileSync(join(outside, 'secret.jsonl'), `{"id": "${SECRET}"}\n`);
  writeFileSync(join(outside, 'secret.csv'), `id\n${SECRET}\n`);
  writeFileSync(join(outside, 'metrics.json'), `{"accuracy": "${SECRET}"}`);
  for (const [name, content] of Object.entries(files)) put(ws, name, content);
  return { ws, outside };
}

export function put(root: string, name: string, content: string | Uint8Array): string {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export function link(root: string, name: string, target: string): string {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path);
  return path;
}

export function fifo(root: string, name: string): string {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  execFileSync('mkfifo', [path]);
  return path;
}

/** `text` encoded as UTF-16 or UTF-32, with or without a byte order mark. */
export function encode(text: string, encoding: 'utf16le' | 'utf16be' | 'utf32le', bom: boolean) {
  const units: number[] = [];
  for (const ch of (bom ? '\uFEFF' : '') + text) {
    const cp = ch.codePointAt(0)!;
    if (encoding === 'utf32le') units.push(cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, 0);
    else {
      const le = Buffer.from(ch, 'utf16le');
      if (encoding === 'utf16be') le.swap16();
      units.push(...le);
    }
  }
  return Uint8Array.from(units);
}

export const ROW_SCHEMA = JSON.stringify({
  type: 'object',
  properties: { id: { type: 'string' } },
  required: ['id'],
});
