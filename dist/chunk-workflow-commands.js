const COMMAND_AT_LINE_START = /(^|[\n\r])([ \t]*)(::|##\[)/g;
function neutraliseCommands(text) {
  return text.replace(COMMAND_AT_LINE_START, "$1$2\\$3");
}
function neutraliseStream(stream) {
  const original = stream.write.bind(stream);
  let atLineStart = true;
  const wrapped = (chunk, ...rest) => {
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array))
      return original(chunk, ...rest);
    const encoding = typeof rest[0] === "string" ? rest[0] : "utf8";
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString(encoding);
    if (text.length === 0) return original(chunk, ...rest);
    const safe = neutraliseCommands(`${atLineStart ? "\n" : "x"}${text}`).slice(1);
    atLineStart = /[\n\r]$/.test(text);
    return original(typeof chunk === "string" ? safe : Buffer.from(safe, encoding), ...rest);
  };
  stream.write = wrapped;
}

export { neutraliseCommands as a, neutraliseStream as n };
