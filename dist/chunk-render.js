import { b as worseFirst } from './chunk-result.js';
import { t as table, u as unlimited, i as emptyCut } from './chunk-text-rows.js';
import { e as esc } from './chunk-escape.js';
import { a as shortSha, p as plural, I as ICON, f as fmtCount } from './chunk-format.js';
import { f as findCheckKind, c as checkKinds } from './chunk-registry.js';

const MAX_ROWS = 30;
const cell = (v) => v === void 0 ? "(not set)" : esc(v, { max: 80 });
const MODE = {
  stricter: "every rule it loosens keeps the base commit\u2019s value",
  base: "the base commit\u2019s rules apply",
  head: "its own rules apply (rules_from: head)"
};
function rulesBlock(rules) {
  if (!rules || rules.changes.length === 0) return void 0;
  const sha = shortSha(rules.baseCommit);
  const loosened = rules.changes.filter((c) => c.applied === "base").length;
  const head = `> \u2696\uFE0F **This pull request changes the gate\u2019s rules** (rules_from: ${rules.mode}): ${MODE[rules.mode]}.` + (rules.mode === "stricter" && loosened ? ` ${loosened} change${loosened === 1 ? "" : "s"} kept at the base\u2019s value.` : "");
  const rows = rules.changes.slice(0, MAX_ROWS).map((c) => [
    esc(c.check, { max: 60 }),
    esc(c.key, { max: 80 }),
    cell(c.base),
    cell(c.head),
    c.applied === "base" ? "**base**" : "this PR"
  ]);
  const more = rules.changes.length - MAX_ROWS;
  return [
    head,
    table(["check", "rule", sha ? `base ${sha}` : "base", "this pull request", "applies"], rows),
    ...more > 0 ? [`and ${more} more rule changes`] : []
  ].join("\n\n");
}

const SUMMARY_LIMIT = 1048576;
function orderEntries(entries) {
  const status = (e) => e.ok ? e.result.status : "error";
  const key = (e) => e.ok ? e.result.id : e.path;
  return [...entries].sort(
    (a, b) => worseFirst(status(a), status(b)) || key(a).localeCompare(key(b)) || a.path.localeCompare(b.path)
  );
}
function verdictLine(decision, title) {
  return `### ${ICON[decision.verdict]} ${esc(title, { max: 80 })}: ${decision.verdict} \xB7 ${esc(decision.reason, { max: 400 })}`;
}
function overrideLine(decision) {
  const o = decision.override;
  if (!o || !o.accepted && !o.actor && !/could not be checked/.test(o.message)) return void 0;
  if (o.accepted) {
    return `> ${ICON.warn} **Overridden.** ${esc(o.message, { max: 400 })}. The failure is accepted, not fixed.`;
  }
  return `> ${ICON.warn} **Override ignored.** ${esc(o.message, { max: 400 })}.`;
}
function section(entry, ctx) {
  if (!entry.ok) {
    const lines2 = [`#### ${ICON.error} ${esc(entry.path, { max: 120 })}: not a usable result file`];
    if (ctx.level < 4) lines2.push(esc(entry.error, { max: 600 }));
    return lines2.join("\n\n");
  }
  const r = entry.result;
  const lines = [
    `#### ${ICON[r.status]} ${esc(r.title || r.id, { max: 120 })} \xB7 ${r.kind} ${esc(r.id)}`,
    esc(r.summary, { max: 1e3 })
  ];
  if (r.errors?.length && ctx.level < 4) {
    const shown = r.errors.slice(0, 10).map((p) => {
      const where = [
        p.file,
        p.line !== void 0 ? `line ${p.line}` : void 0,
        p.key ? `key ${p.key}` : void 0
      ].filter((x) => x !== void 0).map((x) => esc(x, { max: 120 })).join(", ");
      return `- ${where ? `${where}: ` : ""}${esc(p.message, { max: 300 })}`;
    });
    if (r.errors.length > 10) shown.push(`- and ${fmtCount(r.errors.length - 10)} more`);
    lines.push(shown.join("\n"));
  }
  const kind = findCheckKind(r.kind);
  if (kind && ctx.level < 4) lines.push(...kind.report.markdown(r, ctx));
  else kind?.report.cut(r, ctx.cut);
  return lines.join("\n\n");
}
function footer(entries, info) {
  const version = info?.version && /^[\w.+-]{1,40}$/.test(info.version) ? ` ${info.version}` : "";
  const parts = [`modelgate${version}`];
  const sha = shortSha(info?.commit);
  if (sha) parts.push(`commit ${sha}`);
  for (const kind of checkKinds()) {
    const footer2 = kind.report.footer;
    if (!footer2) continue;
    const notes = results(entries).filter((r) => r.kind === kind.name).slice(0, 5).map((r) => `${esc(r.id)}: ${footer2.note(r)}`);
    if (notes.length) parts.push(`${footer2.label} ${notes.join("; ")}`);
  }
  if (info?.runUrl && /^https?:\/\/[^\s()<>]+$/.test(info.runUrl))
    parts.push(`[workflow run](${info.runUrl})`);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function cutNote(cut, unit, hint, truncated) {
  const what = [];
  if (cut.samples) what.push(plural(cut.samples, "sample violation"));
  if (cut.slices) what.push(plural(cut.slices, "slice row"));
  if (cut.details) what.push(plural(cut.details, "detail row"));
  if (cut.sections) what.push(plural(cut.sections, "result section"));
  if (truncated) what.push("the end of the report");
  const limit = unit === "chars" ? "GitHub's 65,536-character comment limit" : "GitHub's 1 MiB job summary limit";
  const where = hint ?? "The full details are in the result files.";
  return `> \u2702\uFE0F Shortened to fit ${limit}: left out ${what.join(", ")}. ${where}`;
}
const DELTA_LEGEND = "<sub>\u0394 = change from baseline to candidate, positive = better; \u2191/\u2193 = change of a metric with no direction set.</sub>";
function results(entries) {
  return entries.flatMap((e) => e.ok ? [e.result] : []);
}
function hasDeltas(entries) {
  return results(entries).some((r) => findCheckKind(r.kind)?.report.hasDeltas?.(r) ?? false);
}
function assemble(input, options, level, allow = unlimited(), sectionBudget) {
  const cut = emptyCut();
  const ordered = orderEntries(input.entries);
  const ctx = { level, cut, allow };
  const head = [verdictLine(input.decision, options.title ?? "modelgate")];
  const override = overrideLine(input.decision);
  if (override) head.push(override);
  if (level < 4 && hasDeltas(ordered)) head.push(DELTA_LEGEND);
  const rules = rulesBlock(input.rules);
  if (rules) head.push(rules);
  let sections = ordered.map((e) => section(e, ctx));
  if (sectionBudget !== void 0) {
    const kept = [];
    let used = 0;
    for (const s of sections) {
      const size = s.length + 2;
      if (used + size > sectionBudget) break;
      kept.push(s);
      used += size;
    }
    cut.sections += sections.length - kept.length;
    sections = kept;
  }
  return { head, sections, tail: ["---", footer(ordered, options.footer)], cut };
}
function measure(text, unit) {
  return unit === "bytes" ? Buffer.byteLength(text, "utf8") : text.length;
}
function join(parts, note) {
  return [...parts.head, ...note ? [note] : [], ...parts.sections, ...parts.tail].join("\n\n") + "\n";
}
function renderLevel(input, options, level, allow) {
  const parts = assemble(input, options, level, allow ?? unlimited());
  const note = level > 0 ? cutNote(parts.cut, options.unit ?? "chars", options.fullReportHint, false) : void 0;
  return { markdown: join(parts, note), level, cut: parts.cut, truncated: false };
}
function countRows(entries) {
  const total = { attention: 0, passing: 0 };
  for (const r of results(entries)) {
    const rows = findCheckKind(r.kind)?.report.rows?.(r);
    total.attention += rows?.attention ?? 0;
    total.passing += rows?.passing ?? 0;
  }
  return total;
}
function largestFitting(max, render, fits) {
  let best = render(0);
  if (!fits(best)) return void 0;
  let lo = 1;
  let hi = max;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const out = render(mid);
    if (fits(out)) {
      best = out;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
function renderReport(input, options = {}) {
  const unit = options.unit ?? "chars";
  const limit = options.limit ?? Infinity;
  const fits = (out) => measure(out.markdown, unit) <= limit;
  for (const level of [0, 1]) {
    const out = renderLevel(input, options, level);
    if (fits(out)) return out;
  }
  const total = countRows(input.entries);
  const passing = largestFitting(
    total.passing,
    (n) => renderLevel(input, options, 2, { attention: Infinity, passing: n }),
    fits
  );
  if (passing) return passing;
  const attention = largestFitting(
    total.attention,
    (n) => renderLevel(input, options, 3, { attention: n, passing: 0 }),
    fits
  );
  if (attention) return attention;
  const headings = renderLevel(input, options, 4);
  if (fits(headings)) return headings;
  const skeleton = assemble(input, options, 4, unlimited(), 0);
  const fixed = measure(
    join(skeleton, cutNote({ ...skeleton.cut, sections: 1e9 }, unit, options.fullReportHint, true)),
    unit
  );
  const perChar = unit === "bytes" ? 4 : 1;
  const parts = assemble(
    input,
    options,
    4,
    unlimited(),
    Math.max(0, Math.floor((limit - fixed) / perChar))
  );
  let markdown = join(parts, cutNote(parts.cut, unit, options.fullReportHint, false));
  let truncated = false;
  if (measure(markdown, unit) > limit) {
    truncated = true;
    const note = cutNote(parts.cut, unit, options.fullReportHint, true);
    let body = join({ ...parts, sections: [] }, note);
    while (measure(body, unit) > limit && body.includes("\n"))
      body = body.slice(0, body.lastIndexOf("\n", body.length - 2) + 1);
    markdown = measure(body, unit) <= limit ? body : "";
  }
  return { markdown, level: 5, cut: parts.cut, truncated };
}

export { SUMMARY_LIMIT as S, orderEntries as o, renderReport as r };
