import { imagesOf, segmentsOf, type OpCodes, type OperatorList } from './operators';
import type { PdfPage, TextRun } from './types';

/**
 * A loaded pdf.js document → plain page data (text runs and ruling lines, y down). Takes the pdf.js objects as
 * parameters (the loading — worker, CMaps, file or fetch — is the front end's: src/cli/pdf.ts in Node), so this
 * module imports nothing of pdf.js and runs the same in Node and in an extension page.
 */
export async function readPdfDocument(
  doc: PdfDocumentLike,
  ops: OpCodes,
  opts: ReadPdfOptions = {},
): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  const count = Math.min(doc.numPages, opts.maxPages ?? MAX_PAGES);
  for (let n = 1; n <= count; n++) {
    const page = await doc.getPage(n);
    try {
      pages.push(await readPage(page, n, ops));
    } finally {
      page.cleanup?.();
    }
  }
  return pages;
}

export interface ReadPdfOptions {
  /** Pages read at most (default 300): no annual report is longer, and a huge PDF must not freeze the reader. */
  maxPages?: number;
}

const MAX_PAGES = 300;

/** The part of pdf.js's PDFDocumentProxy used here. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}

/** The part of pdf.js's PDFPageProxy used here. */
export interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<OperatorList>;
  cleanup?(): unknown;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

async function readPage(page: PdfPageLike, number: number, ops: OpCodes): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const width = x1 - x0;
  const height = y1 - y0;
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const raw of content.items) {
    const item = raw as Partial<PdfTextItem>;
    if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const run = toRun(item as PdfTextItem, x0, y1);
    if (run !== undefined) runs.push(run);
  }
  const list = await page.getOperatorList();
  // The operator list's coordinates are the page's user space, as the text transforms are: y is flipped against
  // the top of the crop box, x shifted by its left.
  const segments = segmentsOf(list, ops, y1).map((s) =>
    s.dir === 'h' ? { ...s, from: s.from - x0, to: s.to - x0 } : { ...s, at: s.at - x0 },
  );
  const images = imagesOf(list, ops, y1).map((b) => ({ ...b, x: b.x - x0 }));
  return { number, width, height, runs, segments, images };
}

/** A pdf.js text item as a run with its box on the page (y down from the top of the view box). */
function toRun(item: PdfTextItem, left: number, top: number): TextRun | undefined {
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) return undefined;
  const upright = Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3 && a > 0 && d > 0;
  const x = e - left;
  const baseline = top - f;
  if (upright) {
    return { text: item.str, box: { x, y: baseline - size, w: Math.max(item.width, 0), h: size }, size, upright };
  }
  // Rotated text: the run's extent along its direction, from the origin.
  const len = Math.max(item.width, 0);
  const ux = a / (Math.hypot(a, b) || 1);
  const uy = -b / (Math.hypot(a, b) || 1);
  const ex = x + ux * len;
  const ey = baseline + uy * len;
  const bx = Math.min(x, ex) - (Math.abs(uy) > 0.5 ? size / 2 : 0);
  const by = Math.min(baseline, ey) - (Math.abs(ux) > 0.5 ? size : 0);
  const w = Math.abs(ex - x) + (Math.abs(uy) > 0.5 ? size : 0);
  const h = Math.abs(ey - baseline) + (Math.abs(ux) > 0.5 ? size : 0);
  return { text: item.str, box: { x: bx, y: by, w, h }, size, upright };
}
