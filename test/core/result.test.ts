import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertResult,
  newResult,
  MAX_RESULT_BYTES,
  readResultFile,
  worstStatus,
  writeResultFile,
} from '../../src/core/result.js';

const base = () =>
  newResult({
    kind: 'validate',
    id: 'training-data',
    title: 'Training data',
    status: 'pass',
    summary: 'all rows valid',
    context: { repo: 'o/r', pr: 42 },
    details: {
      schemaFile: 'schemas/row.schema.json',
      rows: 0,
      invalidRows: 0,
      invalidShare: 0,
      threshold: { maxInvalidRows: '0' },
      files: [],
      groups: [],
    },
  });

describe('result contract', () => {
  it('accepts a well-formed result and stamps tool and time', () => {
    const r = base();
    expect(() => assertResult(r)).not.toThrow();
    expect(r.tool?.name).toBe('modelgate');
    expect(Date.parse(r.createdAt!)).not.toBeNaN();
  });

  it('rejects an unknown status, a bad id and extra keys, naming the pointer', () => {
    expect(() => assertResult({ ...base(), status: 'ok' })).toThrow(/\/status/);
    expect(() => assertResult({ ...base(), id: '../etc' })).toThrow(/\/id/);
    expect(() => assertResult({ ...base(), extra: 1 })).toThrow(/additional/);
    // The kind selects the details schema: validate details are not compare details.
    expect(() => assertResult({ ...base(), details: {} })).toThrow(/\/details/);
  });

  it('writes atomically and reads back, refusing a tampered file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-result-'));
    const path = join(dir, 'out', 'r.json');
    writeResultFile(path, base());
    expect(readdirSync(join(dir, 'out'))).toEqual(['r.json']);
    expect(readResultFile(path).id).toBe('training-data');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), kind: 'x' }));
    expect(() => readResultFile(path)).toThrow(new RegExp(`${path}.*kind`));
  });

  it('refuses a result file above 64 MiB before reading it, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-result-'));
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_RESULT_BYTES + 1); // sparse: no disk, no memory
    expect(MAX_RESULT_BYTES).toBe(64 * 1024 * 1024);
    expect(() => readResultFile(path)).toThrow(
      `${path}: result file is 67,108,865 bytes, larger than the 64 MiB limit; not read`,
    );
    // at the limit it is read (and then refused for what it holds, not for its size)
    const ok = join(dir, 'ok.json');
    writeResultFile(ok, base());
    const size = readFileSync(ok).length;
    expect(readResultFile(ok, size).id).toBe('training-data');
    expect(() => readResultFile(ok, size - 1)).toThrow(/larger than the .* limit; not read/);
    // a directory or other non-regular file is refused with the file named
    mkdirSync(join(dir, 'd.json'));
    expect(() => readResultFile(join(dir, 'd.json'))).toThrow(
      new RegExp(`${join(dir, 'd.json')}: cannot read result file`),
    );
  });

  it('refuses to write an invalid result and leaves nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-result-'));
    expect(() =>
      writeResultFile(join(dir, 'r.json'), { ...base(), status: 'bad' as never }),
    ).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('orders statuses pass < warn < fail < error', () => {
    expect(worstStatus([])).toBe('pass');
    expect(worstStatus(['pass', 'warn'])).toBe('warn');
    expect(worstStatus(['fail', 'warn', 'error', 'pass'])).toBe('error');
  });
});

describe('precompiled result validator', () => {
  it('equals a fresh generation from schemas/ (run `npm run package` after editing a schema)', async () => {
    // @ts-expect-error: plain JS build script without types
    const { generate } = await import('../../scripts/gen-result-validator.js');
    const committed = readFileSync(
      new URL('../../src/core/generated/result-validator.js', import.meta.url),
      'utf8',
    );
    expect(committed === generate()).toBe(true);
  });
});
