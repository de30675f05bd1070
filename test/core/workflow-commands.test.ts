// Pull-request text printed by a step must not become a workflow command. The runner's parser is
// modelled by parseWorkflowCommands (test/helpers/runner.ts): a line starting with `::name`.
import { describe, expect, it } from 'vitest';
import { neutraliseCommands, neutraliseStream } from '../../src/core/workflow-commands.js';
import { parseWorkflowCommands } from '../helpers/runner.js';

const HOSTILE = [
  '::set-output name=passed::true',
  'x\n::add-mask::secret',
  'x\r\n::stop-commands::tok',
  'x\r::set-env name=A::b',
  '  ::add-path::/tmp',
  '\t::error file=a::forged',
  'a\n##[set-output name=passed;]true',
];

describe('neutraliseCommands', () => {
  it.each(HOSTILE)('%j starts no command and keeps its text', (text) => {
    const safe = neutraliseCommands(text);
    expect(parseWorkflowCommands(safe.replace(/\r/g, '\n').replace(/^[ \t]+/gm, ''))).toEqual([]);
    expect(safe.replace(/\\(?=::|##\[)/g, '')).toBe(text);
    expect(safe.split(/\r?\n|\r/).some((l) => /^\s*(::|##\[)/.test(l))).toBe(false);
  });

  it('leaves ordinary text alone, colons inside a line included', () => {
    for (const text of ['accuracy: 0.9', 'a::b', 'see ::set-output in the docs', '']) {
      expect(neutraliseCommands(text)).toBe(text);
    }
  });
});

describe('neutraliseStream', () => {
  it('defuses a command that starts a write after a write that ended a line, and not mid-line', () => {
    const written: string[] = [];
    const stream = { write: (chunk: string) => (written.push(chunk), true) };
    neutraliseStream(stream as never);
    const write = (s: string | Uint8Array) => (stream.write as (c: unknown) => boolean)(s);
    write('::set-output name=a::1\n');
    write('row 1: ');
    write('::not-a-line-start\n');
    write(Buffer.from('::add-mask::x\n'));
    expect(written.slice(0, 3)).toEqual([
      '\\::set-output name=a::1\n',
      'row 1: ',
      '::not-a-line-start\n',
    ]);
    expect(Buffer.from(written[3]!).toString()).toBe('\\::add-mask::x\n');
  });
});
