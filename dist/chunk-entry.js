function dialectFromEntry(csv) {
  return {
    ...csv.delimiter !== void 0 ? { delimiter: csv.delimiter } : {},
    ...csv.decimal !== void 0 ? { decimal: csv.decimal } : {},
    ...csv.null_values !== void 0 ? { nullValues: csv.null_values } : {}
  };
}
function optionsFromEntry(entry, cwd) {
  return {
    schemaFile: entry.schema,
    data: Array.isArray(entry.data) ? entry.data : [entry.data],
    format: entry.format ?? "auto",
    ...entry.csv ? { csv: dialectFromEntry(entry.csv) } : {},
    maxInvalidRows: entry.max_invalid_rows === void 0 ? "0" : String(entry.max_invalid_rows),
    ...entry.warn_invalid_rows !== void 0 ? { warnInvalidRows: String(entry.warn_invalid_rows) } : {},
    ...entry.samples !== void 0 ? { samples: entry.samples } : {},
    ...entry.expectations || entry.splits || entry.drift || entry.ratchet ? {
      dataset: {
        ...entry.expectations ? { expectations: entry.expectations } : {},
        ...entry.splits ? { splits: entry.splits } : {},
        ...entry.drift ? { drift: entry.drift } : {},
        ...entry.ratchet ? { ratchet: entry.ratchet } : {}
      }
    } : {},
    cwd,
    root: cwd
  };
}

export { optionsFromEntry as o };
