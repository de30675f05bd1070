import { s as setFailed, r as readRunnerContext, j as getList, a as getEnum, g as getString, e as error, d as setOutput, w as warning, f as summary, i as info } from './chunk-inputs.js';
import { c as createGitHubClient } from './chunk-pulls.js';
import 'node:crypto';
import { l as loadResults, g as gateItems, a as gateBlocks, d as decideGate, I as ICON, t as table, s as statusLabel } from './chunk-load2.js';
import { e as esc } from './chunk-escape.js';
import { D as DEFAULT_RESULTS, G as GITHUB_LOG, r as resolveTarget, o as overrideEvidence } from './chunk-report-gate.js';
import 'node:fs';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunk-_commonjsHelpers.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import './chunk-result.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import 'node:path';
import './chunk-index4.js';
import 'url';
import 'module';

async function run() {
  const ctx = readRunnerContext();
  const patterns = getList("results");
  const failOn = getEnum("fail-on", ["fail", "warn"], "fail");
  const overrideLabel = getString("override-label");
  const token = getString("github-token");
  const entries = await loadResults(patterns.length ? patterns : [DEFAULT_RESULTS], {
    cwd: ctx.workspace
  });
  for (const e of entries) if (!e.ok) error(e.error);
  const items = gateItems(entries);
  let override;
  if (overrideLabel && gateBlocks(items, failOn)) {
    const client = token && ctx.repo ? createGitHubClient({
      token,
      baseUrl: ctx.apiUrl,
      log: GITHUB_LOG
    }) : void 0;
    const target = await resolveTarget(ctx, entries, client);
    override = target.refused ? { label: overrideLabel, present: false, error: target.refused } : await overrideEvidence(client, target, overrideLabel);
  }
  const decision = decideGate({ items, failOn, override });
  setOutput("verdict", decision.verdict);
  setOutput("failed", String(decision.failed));
  setOutput("warned", String(decision.warned));
  setOutput("reason", decision.reason);
  if (decision.override?.accepted) {
    setOutput("override-by", decision.override.actor ?? "");
    setOutput("override-at", decision.override.at ?? "");
  }
  const lines = [
    `### ${ICON[decision.verdict]} modelgate gate: ${decision.verdict} \xB7 ${esc(decision.reason)}`
  ];
  const o = decision.override;
  if (o?.accepted) {
    lines.push(
      `> ${ICON.warn} **Overridden** by ${esc(o.actor)} at ${esc(o.at)} with label ${esc(o.label)}: the failure is accepted, not fixed.`
    );
    warning(`modelgate gate: ${o.message}`);
  } else if (o && (o.actor || override?.error)) {
    lines.push(`> ${ICON.warn} **Override ignored.** ${esc(o.message)}.`);
    warning(`modelgate gate: ${o.message}`);
  }
  if (entries.length) {
    lines.push(
      table(
        ["Result", "Status", "Summary"],
        entries.map(
          (e) => e.ok ? [esc(e.result.id), statusLabel(e.result.status), esc(e.result.summary, { max: 300 })] : [esc(e.path, { max: 120 }), statusLabel("error"), esc(e.error, { max: 300 })]
        )
      )
    );
  }
  await summary.addRaw(lines.join("\n\n") + "\n").write();
  if (decision.failed) setFailed(`modelgate gate: ${decision.reason}`);
  else info(`modelgate gate: ${decision.verdict}: ${decision.reason}`);
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
