/**
 * A small read-only DOM of plain fields: the part of the DOM API the engine and the portal readers use —
 * firstChild/nextSibling/parentNode walks, nodeType, nodeValue, localName, tagName, attributes, textContent, the
 * document's head/body/title and tag or tag[attr] selectors. Two builders fill it: the CLI's parser
 * (src/cli/fast-dom.ts, from htmlparser2's callbacks) and the background worker's copy of a page the content script
 * took a snapshot of (./snapshot.ts). It has no parser of its own, so the worker's bundle carries none.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;
const DOCUMENT_TYPE_NODE = 10;

/** What every node has. */
export abstract class FastNode {
  parentNode: FastParent | null = null;
  nextSibling: FastNode | null = null;
  previousSibling: FastNode | null = null;
  abstract readonly nodeType: number;
  /** null but for character data, as in the DOM. */
  nodeValue: string | null = null;

  get parentElement(): FastElement | null {
    return this.parentNode instanceof FastElement ? this.parentNode : null;
  }

  get childNodes(): FastNode[] {
    return [];
  }
}

/** A node with children (the document and elements). */
export abstract class FastParent extends FastNode {
  firstChild: FastNode | null = null;
  lastChild: FastNode | null = null;

  override get childNodes(): FastNode[] {
    const out: FastNode[] = [];
    for (let n = this.firstChild; n !== null; n = n.nextSibling) out.push(n);
    return out;
  }

  get firstElementChild(): FastElement | null {
    for (let n = this.firstChild; n !== null; n = n.nextSibling) if (n instanceof FastElement) return n;
    return null;
  }

  get children(): FastElement[] {
    return this.childNodes.filter((n): n is FastElement => n instanceof FastElement);
  }

  /** Text of the Text and CDATA nodes inside, in document order (comments left out, as in linkedom). */
  get textContent(): string {
    let text = '';
    for (let n: FastNode | null = this.firstChild; n !== null; n = next(n, this)) {
      if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) text += n.nodeValue;
    }
    return text;
  }

  appendChild<T extends FastNode>(node: T): T {
    node.parentNode = this;
    node.previousSibling = this.lastChild;
    node.nextSibling = null;
    if (this.lastChild === null) this.firstChild = node;
    else this.lastChild.nextSibling = node;
    this.lastChild = node;
    return node;
  }

  insertBefore<T extends FastNode>(node: T, before: FastNode | null): T {
    if (before === null) return this.appendChild(node);
    node.parentNode = this;
    node.nextSibling = before;
    node.previousSibling = before.previousSibling;
    if (before.previousSibling === null) this.firstChild = node;
    else before.previousSibling.nextSibling = node;
    before.previousSibling = node;
    return node;
  }

  getElementsByTagName(name: string): FastElement[] {
    const out: FastElement[] = [];
    const upper = name.toUpperCase();
    for (let n: FastNode | null = this.firstChild; n !== null; n = next(n, this)) {
      if (n instanceof FastElement && (n.localName === name || n.tagName === upper)) out.push(n);
    }
    return out;
  }

  querySelectorAll(selector: string): FastElement[] {
    const match = compile(selector);
    const out: FastElement[] = [];
    for (let n: FastNode | null = this.firstChild; n !== null; n = next(n, this))
      if (n instanceof FastElement && match(n)) out.push(n);
    return out;
  }

  querySelector(selector: string): FastElement | null {
    const match = compile(selector);
    for (let n: FastNode | null = this.firstChild; n !== null; n = next(n, this))
      if (n instanceof FastElement && match(n)) return n;
    return null;
  }
}

/** The next node after `node` in document order inside `root` (entering children). */
function next(node: FastNode, root: FastNode): FastNode | null {
  if (node instanceof FastParent && node.firstChild !== null) return node.firstChild;
  for (let n: FastNode | null = node; n !== null && n !== root; n = n.parentNode)
    if (n.nextSibling !== null) return n.nextSibling;
  return null;
}

/** An attribute: name as written, value. */
export interface FastAttr {
  readonly name: string;
  value: string;
}

export class FastElement extends FastParent {
  readonly nodeType = ELEMENT_NODE;
  readonly localName: string;
  readonly attributes: FastAttr[] = [];

  constructor(localName: string) {
    super();
    this.localName = localName;
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }

  get nodeName(): string {
    return this.tagName;
  }

  get nextElementSibling(): FastElement | null {
    for (let n = this.nextSibling; n !== null; n = n.nextSibling) if (n instanceof FastElement) return n;
    return null;
  }

  getAttributeNode(name: string): FastAttr | null {
    for (const attr of this.attributes) if (attr.name === name) return attr;
    return null;
  }

  getAttribute(name: string): string | null {
    return this.getAttributeNode(name)?.value ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttributeNode(name) !== null;
  }

  hasAttributes(): boolean {
    return this.attributes.length > 0;
  }
}

export class FastCharacterData extends FastNode {
  readonly nodeType: number;
  override nodeValue: string;

  constructor(nodeType: number, data: string) {
    super();
    this.nodeType = nodeType;
    this.nodeValue = data;
  }

  get data(): string {
    return this.nodeValue;
  }

  get textContent(): string {
    return this.nodeValue;
  }
}

export class FastDocumentType extends FastNode {
  readonly nodeType = DOCUMENT_TYPE_NODE;
  constructor(readonly name: string) {
    super();
  }
}

export class FastDocument extends FastParent {
  readonly nodeType = DOCUMENT_NODE;

  get documentElement(): FastElement | null {
    return this.firstElementChild;
  }

  /** documentElement's first element child when it is a <head>; else an empty <head> is put there (as linkedom does). */
  get head(): FastElement {
    const root = this.documentElement;
    if (root === null) throw new TypeError('no documentElement');
    const first = root.firstElementChild;
    if (first !== null && first.tagName === 'HEAD') return first;
    return root.insertBefore(new FastElement('head'), root.firstChild);
  }

  /** The element right after <head> when it is a <body>; else an empty <body> is put there (as linkedom does). */
  get body(): FastElement {
    const head = this.head;
    const after = head.nextElementSibling;
    if (after !== null && after.tagName === 'BODY') return after;
    return (head.parentNode as FastParent).insertBefore(new FastElement('body'), head.nextSibling);
  }

  get title(): string {
    return this.head.getElementsByTagName('title')[0]?.textContent || '';
  }

  get doctype(): FastDocumentType | null {
    return this.firstChild instanceof FastDocumentType ? this.firstChild : null;
  }
}

/** `tag`, `tag[attr]` or `[attr]`, comma-separated: the selectors the CLI's readers use. Others throw. */
function compile(selector: string): (el: FastElement) => boolean {
  const parts = selector.split(',').map((part) => {
    const m = /^\s*([a-z][a-z0-9-]*)?(?:\[([a-z][a-z0-9-]*)\])?\s*$/i.exec(part);
    if (m === null || (m[1] === undefined && m[2] === undefined))
      throw new SyntaxError(`selector not supported by the CLI's DOM: ${selector}`);
    const tag = m[1]?.toLowerCase();
    const attr = m[2];
    return (el: FastElement) =>
      (tag === undefined || el.localName === tag) && (attr === undefined || el.hasAttribute(attr));
  });
  return (el) => parts.some((p) => p(el));
}
