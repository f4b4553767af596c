/** How much of the body the quick recognition reads (quickLooksLikeReport looks at no more than this). */
export const HEAD_TEXT_LIMIT = 8192;

/**
 * The first `limit` characters of a document's visible body text, whitespace runs collapsed to one space — what the
 * quick "is this a report?" check reads (the audit facade and the content script both call this one function, so
 * they agree). Skips scripts, styles and other non-text elements, whose code would otherwise fill the budget on a
 * portal page. Walks the tree and stops early rather than taking `textContent`, which would serialise the whole
 * page; text nodes are joined without a separator because Word-pasted markup splits words across <span>s.
 */
export function headText(doc: Document, limit = HEAD_TEXT_LIMIT): string {
  // documentElement first: linkedom's `body` getter throws on a document parsed from an empty string.
  const body = doc.documentElement ? doc.body : null;
  if (!body || limit <= 0) return '';
  let out = '';
  // Whether `out` ends in a space, kept beside it: asking `out` itself flattened the growing string at every text
  // node (quadratic on a Word page of thousands of <span>s).
  let endsInSpace = false;
  // firstChild/nextSibling rather than childNodes: O(1) steps in linkedom, whose childNodes builds a new array.
  let node: Node | null = body.firstChild;
  while (node && out.length < limit) {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(SPACE_RUN, ' ');
      // One space between words, none at the start: a run of indentation nodes adds a single separator.
      const piece: string = out.length === 0 || endsInSpace ? text.replace(/^ /, '') : text;
      if (piece !== '') {
        out += piece;
        endsInSpace = piece.charCodeAt(piece.length - 1) === SPACE;
      }
    }
    const descend =
      node.nodeType === ELEMENT_NODE && !SKIPPED.has((node as Element).tagName.toUpperCase()) ? node.firstChild : null;
    if (descend) {
      node = descend;
      continue;
    }
    while (node && node !== body && !node.nextSibling) node = node.parentNode;
    node = node && node !== body ? node.nextSibling : null;
  }
  return out.slice(0, limit);
}

const TEXT_NODE = 3;
const SPACE = 0x20;
const ELEMENT_NODE = 1;
/** Elements whose content is not page text (code, fallbacks, embedded documents, drawings). */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);
/** \s covers NBSP and the ideographic space U+3000 that portals indent with. */
const SPACE_RUN = /\s+/g;
