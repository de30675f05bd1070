import { g as getDefaultExportFromCjs } from './chunk-_commonjsHelpers.js';
import { r as requireUcs2length } from './chunk-ucs2length.js';
import { r as requireFormats } from './chunk-formats2.js';

function _mergeNamespaces(n, m) {
	for (var i = 0; i < m.length; i++) {
		const e = m[i];
		if (typeof e !== 'string' && !Array.isArray(e)) { for (const k in e) {
			if (k !== 'default' && !(k in n)) {
				const d = Object.getOwnPropertyDescriptor(e, k);
				if (d) {
					Object.defineProperty(n, k, d.get ? d : {
						enumerable: true,
						get: () => e[k]
					});
				}
			}
		} }
	}
	return Object.freeze(Object.defineProperty(n, Symbol.toStringTag, { value: 'Module' }));
}

var ucs2lengthExports = requireUcs2length();
const ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

const __ajv0ns = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
	__proto__: null,
	default: ucs2length
}, Symbol.toStringTag, { value: 'Module' }));

var formatsExports = requireFormats();
const formats = /*@__PURE__*/getDefaultExportFromCjs(formatsExports);

const __ajv1ns = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: formats
}, [formatsExports]);

export { __ajv0ns as _, __ajv1ns as a, formatsExports as b, formats as f, ucs2length as u };
