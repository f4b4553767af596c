/**
 * The size guard the content script applies BEFORE auditing: the audit walks the whole page into a snapshot on the
 * tab's main thread and the worker's engine is synchronous, so a page far larger than any real report (a 10,000-row
 * table, a 20 MB archive page) would hold the tab, and then the worker, for seconds. Counting
 * is cheap — live tag collections are counted natively, and the text is read only once the element count is known
 * to be bounded — so a page past any limit is reported "too large to audit" instead of freezing the tab.
 */
import type { LimitNote, SizeMeasure } from '../model';

/**
 * What the guard counts, summed over the documents the audit would read (the page and its same-origin frames), in
 * the engine's vocabulary of sizes (`SizeMeasure`).
 */
export interface PageSize extends Record<PageMeasure, number> {
  /** Elements of every kind. */
  elements: number;
  /** <table> elements. */
  tables: number;
  /** <td> and <th> elements. */
  cells: number;
  /** Characters of text in the bodies (including scripts' text, which the audit skips but the walk still visits). */
  text: number;
}

/** The measures the guard counts (cheap in a live DOM); the engine counts rows as it walks. */
export type PageMeasure = Exclude<SizeMeasure, 'rows'>;

/** The outcome: the counts, and the first limit exceeded (null when the page may be audited). */
export interface SizeVerdict {
  size: PageSize;
  over: LimitNote | null;
}

/**
 * Limits for an audit in the page. A real report page — three statistics tables of ≈ 600 cells in a portal shell
 * — has < 5,000 elements, < 1,000 cells and < 100,000 characters; these leave a 10× margin and keep the worst
 * accepted audit to ≈ 0.1–0.2 s of main-thread time in Chromium (measured just under each limit: 9,700 cells ≈ 70–90 ms,
 * 950,000 characters ≈ 80–170 ms, 48,000 elements ≈ 120–140 ms, 990 tables ≈ 50–70 ms). The engine's own limits
 * (src/extract/limits.ts) are looser — about a second of work, right for the CLI but not for a tab.
 */
export const PAGE_LIMITS: Readonly<PageSize> = {
  elements: 50_000,
  tables: 1_000,
  cells: 10_000,
  text: 1_000_000,
};

/** Counts what an audit of `docs` would read, stopping early at the first limit exceeded. Never throws. */
export function measurePage(docs: readonly Document[], limits: Readonly<PageSize> = PAGE_LIMITS): SizeVerdict {
  const size: PageSize = { elements: 0, tables: 0, cells: 0, text: 0 };
  // Cheapest first: each check bounds the cost of the next (textContent is linear in the elements it visits).
  for (const measure of ['elements', 'tables', 'cells', 'text'] as const) {
    for (const doc of docs) size[measure] += count(doc, measure);
    if (size[measure] > limits[measure])
      return { size, over: { measure, count: size[measure], limit: limits[measure] } };
  }
  return { size, over: null };
}

function count(doc: Document, key: PageMeasure): number {
  try {
    switch (key) {
      case 'elements':
        return doc.getElementsByTagName('*').length;
      case 'tables':
        return doc.getElementsByTagName('table').length;
      case 'cells':
        return doc.getElementsByTagName('td').length + doc.getElementsByTagName('th').length;
      case 'text':
        return doc.body?.textContent?.length ?? 0;
    }
  } catch {
    // A frame torn down while we count reads as empty; the next change re-measures.
    return 0;
  }
}
