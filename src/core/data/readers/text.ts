// What the text layouts (lines, delimited) share: reading chunks again from their byte offsets.
import { openBytes } from '../../validate/bytes.js';
import type { DataFile } from '../../validate/files.js';
import type { ByteJob } from '../../validate/jobs.js';
import type { ChunkAt } from '../reader.js';

/**
 * The chunks at `chunks` read again, front to back in one pass (a compressed file cannot seek),
 * each as the job `job` makes of its bytes.
 */
export async function rereadBytes(
  file: DataFile,
  chunks: ChunkAt[],
  job: (buf: Uint8Array, last: boolean) => ByteJob,
  run: (job: ByteJob, index: number) => Promise<void>,
): Promise<void> {
  const reader = await openBytes(file);
  try {
    for (const [i, at] of chunks.entries()) {
      if (at.offset === undefined || at.bytes === undefined) continue;
      const buf = new Uint8Array(at.bytes);
      await reader.skipTo(at.offset);
      const got = await reader.read(buf, 0, at.bytes);
      const last = got < at.bytes || (await reader.atEnd());
      await run(job(buf, last), i);
    }
  } finally {
    await reader.close();
  }
}
