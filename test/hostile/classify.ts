// The generic classifier: decides a case's outcome from what the run did and what the case says a
// correct outcome is. It never looks at a case's id or compares a message with an expected string.
import { MEMORY_LIMIT_KB } from './harness.js';
import type { Classified, HostileCase, Observation, Secrets } from './types.js';

/** Workflow commands a step may legitimately print with PR text in the message. */
const MESSAGE_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group']);

const STACK = /^\s+at .+(?:\(|\s)(?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)?$/m;
const UNCAUGHT =
  /\b(?:RangeError|TypeError|ReferenceError|Maximum call stack size exceeded|FATAL ERROR|JavaScript heap out of memory|Unhandled|uncaught|\[object Object\]|undefined is not)\b/i;

type Verdict = Classified['verdict'];

/** Every form a secret could take in output: the value, each line of it, with its auth scheme. */
function secretForms(s: Secrets): string[] {
  const forms = [s.envCanary, s.outsideCanary, s.gitHeader];
  for (const line of s.token.split(/[\r\n]+/)) {
    const t = line.trim();
    if (t.length >= 8) forms.push(t);
    for (const word of t.split(/\s+/)) if (word.length >= 12) forms.push(word);
  }
  return forms;
}

function leaks(o: Observation, s: Secrets): string[] {
  // `::add-mask::` is how a secret is registered with the runner; there it is meant to be.
  const stdout = o.stdout.replace(/^::add-mask::.*$/gm, '');
  const places: Record<string, string> = {
    stdout,
    stderr: o.stderr,
    summary: o.summary,
    outputs: o.outputsRaw,
    'files written': o.written,
    'requests to GitHub': o.requests,
  };
  const found: string[] = [];
  for (const form of secretForms(s)) {
    for (const [where, text] of Object.entries(places)) {
      if (text.includes(form)) found.push(`${form.slice(0, 16)}… in ${where}`);
    }
  }
  return found;
}

/** Lines of PR text that the runner would read as a workflow command of their own. */
function injections(o: Observation, marker: string): string[] {
  return o.stdout.split(/\r?\n|\r/).filter((line) => {
    if (!line.includes(marker)) return false;
    if (line.startsWith('##[')) return true;
    const m = /^::([A-Za-z-]+)/.exec(line);
    return m !== null && !MESSAGE_COMMANDS.has(m[1]!.toLowerCase());
  });
}

function verdictOf(c: HostileCase, o: Observation): Verdict {
  if (o.code === null) return 'none';
  if ('cli' in c.run) {
    if (o.code === 0) return 'pass';
    if (o.code === 2) return 'error';
    // Exit 1 is the gate failing only when the run says so (a verdict or a result line).
    if (o.code === 1 && /\bFAIL(?:ED)?\b|\bfail\b/.test(o.stdout)) return 'fail';
    // `modelgate run` fails the gate on a check it could not evaluate: ERROR is its verdict.
    if (o.code === 1 && /\bERROR\b/.test(o.stdout)) return 'error';
    return 'none';
  }
  if (o.statuses.includes('success')) return 'pass';
  const stated = o.outputs.verdict ?? o.outputs.status;
  if (stated === 'pass' || stated === 'warn') return o.code === 0 ? 'pass' : 'error';
  if (stated === 'fail') return 'fail';
  if (stated === 'error') return 'error';
  if (o.code === 0) return 'pass';
  if (o.code === 1 && o.errorMessages.length > 0) return 'error';
  return 'none';
}

function errorText(c: HostileCase, o: Observation): string {
  const stdout = o.stdout.replace(/^::add-mask::.*$/gm, '');
  return 'cli' in c.run ? `${o.stderr}\n${stdout}` : `${o.errorMessages.join('\n')}\n${stdout}`;
}

/** Whether the error lets a user act: it names the input (or its file name). */
function namesInput(c: HostileCase, o: Observation): boolean {
  if (!c.names) return true;
  const text = errorText(c, o);
  const base = c.names.split('/').pop()!;
  return text.includes(c.names) || (base.length > 2 && text.includes(base));
}

export function classify(c: HostileCase, o: Observation, secrets: Secrets): Classified {
  const verdict = verdictOf(c, o);
  const r = (outcome: Classified['outcome'], why: string): Classified => ({
    outcome,
    why,
    verdict,
  });
  const outsideWritten = o.outsideWritten;
  if (outsideWritten.length > 0) return r('escape', `wrote outside: ${outsideWritten.join(', ')}`);
  if (o.outsideRead.length > 0) return r('escape', `read outside: ${o.outsideRead.join(', ')}`);
  const injected = injections(o, secrets.injection);
  if (injected.length > 0)
    return r('escape', `PR text became a workflow command: ${injected[0]!.slice(0, 80)}`);
  if (o.unknownRequests.length > 0)
    return r('escape', `request outside GitHub's API: ${o.unknownRequests[0]}`);
  const leaked = leaks(o, secrets);
  if (leaked.length > 0) return r('leak', leaked.join('; '));
  if (o.timedOut) return r('hang', `killed after ${o.ms} ms`);
  if (o.killedForMemory || o.maxRssKb > MEMORY_LIMIT_KB)
    return r('memory', `${Math.round(o.maxRssKb / 1024)} MB resident`);
  const text = `${o.stderr}\n${o.stdout}\n${o.errorMessages.join('\n')}`;
  if (o.code === null) return r('crash', `died: ${o.signal}`);
  if (![0, 1, 2].includes(o.code)) return r('crash', `exit code ${o.code}`);
  const uncaught = STACK.exec(text) ?? UNCAUGHT.exec(text);
  if (uncaught) return r('crash', `uncaught: ${uncaught[0].trim().slice(0, 80)}`);
  if (verdict === 'none') return r('crash', `exit ${o.code} without a verdict`);
  const acceptable = new Set([c.expect, ...(c.alsoOk ?? [])]);
  if (verdict === 'pass') {
    return acceptable.has('pass')
      ? r('ok', 'passed')
      : r('wrong-pass', `passed; expected ${c.expect}`);
  }
  // The run refused or failed: right unless the input was good.
  if (!acceptable.has('fail') && !acceptable.has('bad-input'))
    return r('wrong-fail', `${verdict}: ${firstLine(errorText(c, o))}`);
  if ((verdict === 'error' || c.expect === 'bad-input') && !namesInput(c, o))
    return r('unclear', `${verdict} without naming ${c.names}: ${firstLine(errorText(c, o))}`);
  return r('ok', verdict);
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0)
      ?.slice(0, 140) ?? ''
  );
}
