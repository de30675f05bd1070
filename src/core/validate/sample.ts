// One located violation, shared by the validate engine and the dataset checks' digests (a module
// of its own so that neither imports the other's types).
export interface Sample {
  /** 1-based line where the record starts; for Parquet, the 1-based row number in the file. */
  line: number;
  record?: number;
  /** Parquet: the 0-based row group holding the row. */
  rowGroup?: number;
  pointer: string;
  value: string;
  message: string;
}
