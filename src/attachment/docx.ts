/**
 * A Word report as an HTML page, with mammoth's browser build (tables with rowspan/colspan from Word's vMerge and
 * gridSpan, paragraphs, headings), as src/cli/documents.ts converts it in Node. Its own lazy chunk: loaded only when
 * the file to audit is a DOCX.
 */
// @ts-expect-error mammoth's prebuilt browser bundle has no type declarations of its own (it is the package's API).
import mammoth from 'mammoth/mammoth.browser.min.js';

interface Mammoth {
  convertToHtml(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const buffer = bytes.slice().buffer;
  const { value } = await (mammoth as Mammoth).convertToHtml({ arrayBuffer: buffer });
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${value}</body></html>`;
}
