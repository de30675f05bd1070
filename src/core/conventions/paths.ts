// Where modelgate looks for its config and writes its results when nothing says otherwise.

/** The config every front end reads by default, relative to the repository root. */
export const DEFAULT_CONFIG_PATH = '.github/modelgate.yml';

/** The folder result files go to; the report and gate read every JSON file in it. */
export const RESULTS_DIR = 'modelgate-results';
export const RESULTS_GLOB = `${RESULTS_DIR}/*.json`;

/**
 * A check's result file under RESULTS_DIR: `<kind>-<id>.json` (`compare-<id>.json`), except
 * validate's `<id>.json`, the name it had before there were other kinds. A kind's definition
 * (src/core/checks) names its files through this.
 */
export function resultFileName(kind: string, id: string): string {
  return kind === 'validate' ? `${id}.json` : `${kind}-${id}.json`;
}

export function defaultResultPath(kind: string, id: string): string {
  return `${RESULTS_DIR}/${resultFileName(kind, id)}`;
}
