class MetricFileError extends Error {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
    this.name = "MetricFileError";
  }
  problems;
}
function formatProblem(p) {
  const where = [p.file, p.line].filter((x) => x !== void 0).join(":");
  const key = p.key !== void 0 ? `key '${p.key}': ` : "";
  return `${where ? where + ": " : ""}${key}${p.message}`;
}

export { MetricFileError as M, formatProblem as f };
