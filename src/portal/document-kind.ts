/**
 * Document files told by their bytes, not their names: shared by the CLI (src/cli/input.ts) and the extension's
 * attachment audit (src/attachment). Pure.
 */

/** Document files a report is published as, read from their bytes. */
export type DocumentKind = 'pdf' | 'docx' | 'doc' | 'ofd';

/**
 * A document file by its first bytes: PDF (`%PDF`, anywhere in the first KB as readers allow), binary Office/WPS
 * (OLE), and zip containers told apart by their entries — Word's `word/document.xml`, OFD's `OFD.xml`.
 */
export function documentKind(b: Uint8Array): DocumentKind | undefined {
  const starts = (...sig: number[]) => sig.every((x, i) => b[i] === x);
  if (latin1(b.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'doc';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const names = latin1(b.subarray(0, Math.min(b.length, 4_000_000)));
    if (names.includes('word/document.xml')) return 'docx';
    if (/OFD\.xml|Doc_0\//.test(names)) return 'ofd';
  }
  return undefined;
}

function latin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}
