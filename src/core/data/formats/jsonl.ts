// JSON Lines: one JSON value per line.
import { defineFormat } from '../format.js';

export default defineFormat({
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  layout: 'lines',
  location: 'line',
  text: true,
  sample: true,
  examples: true,
});
