/**
 * The PDF reader: pdf.js page data (text runs with positions, ruling lines) → the same stream the HTML and text
 * paths produce → the Report model, through the same assembly (sections, table classification and mapping,
 * sentences, document facts). Pure: no Node or browser API, and no import of pdf.js itself (read.ts takes the
 * loaded document). See docs/pdf.md.
 */
import { assemble } from '../extract/pipeline';
import { emptyReport, type Extraction } from '../extract';
import { pdfStream } from './stream';
import type { PdfPage } from './types';

export { readPdfDocument, type PdfDocumentLike, type PdfPageLike, type ReadPdfOptions } from './read';
export type { OpCodes } from './operators';
export type { PdfPage } from './types';

/** What a PDF gave: the extraction, and whether it is a scan (pages of images, no text): then nothing is audited. */
export interface PdfExtraction extends Extraction {
  scanned: boolean;
  pages: number;
}

/** Extraction from the pages of a PDF. Never throws. */
export function extractFromPdf(pages: readonly PdfPage[], opts: { source: string; explain?: boolean }): PdfExtraction {
  try {
    const stream = pdfStream(pages);
    if (stream.scanned) {
      return {
        report: emptyReport(opts.source),
        elements: new Map(),
        why: SCANNED_WHY,
        scanned: true,
        pages: stream.pages,
      };
    }
    const headingTitles = stream.title === undefined ? [] : [stream.title];
    const assembled = assemble({
      source: opts.source,
      items: stream.items,
      title: stream.title,
      headingTitles,
      reportLinks: 0,
      explain: opts.explain === true,
    });
    return { ...assembled, scanned: false, pages: stream.pages };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      report: emptyReport(opts.source),
      elements: new Map(),
      why: `无法读取 PDF / could not read the PDF: ${message}`,
      scanned: false,
      pages: pages.length,
    };
  }
}

const SCANNED_WHY = '扫描件（页面是图片，没有文字），未核查 / a scan (the pages are images, no text): not audited';
