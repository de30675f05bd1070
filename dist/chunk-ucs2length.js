import { g as getDefaultExportFromCjs } from './chunk-_commonjsHelpers.js';
import { r as requireUcs2length } from './chunk-ucs2length2.js';

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
const ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

const __ajv0ns = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: ucs2length
}, Symbol.toStringTag, { value: 'Module' }));

export { __ajv0ns as _, ucs2length as u };
