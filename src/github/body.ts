// Reading an unparsed response body (request.parseSuccessResponseBody: false) with a size cap,
// so a huge file or archive fails early instead of filling memory.
export async function readBodyLimited(
  body: unknown,
  maxBytes: number,
  what: string,
): Promise<Buffer> {
  if (body instanceof ArrayBuffer) return checked(Buffer.from(body), maxBytes, what);
  if (body instanceof Uint8Array) return checked(Buffer.from(body), maxBytes, what);
  if (typeof body === 'string') return checked(Buffer.from(body, 'utf8'), maxBytes, what);
  if (!body || typeof (body as ReadableStream).getReader !== 'function') {
    throw new Error(`${what}: GitHub sent no body.`);
  }
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new Error(`${what} is larger than the limit of ${maxBytes} bytes.`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

function checked(buf: Buffer, maxBytes: number, what: string): Buffer {
  if (buf.length > maxBytes)
    throw new Error(`${what} is larger than the limit of ${maxBytes} bytes.`);
  return buf;
}
