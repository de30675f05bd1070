// Apache Arrow IPC files (Feather v2 is the same format), read whole into memory and validated
// record batch by record batch (validate/arrow.ts). Compressed inside the file if at all, so an
// `.arrow.gz` is not read.
import { defineFormat } from '../format.js';

export default defineFormat({
  name: 'arrow',
  extensions: ['.arrow', '.feather'],
  layout: 'record-batches',
  location: 'row',
  text: false,
  sample: false,
  examples: false,
});
