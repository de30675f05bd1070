import { a as acceptResultKind } from './chunk-result.js';
import { validateKind } from './chunk-validate2.js';
import { b as compareKind } from './chunk-compare.js';

const kinds = [];
function registerCheckKind(kind) {
  if (kinds.some((k) => k.name === kind.name))
    throw new Error(`check kind '${kind.name}' is registered twice`);
  acceptResultKind(kind.name, kind.checkDetails);
  kinds.push(kind);
}
registerCheckKind(validateKind);
registerCheckKind(compareKind);
function checkKinds() {
  return kinds;
}
function findCheckKind(name) {
  return kinds.find((k) => k.name === name);
}

export { checkKinds as c, findCheckKind as f };
