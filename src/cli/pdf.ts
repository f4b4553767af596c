/**
 * Loading a PDF in Node with pdf.js (the legacy build, for Node), its CJK CMaps and standard fonts read from the
 * installed package — no network. Node 20 lacks two APIs pdf.js 6 uses (Promise.withResolvers, and
 * ArrayBuffer#transferToFixedLength, without which the drawn lines are lost); both are polyfilled here, before
 * pdf.js is imported. The geometry is src/pdf's.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPdfDocument, type OpCodes, type PdfDocumentLike, type PdfPage } from '../pdf';

type PdfJs = {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
  OPS: OpCodes;
};

let loaded: Promise<PdfJs> | undefined;

/** pdf.js, loaded once per process. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    polyfill();
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  })();
  return loaded;
}

function polyfill(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers !== 'function') {
    P.withResolvers = function withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    };
  }
  const proto = ArrayBuffer.prototype as unknown as { transferToFixedLength?: unknown };
  if (typeof proto.transferToFixedLength !== 'function') {
    proto.transferToFixedLength = function transferToFixedLength(this: ArrayBuffer, length?: number): ArrayBuffer {
      const size = length ?? this.byteLength;
      const out = new ArrayBuffer(size);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      return out;
    };
  }
}

/** The package's own folders (CMaps, standard fonts) as file URLs with a trailing slash, as pdf.js wants them. */
function packageDir(sub: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return `${pathToFileURL(join(root, sub)).href}/`;
}

/** Reads the pages of a PDF (text runs with positions, ruling lines). Rejects when pdf.js cannot open it. */
export async function loadPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: packageDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageDir('standard_fonts'),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    return await readPdfDocument(doc, lib.OPS);
  } finally {
    await task.destroy();
  }
}
