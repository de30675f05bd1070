// One line for the result's summary: what the dataset checks found, worst first.
import type { DatasetDetails } from './types.js';

export function datasetSummary(d: DatasetDetails): string {
  const bad = d.expectations.filter((e) => e.status !== 'pass');
  const drifted = d.drift?.columns.filter((c) => c.status === 'fail' || c.status === 'warn') ?? [];
  const parts: string[] = [];
  const total = d.expectations.length;
  if (total)
    parts.push(
      bad.length
        ? `${bad.length} of ${total} expectation${total === 1 ? '' : 's'} not met (${bad
            .slice(0, 3)
            .map((e) => (e.column !== undefined ? `${e.column}: ${e.kind}` : e.kind))
            .join(', ')}${bad.length > 3 ? ', …' : ''})`
        : `all ${total} expectation${total === 1 ? '' : 's'} met`,
    );
  if (d.drift)
    parts.push(
      drifted.length
        ? `drift in ${drifted.length} of ${d.drift.columns.length} columns (${drifted
            .slice(0, 3)
            .map((c) => `${c.name} PSI ${c.psi?.toFixed(2)}`)
            .join(', ')}${drifted.length > 3 ? ', …' : ''})`
        : `no drift in ${d.drift.columns.length} columns`,
    );
  return parts.join('; ') || 'no dataset checks configured';
}
