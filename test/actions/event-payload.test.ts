// The event payload is read with a cap counted in bytes read, and only from a regular file: a
// device reports size 0 and never ends, a pipe blocks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEventPayload, readRunnerContext } from '../../src/actions/context.js';
import { resetReadLimits, setReadLimits } from '../../src/core/files/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-event-'));

describe('readEventPayload', () => {
  it('reads a regular file whole', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, '{"pull_request":{"number":7}}');
    expect(readEventPayload(path)).toBe('{"pull_request":{"number":7}}');
    expect(readRunnerContext({ GITHUB_EVENT_PATH: path }).pr).toBe(7);
  });

  it('refuses a file over the cap, saying which cap', () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, `{"pad":"${'x'.repeat(3000)}"}`);
    setReadLimits({ event: 2048 });
    try {
      expect(() => readEventPayload(path)).toThrow(
        /GITHUB_EVENT_PATH: .*MODELGATE_MAX_EVENT_BYTES/,
      );
    } finally {
      resetReadLimits();
    }
  });

  it('refuses a device without reading it, and a pipe without blocking', () => {
    expect(() => readEventPayload('/dev/zero')).toThrow(/\/dev\/zero is a .*device; not read/);
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // Opening a FIFO for reading blocks until a writer appears; a non-blocking open must be used.
    expect(() => readEventPayload(fifo)).toThrow(/fifo is a .*; not read/);
  });

  it('treats a missing file as no event', () => {
    expect(readEventPayload(join(dir, 'missing.json'))).toBe('');
  });
});
