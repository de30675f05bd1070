// Comma-separated values (RFC 4180 plus the dialects of docs/validate.md, "CSV cells").
import { defineFormat } from '../format.js';

export default defineFormat({
  name: 'csv',
  extensions: ['.csv'],
  layout: 'delimited',
  location: 'line',
  text: true,
  delimiter: ',',
  sample: true,
  examples: true,
});
