import { i as isNotFound, l as listPullRequestsForRun, a as isForbidden } from './chunk-pulls.js';
import 'node:crypto';
import { h as debug, w as warning, i as info } from './chunk-inputs.js';

async function getLabelAppliedBy(client, options) {
  const wanted = options.label.toLowerCase();
  let last = null;
  const pages = client.paginate.iterator(client.rest.issues.listEvents, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    for (const e of page.data) {
      const ev = e;
      if (ev.label?.name?.toLowerCase() !== wanted) continue;
      if (ev.event === "labeled" && ev.actor?.login) {
        last = {
          label: ev.label.name ?? options.label,
          actor: ev.actor.login,
          actorType: ev.actor.type,
          createdAt: ev.created_at,
          eventId: ev.id,
          stillApplied: true
        };
      } else if (ev.event === "unlabeled" && last) {
        last.stillApplied = false;
      }
    }
  }
  return last;
}
const WRITE_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function getPermission(client, options) {
  const { username } = options;
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      owner: options.owner,
      repo: options.repo,
      username
    });
    const role = data.role_name;
    const base = data.permission;
    const permission = role && ["admin", "maintain", "write", "triage", "read"].includes(role) ? role : base;
    return {
      username,
      permission,
      roleName: role,
      canWrite: WRITE_ROLES.has(role ?? "") || base === "admin" || base === "write"
    };
  } catch (err) {
    if (isNotFound(err))
      return { username, permission: "none", roleName: void 0, canWrite: false };
    throw err;
  }
}

const DEFAULT_RESULTS = "modelgate-results/*.json";
const GITHUB_LOG = {
  debug: debug,
  info: info,
  warn: warning,
  error: debug
};
function splitRepo(full) {
  const [owner, repo] = (full ?? "").split("/");
  return owner && repo ? { owner, repo } : {};
}
const obj = (v) => typeof v === "object" && v !== null ? v : {};
function claimedByResults(entries) {
  const prs = /* @__PURE__ */ new Set();
  const shas = /* @__PURE__ */ new Set();
  let missing = 0;
  for (const e of entries) {
    if (!e.ok) continue;
    if (e.result.context.pr === void 0 || e.result.context.sha === void 0) missing++;
    if (e.result.context.pr !== void 0) prs.add(e.result.context.pr);
    if (e.result.context.sha !== void 0) shas.add(e.result.context.sha);
  }
  if (prs.size > 1 || shas.size > 1) {
    return {
      problem: `the result files name different pull requests or commits (${[...prs].join(", ")}; ${[...shas].map((s) => s.slice(0, 7)).join(", ")})`
    };
  }
  if (missing > 0 || prs.size === 0 || shas.size === 0) {
    return {
      problem: "the result files do not name the pull request and head commit (context.pr, context.sha)"
    };
  }
  return { pr: [...prs][0], sha: [...shas][0] };
}
function runFromPayload(payload) {
  const run = obj(payload.workflow_run);
  if (typeof run.id !== "number" || typeof run.head_sha !== "string") return void 0;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: run.id,
    name: typeof run.name === "string" ? run.name : null,
    event: String(run.event ?? ""),
    status: typeof run.status === "string" ? run.status : null,
    conclusion: typeof run.conclusion === "string" ? run.conclusion : null,
    headSha: run.head_sha,
    headBranch: typeof run.head_branch === "string" ? run.head_branch : null,
    headRepoFullName: typeof obj(run.head_repository).full_name === "string" ? obj(run.head_repository).full_name : null,
    workflowId: typeof run.workflow_id === "number" ? run.workflow_id : 0,
    path: String(run.path ?? ""),
    htmlUrl: String(run.html_url ?? ""),
    pullRequests: prs.map((p) => {
      const o = obj(p);
      return {
        number: Number(o.number),
        headSha: String(obj(o.head).sha ?? ""),
        headRef: String(obj(o.head).ref ?? ""),
        baseRef: String(obj(o.base).ref ?? "")
      };
    })
  };
}
async function resolveTarget(ctx, entries, client) {
  const { owner, repo } = splitRepo(ctx.repo);
  const base = { owner, repo, fork: false, notes: [] };
  const payload = ctx.payload;
  if (ctx.eventName === "workflow_run") {
    const run = runFromPayload(payload);
    if (!run)
      return { ...base, refused: "the workflow_run event payload has no run id or head SHA" };
    const claimed = claimedByResults(entries);
    if (claimed.problem) return { ...base, refused: claimed.problem };
    if (claimed.sha !== run.headSha) {
      return {
        ...base,
        refused: `the result files are about commit ${claimed.sha.slice(0, 12)} but the triggering run built ${run.headSha.slice(0, 12)}`
      };
    }
    let prs = run.pullRequests.filter((p) => p.headSha === run.headSha);
    if (!prs.some((p) => p.number === claimed.pr) && client && owner && repo) {
      prs = await listPullRequestsForRun(client, { owner, repo, run });
    }
    if (!prs.some((p) => p.number === claimed.pr)) {
      return {
        ...base,
        refused: `the result files name pull request ${claimed.pr}, which is not a pull request of the triggering run (head ${run.headSha.slice(0, 12)})`
      };
    }
    const fork = Boolean(
      run.headRepoFullName && ctx.repo && run.headRepoFullName.toLowerCase() !== ctx.repo.toLowerCase()
    );
    return { ...base, pr: claimed.pr, sha: run.headSha, fork };
  }
  const pr = obj(payload.pull_request);
  if (typeof pr.number === "number") {
    const headSha = String(obj(pr.head).sha ?? "");
    const headRepo = obj(obj(pr.head).repo).full_name;
    const baseRepo = obj(obj(pr.base).repo).full_name;
    const fork = typeof headRepo !== "string" || typeof baseRepo !== "string" || headRepo.toLowerCase() !== baseRepo.toLowerCase();
    const target = {
      ...base,
      pr: pr.number,
      sha: /^[0-9a-f]{40}$/.test(headSha) ? headSha : void 0,
      fork
    };
    const stale = entries.filter(
      (e) => e.ok && e.result.context.sha && target.sha && e.result.context.sha !== target.sha
    );
    if (stale.length) {
      target.notes.push(
        `${stale.length} result file(s) were computed for another commit than the PR head ${target.sha.slice(0, 7)}: ${stale.map((e) => e.path).slice(0, 5).join(", ")}`
      );
    }
    return target;
  }
  return { ...base, sha: ctx.sha };
}
async function overrideEvidence(client, target, label) {
  if (!target.pr || !target.owner || !target.repo) {
    return { label, present: false, error: "there is no pull request to read labels from" };
  }
  if (!client)
    return { label, present: false, error: "no github-token to read the label events with" };
  const where = { owner: target.owner, repo: target.repo };
  try {
    const applied = await getLabelAppliedBy(client, { ...where, issueNumber: target.pr, label });
    if (!applied) return { label, present: false };
    const evidence = {
      label,
      present: applied.stillApplied,
      actor: applied.actor,
      at: applied.createdAt
    };
    if (!applied.stillApplied) return evidence;
    const perm = await getPermission(client, { ...where, username: applied.actor });
    evidence.permission = perm.canWrite && !["admin", "maintain", "write"].includes(perm.permission) ? "write" : perm.permission;
    return evidence;
  } catch (err) {
    return { label, present: false, error: err.message };
  }
}
function permissionHelp(what, err, fork) {
  const scope = what === "comment" ? "pull-requests: write" : "statuses: write";
  const action = what === "comment" ? "write the PR comment" : "set the commit status";
  const detail = isForbidden(err) ? err.message : err.message;
  const lines = [`modelgate could not ${action}: ${detail}`];
  if (fork) {
    lines.push(
      "This pull request comes from a fork, where the workflow token is read-only whatever `permissions:` says. Use the two-workflow pattern: the pull_request workflow runs the checks and uploads modelgate-results/ as an artifact; a second workflow `on: workflow_run` downloads it and runs modelgate/report with `permissions: { pull-requests: write, statuses: write }`."
    );
  } else {
    lines.push(`Add \`permissions:\` with \`${scope}\` to the job (and \`contents: read\`).`);
  }
  lines.push("The full report is in the job summary; the result files are unchanged for upload.");
  return lines.join(" ");
}
function statusState(decision) {
  if (!decision.failed) return "success";
  return decision.verdict === "error" ? "error" : "failure";
}

export { DEFAULT_RESULTS as D, GITHUB_LOG as G, overrideEvidence as o, permissionHelp as p, resolveTarget as r, statusState as s };
