// A column's value in a record. Column names are data: `constructor`, `toString` or `__proto__`
// name a column like any other, so a record without that column has no value there; plain
// indexing would find Object.prototype's members instead. JSON values are never functions and
// never Object.prototype itself, so excluding exactly those keeps the hot path to one lookup.
export function field(row: Record<string, unknown>, column: string): unknown {
  const v = row[column];
  return typeof v === 'function' || v === Object.prototype ? undefined : v;
}
