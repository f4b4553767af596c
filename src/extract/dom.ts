/**
 * Small DOM helpers for the extraction walks. They use only firstChild/nextSibling/parentNode/nodeType/localName,
 * which every DOM has and which cost O(1) in linkedom (whose `childNodes` builds a new array on every read and
 * whose selector engine is slow), and they are iterative, so a page nested thousands deep cannot overflow the stack.
 */
import { dropBlanks } from '../text/normalise';

/**
 * The first child of `node`, as childNodes has it. happy-dom answers a <template>'s firstChild from its content
 * fragment (while its childNodes are empty, as in browsers); a walk that went there would climb out into the
 * fragment and stop. Such a child is not the node's own, so it is not entered.
 */
export function firstChildOf(node: Node): Node | null {
  const child = node.firstChild;
  return child !== null && child.parentNode === node ? child : null;
}

/** The next node after `node` in document order inside `root`, not entering `node`'s children; null at the end. */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
    const next = n.nextSibling;
    if (next !== null) return next;
  }
  return null;
}

/**
 * Lower-case tag name of an element ('' for other nodes). localName is already lower case for HTML elements; tagName
 * would be upper-cased on every read (linkedom computes it), and lower-casing every name costs as much again.
 */
export function tagOf(node: Node): string {
  if (node.nodeType !== ELEMENT_NODE) return '';
  const name = (node as Element).localName;
  // An XML document keeps names as written: lower-case those that start in upper case.
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90 ? name.toLowerCase() : name;
}

/** Length of `el.textContent` without building the string (offsets into textContent only need the length). */
export function textLength(el: Node): number {
  let length = 0;
  let node: Node | null = firstChildOf(el);
  while (node !== null) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) length += (node.nodeValue ?? '').length;
    const down = type === ELEMENT_NODE ? firstChildOf(node) : null;
    node = down ?? nextOutside(node, el);
  }
  return length;
}

/** `el.textContent`, gathered in one walk (linkedom's collects an array of pieces first and is ~3× slower). */
export function textOf(el: Node): string {
  let text = '';
  let node: Node | null = firstChildOf(el);
  while (node !== null) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) text += node.nodeValue ?? '';
    const down = type === ELEMENT_NODE ? firstChildOf(node) : null;
    node = down ?? nextOutside(node, el);
  }
  return text;
}

/**
 * `el.textContent`, but undefined as soon as its non-blank part is longer than `max` characters: a title or link
 * candidate that wraps a whole article is rejected without reading the article.
 */
export function boundedText(el: Node, max: number): string | undefined {
  let text = '';
  // Whitespace may pad the text arbitrarily, so the length is judged on the non-blank characters; re-checked only
  // each time the raw text has doubled, which keeps the check linear overall.
  let nextCheck = max;
  let node: Node | null = firstChildOf(el);
  while (node !== null) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      text += node.nodeValue ?? '';
      if (text.length > nextCheck) {
        if (dropBlanks(text).length > max) return undefined;
        nextCheck = text.length * 2;
      }
    }
    const down = type === ELEMENT_NODE ? firstChildOf(node) : null;
    node = down ?? nextOutside(node, el);
  }
  return text;
}

/** Node types (the DOM constants; `Node.ELEMENT_NODE` is a global that linkedom does not provide in Node). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;
