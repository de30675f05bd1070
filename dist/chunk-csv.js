import { P as Papa } from './chunk-papaparse.js';
import { C as Collector, d as decode, e as encodingViolation, r as recordViolation, v as validateRecord, c as castState, a as countLines } from './chunk-cells.js';
import './chunk-_commonjsHelpers.js';
import 'stream';
import 'node:buffer';
import './chunk-format.js';
import 'node:crypto';

function papaMessage(code, message) {
  if (code === "MissingQuotes") return "unclosed quote: the quoted field never ends";
  if (code === "InvalidQuotes")
    return "malformed quotes: a quoted field must end with a quote followed by the delimiter or the end of the line";
  return message;
}
function rowBuilder(header) {
  const props = header.map(
    (name, i) => `${name === "__proto__" ? `[${JSON.stringify(name)}]` : JSON.stringify(name)}: k[${i}](c[${i}])`
  );
  return new Function("c", "k", `return { ${props.join(", ")} };`);
}
function validateCsvChunk(buf, info, v, build = rowBuilder(info.header)) {
  const c = new Collector(info.samples);
  const { text, bad } = decode(buf);
  const multiLine = text.indexOf('"') !== -1;
  const { casters } = info;
  const width = info.header.length;
  let line = 1;
  Papa.parse(text, {
    delimiter: info.delimiter,
    newline: "\n",
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (results) => {
      const fields = results.data;
      const lastField = fields[fields.length - 1];
      if (lastField.charCodeAt(lastField.length - 1) === 13)
        fields[fields.length - 1] = lastField.slice(0, -1);
      let span = 1;
      if (multiLine)
        for (const f of fields)
          for (let k = f.indexOf("\n"); k !== -1; k = f.indexOf("\n", k + 1)) span++;
      const start = line;
      line += span;
      if (fields.length === 1 && fields[0] === "" && (width !== 1 || results.errors.length === 0))
        return;
      const record = c.rows++;
      if (bad) {
        for (let l = start; l < start + span; l++) {
          if (bad.has(l)) {
            c.addInvalid(start, record, [encodingViolation()]);
            return;
          }
        }
      }
      const err = results.errors[0];
      if (err) {
        c.addInvalid(start, record, [
          recordViolation("csv", fields.join(info.delimiter), papaMessage(err.code, err.message))
        ]);
        return;
      }
      if (fields.length !== width) {
        c.addInvalid(start, record, [
          recordViolation(
            "csv",
            fields.join(info.delimiter),
            `record has ${fields.length} field${fields.length === 1 ? "" : "s"}, the header has ${width}`
          )
        ]);
        return;
      }
      castState.big = false;
      const row = build(fields, casters);
      validateRecord(v, c, start, record, row, castState.big);
    }
  });
  return c.result(countLines(buf));
}

export { rowBuilder, validateCsvChunk };
