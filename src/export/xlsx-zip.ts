/**
 * write-excel-file's zipper for the extension build (vite.config.ts `xlsxZipSync`): fflate's synchronous `zipSync`.
 * Its own `zip()` deflates a file over 160 kB (a long findings list's shared strings) in a Worker made from a blob:
 * URL, which the extension's CSP refuses in Firefox — the promise never settled and the .xlsx button did nothing.
 * Same signature as write-excel-file's `modules/zip/zipToArrayBuffer.js`.
 */
import { zipSync } from 'fflate';

export default function zipToArrayBuffer(files: Record<string, Uint8Array>): Promise<ArrayBuffer> {
  try {
    const zip = zipSync(files);
    return Promise.resolve(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
