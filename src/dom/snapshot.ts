/**
 * A page's DOM as plain data, so that the audit can run in the extension's background worker instead of on the
 * page's main thread: the content script walks the page once (`takeSnapshot`, native DOM reads and nothing else),
 * sends the snapshot, and the worker rebuilds it as the engine's read-only DOM (`fromSnapshot`, ./fast-tree.ts) and
 * audits that — the same engine code path as on the page itself, the same tree (the browser's own parse, not a
 * re-parse), so the same findings. Each node's place in the snapshot is its index, which is how the worker names the
 * page elements the findings point at and the content script finds them again to mark them.
 *
 * What is kept is what the engine reads (src/dom/snapshot.test.ts holds the engine's attribute reads to
 * SNAPSHOT_ATTRIBUTES): elements with their local names and those attributes, text and CDATA nodes with their text,
 * in document order; comments, processing instructions and <template> contents are left out (no walk of the engine
 * enters them). Attribute values are cut at MAX_ATTRIBUTE_CHARS (a data: URL of an inline image can be megabytes,
 * and the engine only ever needs to see that it is one).
 */
import {
  CDATA_SECTION_NODE,
  ELEMENT_NODE,
  FastCharacterData,
  FastDocument,
  FastElement,
  TEXT_NODE,
  type FastNode,
  type FastParent,
} from './fast-tree';

/** A page as the content script hands it to the worker. */
export interface PageSnapshot {
  /** `document.URL`. */
  url: string;
  /** `document.title`, as the browser gives it (whitespace already collapsed). */
  title: string;
  /** The document's nodes in document order; a node's index in this array is its name in the worker's replies. */
  nodes: SnapshotNode[];
}

/**
 * An element, `[parent, localName, attributes]`: its parent's index (-1 for the document), its local name and its
 * kept attributes as name, value, name, value…; or character data, `[parent, text]` for a text node and
 * `[parent, text, 4]` for a CDATA section.
 */
export type SnapshotNode =
  | [parent: number, name: string, attributes: string[]]
  | [parent: number, text: string]
  | [parent: number, text: string, cdata: typeof CDATA_SECTION_NODE];

/**
 * The attributes the engine and its readers look at (src/extract, src/detect, src/portal): the snapshot keeps these
 * and no others.
 */
export const SNAPSHOT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class',
  'colspan',
  'content',
  'height',
  'hidden',
  'href',
  'id',
  'name',
  'property',
  'role',
  'rowspan',
  'src',
  'style',
  'title',
  'width',
]);

/** Longest attribute value kept. */
export const MAX_ATTRIBUTE_CHARS = 4096;

/** Longest page title kept (a title longer than this is not a report's). */
export const MAX_TITLE_CHARS = 10_000;

/**
 * Most characters — text, attribute names and values — a snapshot may hold. The content script's size guard bounds
 * the page's text to a tenth of this; only attributes could pass it (a page of many long `style`s or inline images),
 * and such a page is not walked further: it is too large to audit (`SnapshotTooLarge`).
 */
export const MAX_SNAPSHOT_CHARS = 8_000_000;

/** Thrown by takeSnapshot when the page holds more than MAX_SNAPSHOT_CHARS characters (`count`: those seen). */
export class SnapshotTooLarge extends Error {
  constructor(readonly count: number) {
    super(`page too large to audit: more than ${MAX_SNAPSHOT_CHARS} characters`);
  }
}

/**
 * A snapshot of `doc`, the page's nodes in the snapshot's order (`nodes[i]` is the node of `snapshot.nodes[i]`) and
 * the characters it holds. Throws SnapshotTooLarge, having walked no further, past `budget` characters (what is left
 * of MAX_SNAPSHOT_CHARS when a page's other documents were taken first).
 */
export function takeSnapshot(
  doc: Document,
  budget = MAX_SNAPSHOT_CHARS,
): { snapshot: PageSnapshot; nodes: Node[]; chars: number } {
  const out: SnapshotNode[] = [];
  const nodes: Node[] = [];
  let chars = 0;
  /** The index of each open element's parent (the parent of the element at the top is `parent`). */
  const open: number[] = [];
  let parent = -1;
  let node: Node | null = ownFirstChild(doc);
  while (node !== null) {
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      const index = out.length;
      const attributes = keptAttributes(el);
      for (const part of attributes) chars += part.length;
      out.push([parent, el.localName, attributes]);
      nodes.push(el);
      const first = ownFirstChild(el);
      if (first !== null) {
        open.push(parent);
        parent = index;
        node = first;
        continue;
      }
    } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const text = node.nodeValue ?? '';
      chars += text.length;
      out.push(type === TEXT_NODE ? [parent, text] : [parent, text, CDATA_SECTION_NODE]);
      nodes.push(node);
    }
    if (chars > budget) throw new SnapshotTooLarge(MAX_SNAPSHOT_CHARS - budget + chars);
    // The next sibling, climbing out of every element that has none.
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node === null || node === doc) node = null;
      else parent = open.pop() ?? -1;
    }
    node = node === null ? null : node.nextSibling;
  }
  return { snapshot: { url: doc.URL, title: doc.title.slice(0, MAX_TITLE_CHARS), nodes: out }, nodes, chars };
}

/** A document rebuilt from a snapshot: the engine's DOM, with the page's address and title as the browser gave them. */
export class SnapshotDocument extends FastDocument {
  constructor(
    readonly URL: string,
    private readonly pageTitle: string,
  ) {
    super();
  }

  override get title(): string {
    return this.pageTitle;
  }
}

/**
 * The snapshot as a document, and its nodes in the snapshot's order. Throws on a snapshot that is not one (a parent
 * that does not come before its child, or is not an element): the worker then answers that it could not audit.
 */
export function fromSnapshot(snapshot: PageSnapshot): { doc: SnapshotDocument; nodes: FastNode[] } {
  const doc = new SnapshotDocument(snapshot.url, snapshot.title);
  const nodes: FastNode[] = [];
  for (let i = 0; i < snapshot.nodes.length; i++) {
    const record = snapshot.nodes[i] as SnapshotNode;
    const [parentIndex, value] = record;
    const parent: FastParent | undefined = parentIndex === -1 ? doc : asParent(nodes[parentIndex], parentIndex, i);
    if (parent === undefined) throw new Error(`snapshot node ${i}: no parent ${parentIndex}`);
    let node: FastNode;
    if (Array.isArray(record[2])) {
      const el = new FastElement(value);
      const attributes = record[2];
      for (let a = 0; a + 1 < attributes.length; a += 2)
        el.attributes.push({ name: attributes[a] as string, value: attributes[a + 1] as string });
      node = el;
    } else {
      node = new FastCharacterData(record[2] === CDATA_SECTION_NODE ? CDATA_SECTION_NODE : TEXT_NODE, value);
    }
    parent.appendChild(node);
    nodes.push(node);
  }
  return { doc, nodes };
}

/** The node at `index` when it is an element that comes before `child`; else undefined. */
function asParent(node: FastNode | undefined, index: number, child: number): FastParent | undefined {
  return index >= 0 && index < child && node instanceof FastElement ? node : undefined;
}

/** The first child of `node` as childNodes has it (a <template>'s content is not its child; see extract/dom.ts). */
function ownFirstChild(node: Node): Node | null {
  const child = node.firstChild;
  return child !== null && child.parentNode === node ? child : null;
}

function keptAttributes(el: Element): string[] {
  const kept: string[] = [];
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const { name, value } = attributes[i] as Attr;
    if (SNAPSHOT_ATTRIBUTES.has(name))
      kept.push(name, value.length > MAX_ATTRIBUTE_CHARS ? value.slice(0, MAX_ATTRIBUTE_CHARS) : value);
  }
  return kept;
}
