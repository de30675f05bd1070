import { s as setReadLimits, l as limitsFromEnv, r as readRunnerFile } from './chunk-workspace.js';
import { g as getInput } from './chunk-core.js';

function readRunnerContext(env = process.env) {
  setReadLimits(limitsFromEnv(env));
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readRunnerFile(env.GITHUB_EVENT_PATH, "event"));
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request;
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const repo = env.GITHUB_REPOSITORY || void 0;
  const runId = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : void 0;
  const headSha = pr?.head?.sha ?? env.GITHUB_SHA;
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventName: env.GITHUB_EVENT_NAME,
    event: env.GITHUB_EVENT_NAME,
    payload,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl,
    repo,
    // The PR's head commit, not the merge commit GITHUB_SHA points at on pull_request.
    sha: headSha && /^[0-9a-f]{40}$/.test(headSha) ? headSha : void 0,
    headSha,
    pr: typeof pr?.number === "number" ? pr.number : void 0,
    ref: env.GITHUB_REF,
    runId: runId && Number.isInteger(runId) ? runId : void 0,
    runUrl: repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : void 0,
    workflow: env.GITHUB_WORKFLOW
  };
}
function resultContext(ctx) {
  const { repo, sha, pr, ref, runId, runUrl, workflow, event } = ctx;
  return Object.fromEntries(
    Object.entries({ repo, sha, pr, ref, runId, runUrl, workflow, event }).filter(
      ([, v]) => v !== void 0
    )
  );
}

function getString(name, fallback = "") {
  return getInput(name).trim() || fallback;
}
function getBoolean(name, fallback) {
  const raw = getInput(name).trim().toLowerCase();
  if (!raw) return fallback;
  if (["true", "yes", "1", "on"].includes(raw)) return true;
  if (["false", "no", "0", "off"].includes(raw)) return false;
  throw new Error(`input '${name}' must be true or false, got '${raw}'`);
}
function getInteger(name, fallback, min = 0) {
  const raw = getInput(name).trim();
  if (!raw) return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`input '${name}' must be a whole number \u2265 ${min}, got '${raw}'`);
  }
  return Number(raw);
}
function getEnum(name, allowed, fallback) {
  const raw = getInput(name).trim();
  if (!raw) return fallback;
  if (!allowed.includes(raw)) {
    throw new Error(`input '${name}' must be one of ${allowed.join(", ")}, got '${raw}'`);
  }
  return raw;
}
function getList(name) {
  return getInput(name).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

export { getEnum as a, resultContext as b, getList as c, getBoolean as d, getInteger as e, getString as g, readRunnerContext as r };
