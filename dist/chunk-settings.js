function settingsFromConfig(config, overrides = {}) {
  const { report, gate } = config;
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, v]) => v !== void 0)
  );
  return {
    reportId: report.id,
    statusContext: report.status_context,
    comment: report.comment,
    status: true,
    history: report.history,
    summary: report.summary,
    ...report.max_comment_chars !== void 0 ? { maxCommentChars: report.max_comment_chars } : {},
    ...report.comment_author ? { commentAuthor: report.comment_author } : {},
    failOn: gate.fail_on,
    overrideLabel: gate.override_label ?? "",
    errorIs: gate.error_is,
    ...defined
  };
}
function applyErrorIs(items, errorIs) {
  if (errorIs === "fail") return items;
  return items.map((i) => i.status === "error" ? { ...i, status: "warn" } : i);
}

export { applyErrorIs as a, settingsFromConfig as s };
