// A `.json` file: an array of records, streamed element by element, or one document (one record).
import { defineFormat } from '../format.js';

export default defineFormat({
  name: 'json',
  extensions: ['.json'],
  layout: 'document',
  location: 'line',
  text: true,
  sample: true,
  examples: true,
});
