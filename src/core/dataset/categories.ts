// How many distinct values a column's categories are counted exactly, in the drift check and in
// the digests that feed it; past it a column is treated as numeric or unbounded.
export const MAX_CATEGORIES = 200;
