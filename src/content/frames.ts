/**
 * The documents a page's report may live in: the page itself and its same-origin iframes (portals often embed the
 * report body in a frame — ux.md #9). Cross-origin frames cannot be read from here and are skipped.
 */

/** A document to consider, with the <iframe> that holds it (null for the top document). */
export interface Candidate {
  doc: Document;
  frame: HTMLIFrameElement | null;
}

const MAX_DEPTH = 3;
const MAX_FRAMES = 20;

/** The top document followed by its readable iframes' documents, depth-first in document order. */
export function candidateDocuments(top: Document): Candidate[] {
  const out: Candidate[] = [{ doc: top, frame: null }];
  const visit = (doc: Document, depth: number) => {
    if (depth >= MAX_DEPTH) return;
    for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
      if (out.length > MAX_FRAMES) return;
      const inner = readableDocument(frame as HTMLIFrameElement);
      if (!inner || out.some((c) => c.doc === inner)) continue;
      out.push({ doc: inner, frame: frame as HTMLIFrameElement });
      visit(inner, depth + 1);
    }
  };
  visit(top, 0);
  return out;
}

/** The frame's document when it is loaded and same-origin; null otherwise (reading a cross-origin one throws). */
function readableDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** The start of a document's visible text, for the cheap "is this a report?" check (the engine's own reading). */
export { headText } from '../detect/head-text';

/** Number of <table> elements in a document. */
export function tableCount(doc: Document): number {
  return doc.querySelectorAll('table').length;
}
