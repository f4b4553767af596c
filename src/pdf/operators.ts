import type { Box, Segment } from './types';

/**
 * The ruling lines of a page from its pdf.js operator list: every `constructPath` that is stroked (each straight
 * piece of the path) or filled as a thin rectangle (how Chromium and many converters draw cell borders), with the
 * current transformation matrix tracked through save/restore/transform and form XObjects. Curves, images and
 * fills larger than a line are ignored. Pure: the operator codes are passed in (pdf.js `OPS`).
 */
export function segmentsOf(list: OperatorList, ops: OpCodes, pageHeight: number): Segment[] {
  const out: Segment[] = [];
  walkOperators(list, ops, (fn, args, ctm) => {
    if (fn !== ops.constructPath || args === null) return;
    const paint = args[0] as number;
    const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
    if (data === undefined || data === null) return;
    if (STROKES(ops).has(paint)) strokeSegments(data, ctm, pageHeight, out);
    else if (FILLS(ops).has(paint)) fillSegment(data, ctm, pageHeight, out);
  });
  return out;
}

/**
 * The boxes of the images painted on a page (y down): an image is drawn into the unit square of the current
 * matrix. A scanned page is one image and no text; a table pasted as a picture is an image in its section.
 */
export function imagesOf(list: OperatorList, ops: OpCodes, pageHeight: number): Box[] {
  const out: Box[] = [];
  walkOperators(list, ops, (fn, _args, ctm) => {
    if (fn !== ops.paintImageXObject && fn !== ops.paintInlineImageXObject && fn !== ops.paintImageXObjectRepeat)
      return;
    const corners = [
      apply(ctm, 0, 0, pageHeight),
      apply(ctm, 1, 1, pageHeight),
      apply(ctm, 0, 1, pageHeight),
      apply(ctm, 1, 0, pageHeight),
    ];
    const xs = corners.map((p) => p[0]);
    const ys = corners.map((p) => p[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    out.push({ x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y });
  });
  return out;
}

/**
 * Every drawing operator of the list with the current transformation matrix it runs under, tracked through
 * save/restore/transform and form XObjects (the one bookkeeping both readers above need).
 */
function walkOperators(
  list: OperatorList,
  ops: OpCodes,
  visit: (fn: number | undefined, args: unknown[] | null, ctm: Matrix) => void,
): void {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args !== null) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix) || ArrayBuffer.isView(matrix))
        ctm = multiply(ctm, Array.from(matrix as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else visit(fn, args, ctm);
  }
}

/** The part of pdf.js's operator list read here. */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** The pdf.js operator codes used (a subset of `OPS`). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageXObjectRepeat?: number;
}

type Matrix = [number, number, number, number, number, number];

const strokeCache = new WeakMap<OpCodes, Set<number>>();
const fillCache = new WeakMap<OpCodes, Set<number>>();
function STROKES(ops: OpCodes): Set<number> {
  let s = strokeCache.get(ops);
  if (s === undefined) {
    s = new Set([
      ops.stroke,
      ops.closeStroke,
      ops.fillStroke,
      ops.eoFillStroke,
      ops.closeFillStroke,
      ops.closeEOFillStroke,
    ]);
    strokeCache.set(ops, s);
  }
  return s;
}
function FILLS(ops: OpCodes): Set<number> {
  let s = fillCache.get(ops);
  if (s === undefined) {
    s = new Set([ops.fill, ops.eoFill]);
    fillCache.set(ops, s);
  }
  return s;
}

/** pdf.js path data codes (`DrawOPS`): moveTo x y, lineTo x y, curveTo 6, quadraticCurveTo 4, closePath. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Thickest filled rectangle still read as a line, and shortest line kept (points). */
const MAX_THICKNESS = 2.5;
const MIN_LENGTH = 3;
/** How far off horizontal/vertical a line may be (points over its length). */
const SLANT = 0.8;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** A point of user space on the page, y down. */
function apply(m: Matrix, x: number, y: number, pageHeight: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], pageHeight - (m[1] * x + m[3] * y + m[5])];
}

function strokeSegments(data: ArrayLike<number>, ctm: Matrix, pageHeight: number, out: Segment[]): void {
  let start: [number, number] | undefined;
  let at: [number, number] | undefined;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === MOVE) {
      at = apply(ctm, data[i] as number, data[i + 1] as number, pageHeight);
      start = at;
      i += 2;
    } else if (op === LINE) {
      const to = apply(ctm, data[i] as number, data[i + 1] as number, pageHeight);
      if (at !== undefined) addLine(at, to, out);
      at = to;
      i += 2;
    } else if (op === CURVE) {
      at = apply(ctm, data[i + 4] as number, data[i + 5] as number, pageHeight);
      i += 6;
    } else if (op === QUAD) {
      at = apply(ctm, data[i + 2] as number, data[i + 3] as number, pageHeight);
      i += 4;
    } else if (op === CLOSE) {
      if (at !== undefined && start !== undefined) addLine(at, start, out);
      at = start;
    } else return; // unknown code: stop rather than misread the rest
  }
}

/** A filled path read as one line when its bounding box is thin (a border drawn as a filled rectangle). */
function fillSegment(data: ArrayLike<number>, ctm: Matrix, pageHeight: number, out: Segment[]): void {
  const box = pathBox(data, ctm, pageHeight);
  if (box === undefined) return;
  if (box.h <= MAX_THICKNESS && box.w >= MIN_LENGTH)
    out.push({ dir: 'h', at: box.y + box.h / 2, from: box.x, to: box.x + box.w });
  else if (box.w <= MAX_THICKNESS && box.h >= MIN_LENGTH)
    out.push({ dir: 'v', at: box.x + box.w / 2, from: box.y, to: box.y + box.h });
}

function pathBox(data: ArrayLike<number>, ctm: Matrix, pageHeight: number): Box | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const take = (x: number, y: number): void => {
    const [px, py] = apply(ctm, x, y, pageHeight);
    x0 = Math.min(x0, px);
    x1 = Math.max(x1, px);
    y0 = Math.min(y0, py);
    y1 = Math.max(y1, py);
  };
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    const n = op === MOVE || op === LINE ? 2 : op === CURVE ? 6 : op === QUAD ? 4 : op === CLOSE ? 0 : -1;
    if (n < 0) return undefined;
    for (let k = 0; k < n; k += 2) take(data[i + k] as number, data[i + k + 1] as number);
    i += n;
  }
  if (!Number.isFinite(x0)) return undefined;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function addLine(a: [number, number], b: [number, number], out: Segment[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= SLANT && dx >= MIN_LENGTH)
    out.push({ dir: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (dx <= SLANT && dy >= MIN_LENGTH)
    out.push({ dir: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}
