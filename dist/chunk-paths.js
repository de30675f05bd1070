const DEFAULT_CONFIG_PATH = ".github/modelgate.yml";
const RESULTS_DIR = "modelgate-results";
const RESULTS_GLOB = `${RESULTS_DIR}/*.json`;
function resultFileName(kind, id) {
  return kind === "validate" ? `${id}.json` : `${kind}-${id}.json`;
}
function defaultResultPath(kind, id) {
  return `${RESULTS_DIR}/${resultFileName(kind, id)}`;
}

export { DEFAULT_CONFIG_PATH as D, RESULTS_GLOB as R, RESULTS_DIR as a, defaultResultPath as d, resultFileName as r };
