/**
 * What the PDF reader works on: per page, the text runs with their boxes and the drawn ruling lines, both in page
 * coordinates with the origin at the top left and y growing downwards (PDF points). Built from pdf.js objects by
 * `readPdfDocument` (read.ts); everything after that is pure geometry.
 */

/** A rectangle on a page: left, top, width, height (points, y down). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One text run as pdf.js gives it (`getTextContent` item), placed on the page. */
export interface TextRun {
  text: string;
  /** The run's box: from the baseline up by the font size, as wide as pdf.js says. */
  box: Box;
  /** Font size (points). */
  size: number;
  /** The run is written upright (not rotated). Rotated runs (vertical header text) are placed by their box only. */
  upright: boolean;
}

/** A drawn straight line (a stroked segment, or a thin filled rectangle), horizontal or vertical. */
export interface Segment {
  /** 'h': y is fixed, from x0 to x1; 'v': x is fixed, from y0 to y1. */
  dir: 'h' | 'v';
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

/** One page: its size, text runs in content order, ruling lines, and the boxes of the images painted on it. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
  images: Box[];
}
