import { b as readRunnerFile } from './chunk-workspace.js';
import { s as setReadLimits, l as limitsFromEnv } from './chunk-limits.js';

function readEventPayload(path) {
  try {
    return readRunnerFile(path, "event");
  } catch (err) {
    if (err.code === "ENOENT") return "";
    throw new Error(`GITHUB_EVENT_PATH: ${err.message}`);
  }
}
function readRunnerContext(env = process.env) {
  setReadLimits(limitsFromEnv(env));
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    const text = readEventPayload(env.GITHUB_EVENT_PATH);
    try {
      payload = JSON.parse(text || "{}");
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request ?? workflowRunPullRequest(payload);
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
function workflowRunPullRequest(payload) {
  const run = payload.workflow_run;
  if (!run || typeof run.head_sha !== "string") return void 0;
  const match = (run.pull_requests ?? []).find((p) => p.head?.sha === run.head_sha);
  if (typeof match?.number !== "number") return void 0;
  return {
    number: match.number,
    head: { sha: run.head_sha },
    ...match.base ? { base: { sha: match.base.sha, ref: match.base.ref } } : {}
  };
}
function splitRepo(full) {
  const [owner, repo] = (full ?? "").split("/");
  return owner && repo ? { owner, repo } : {};
}
function resultContext(ctx) {
  const { repo, sha, pr, ref, runId, runUrl, workflow, event } = ctx;
  return Object.fromEntries(
    Object.entries({ repo, sha, pr, ref, runId, runUrl, workflow, event }).filter(
      ([, v]) => v !== void 0
    )
  );
}

function tokenProblem(token) {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    const what = code === 10 || code === 13 ? "a line break" : code === 32 || code === 9 ? "a space or tab" : code < 32 || code === 127 ? "a control character" : code > 126 ? "a character outside printable ASCII" : void 0;
    if (what) {
      return `the GitHub token contains ${what} at character ${i + 1} of ${token.length}; a token never does. Check how the secret was stored (a trailing newline from a file, two values pasted together); the token itself is not shown`;
    }
  }
  return void 0;
}
function words(line) {
  const out = [];
  let word = "";
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (code > 32 && code !== 127) word += ch;
    else if (word) {
      out.push(word);
      word = "";
    }
  }
  if (word) out.push(word);
  return out;
}
function tokenForms(token) {
  const parts = /* @__PURE__ */ new Set();
  const add = (s) => {
    if (s.length >= 4) parts.add(s);
  };
  add(token);
  add(token.trim());
  for (const line of token.split(/\r\n|\r|\n/)) {
    add(line);
    add(line.trim());
    for (const word of words(line)) add(word);
  }
  const forms = /* @__PURE__ */ new Set();
  for (const p of parts) {
    forms.add(p);
    forms.add(`token ${p}`);
    forms.add(`Bearer ${p}`);
    forms.add(`bearer ${p}`);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
function redactToken(text, token) {
  if (!token) return text;
  let out = text;
  for (const form of tokenForms(token)) out = out.split(form).join("***");
  return out;
}

export { resultContext as a, tokenProblem as b, redactToken as c, readRunnerContext as r, splitRepo as s, tokenForms as t, workflowRunPullRequest as w };
