const STATUS_RANK = {
  skip: -1,
  pass: 0,
  warn: 1,
  fail: 2,
  error: 3
};
function worstStatus(statuses) {
  let worst = "pass";
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}
function worseFirst(a, b) {
  return STATUS_RANK[b] - STATUS_RANK[a];
}
const STEP_FAIL_ON = ["never", "error", "fail", "warn"];
function failsStep(status, failOn) {
  return failOn !== "never" && STATUS_RANK[status] >= STATUS_RANK[failOn];
}
const TERMINAL_MARK = {
  pass: "ok",
  warn: "WARN",
  fail: "FAIL",
  error: "ERROR",
  skip: "-"
};

export { STEP_FAIL_ON as S, TERMINAL_MARK as T, STATUS_RANK as a, worseFirst as b, failsStep as f, worstStatus as w };
