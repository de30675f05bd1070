// Tab-separated values: CSV's reader with a tab delimiter.
import { defineFormat } from '../format.js';

export default defineFormat({
  name: 'tsv',
  extensions: ['.tsv', '.tab'],
  layout: 'delimited',
  location: 'line',
  text: true,
  delimiter: '\t',
  sample: true,
  examples: true,
});
