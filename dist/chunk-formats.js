import { g as getDefaultExportFromCjs } from './chunk-_commonjsHelpers.js';
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

var formatsExports = requireFormats();
const formats = /*@__PURE__*/getDefaultExportFromCjs(formatsExports);

const __ajv1ns = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: formats
}, [formatsExports]);

export { __ajv1ns as _, formatsExports as a, formats as f };
