import type { SourceRef } from '../model';

/**
 * Stable string key of a SourceRef, used to look the page element up in `Extraction.elements`:
 * "c:table:row:col" for a table cell, "l:line" for a line of a text report, "t:block:start:end" for a sentence, "b:page:x:y:w:h" for a box of a PDF.
 */
export function sourceKey(ref: SourceRef): string {
  switch (ref.kind) {
    case 'cell':
      return `c:${ref.table}:${ref.row}:${ref.col}`;
    case 'line':
      return `l:${ref.line}`;
    case 'text':
      return `t:${ref.block}:${ref.start}:${ref.end}`;
    case 'box':
      return `b:${ref.page}:${ref.x}:${ref.y}:${ref.w}:${ref.h}`;
  }
}
