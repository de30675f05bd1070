// Apache Parquet, read row group by row group (validate/parquet.ts). Compressed inside the file
// (per column chunk), so a `.parquet.gz` is not read.
import { defineFormat } from '../format.js';

export default defineFormat({
  name: 'parquet',
  extensions: ['.parquet'],
  layout: 'row-groups',
  location: 'row',
  text: false,
  sample: false,
  examples: true,
});
