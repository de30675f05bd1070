import { p as plain } from './chunk-escape.js';
import { a as worstStatus, S as STATUS_RANK } from './chunk-result.js';

function gateItems(entries) {
  return entries.map(
    (e) => e.ok ? { id: e.result.id, status: e.result.status } : { id: e.path, status: "error" }
  );
}
const WRITE_PERMISSIONS = ["admin", "maintain", "write"];
function isBlocking(status, failOn) {
  return status === "fail" || status === "error" || failOn === "warn" && status === "warn";
}
function gateBlocks(items, failOn) {
  return items.length === 0 || items.some((i) => isBlocking(i.status, failOn));
}
function list(ids, max = 5) {
  const shown = ids.slice(0, max).join(", ");
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function evaluateOverride(evidence) {
  const { label, actor, at, permission } = evidence;
  const base = { label, actor, at, permission };
  const who = actor ? plain(actor, { max: 60 }) : "an unknown user";
  if (evidence.error) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' could not be checked (${plain(evidence.error, { max: 200 })}); ignored`
    };
  }
  if (!evidence.present) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is not on the pull request`
    };
  }
  if (!actor) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is present but no 'labeled' event says who applied it; ignored`
    };
  }
  if (!permission || !WRITE_PERMISSIONS.includes(permission)) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' applied by ${who} ignored: ${who} has ${permission ?? "no"} access, an override needs write, maintain or admin`
    };
  }
  return {
    ...base,
    accepted: true,
    message: `accepted by override label '${label}', applied by ${who} (${permission})${at ? ` at ${at}` : ""}`
  };
}
function decideGate(input) {
  const { items, failOn } = input;
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const i of items) counts[i.status]++;
  const raw = items.length === 0 ? "error" : worstStatus(items.map((i) => i.status));
  const ordered = [...items].sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
  const blocking = ordered.filter((i) => isBlocking(i.status, failOn)).map((i) => i.id);
  const warnedIds = ordered.filter((i) => i.status === "warn").map((i) => i.id);
  const total = plural(items.length, "check");
  let reason;
  if (items.length === 0) reason = "no results to gate";
  else if (counts.fail + counts.error > 0) {
    const bad = ordered.filter((i) => i.status === "fail" || i.status === "error");
    reason = `${bad.length} of ${total} failed: ${list(bad.map((i) => `${i.id} (${i.status})`))}`;
    if (failOn === "warn" && warnedIds.length)
      reason += `; ${warnedIds.length} warned with fail-on warn`;
  } else if (counts.warn > 0) {
    reason = failOn === "warn" ? `${warnedIds.length} of ${total} warned and fail-on is warn: ${list(warnedIds)}` : `${warnedIds.length} of ${total} warned: ${list(warnedIds)}`;
  } else reason = `all ${total} passed`;
  const blocks = items.length === 0 || blocking.length > 0;
  let verdict = raw;
  let failed = blocks;
  let override;
  if (blocks && input.override) {
    override = evaluateOverride(input.override);
    if (override.accepted) {
      verdict = "warn";
      failed = false;
    }
    if (input.override.present || input.override.error) reason += `; ${override.message}`;
  }
  return {
    verdict,
    raw,
    failed,
    warned: counts.warn > 0 || override?.accepted === true,
    reason: plain(reason),
    counts,
    blocking,
    override
  };
}

export { gateBlocks as a, decideGate as d, gateItems as g };
