/**
 * Reading a local file the user named on the command line, bounded: at most MAX_PAGE_BYTES are read, whatever the
 * file claims to be (a device such as /dev/zero reports size 0 and never ends; a file may grow while read).
 */
import { open } from 'node:fs/promises';
import { MAX_PAGE_BYTES } from '../extract/limits';
import { tooLarge } from '../portal/page';

/** The file's bytes; throws PageRefused ('too-large') past `maxBytes`, and the file system's errors otherwise. */
export async function readLocalFile(path: string, maxBytes = MAX_PAGE_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxBytes) throw tooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}
