// The validate job summary: every name, message and value from the data, the schema or the PR's
// config goes through the report's escaper, so nothing links, notifies, renders or hides text.
import { describe, expect, it } from 'vitest';
import { markdownSummary } from '../../src/core/validate/present.js';
import { validate, workspace } from './helpers.js';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';

const HOSTILE =
  'see #12 and GH-3 at https://evil.example/x or www.evil.example $\\pi$ \u202egpj.exe';

describe('validate markdownSummary', () => {
  it('neutralises refs, autolinks, math and bidi characters in every untrusted field', async () => {
    const dir = workspace({
      'x.jsonl': JSON.stringify({ id: 1, label: HOSTILE, score: 0.5 }) + '\n',
    });
    copyFileSync(join(FIXTURES, 'row.schema.json'), join(dir, 'row.schema.json'));
    const result = await validate({ cwd: dir, data: ['x.jsonl'], maxInvalidRows: '0' }, 'x');
    expect(result.status).toBe('fail');
    // Fields a hostile PR controls directly (title, file name, message) carry raw text.
    result.title = HOSTILE;
    result.details.files[0]!.path = `${HOSTILE}.jsonl`;
    result.details.groups[0]!.file = `${HOSTILE}.jsonl`;
    result.details.groups[0]!.samples[0]!.message = HOSTILE;
    const md = markdownSummary(result);
    expect(md).not.toMatch(/#12|GH-3|https:\/\/|www\.evil|\$\\pi\$|\u202e/);
    // Still readable: a zero-width joiner after # and GH-, the bidi override replaced.
    expect(md).toContain('#\u200d12');
    expect(md).toContain('GH-\u200d3');
    expect(md).toContain('https\\://evil');
    expect(md).toContain('\\$\\\\pi\\$');
    expect(md).toContain('\ufffdgpj.exe');
    // the escaped text keeps every table row at its column count
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('evil'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });
});
