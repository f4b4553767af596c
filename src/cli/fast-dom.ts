/**
 * A read-only DOM for the CLI, built straight from htmlparser2's callbacks: the tree linkedom builds from the same
 * parser with the same options (one node per callback, attribute names as written, the first of duplicate
 * attributes, <template> children kept in place, the doctype as the first child), with the small part of the DOM API
 * the engine and the portal readers use — firstChild/nextSibling/parentNode walks, nodeType, nodeValue, localName,
 * tagName, attributes, textContent, the document's head/body/title and tag or tag[attr] selectors — as plain fields.
 *
 * Why not linkedom itself: its parse spends most of its time giving every node (text nodes and attributes included)
 * an event-listener map in a WeakMap, and then collecting them (bench/batch.ts: ~5× the bare parse), and the engine
 * walks its nodes through getters. The engine code is the same for both: only the Document handed to it differs,
 * and fast-dom.test.ts checks that both give the same tree and the same audit for every page of the fixtures.
 * Where linkedom differs from a browser, this follows linkedom (the CLI's results must not change with the parser):
 * attribute names keep their case (getAttribute('rowspan') does not find ROWSPAN), `class` reads as its distinct
 * tokens joined by one space, and reading `head` or `body` of a document without them inserts empty ones.
 */
import { Parser } from 'htmlparser2';
import {
  COMMENT_NODE,
  CDATA_SECTION_NODE,
  FastCharacterData,
  FastDocument,
  FastDocumentType,
  FastElement,
  TEXT_NODE,
  type FastParent,
} from '../dom/fast-tree';

export { FastDocument, FastElement, type FastAttr } from '../dom/fast-tree';

/** Parses HTML as linkedom's DOMParser does for 'text/html' (same htmlparser2 options, same tree). */
export function parseFastDocument(html: string): FastDocument {
  const document = new FastDocument();
  let node: FastParent = document;
  let cdata = false;
  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (name.toLowerCase() !== '!doctype') return;
        // linkedom puts each doctype it can read first in the document, wherever it was written.
        const m = /^([a-z:]+)/i.exec(data.slice(name.length).trim());
        if (m !== null) document.insertBefore(new FastDocumentType(m[1] as string), document.firstChild);
      },
      onopentag(name, attributes) {
        const el = node.appendChild(new FastElement(name));
        for (const key of Object.keys(attributes)) {
          const value = attributes[key] as string;
          el.attributes.push({ name: key, value: key === 'class' ? classValue(value) : value });
        }
        node = el;
      },
      oncomment(data) {
        node.appendChild(new FastCharacterData(COMMENT_NODE, data));
      },
      ontext(text) {
        node.appendChild(new FastCharacterData(cdata ? CDATA_SECTION_NODE : TEXT_NODE, text));
      },
      oncdatastart() {
        cdata = true;
      },
      oncdataend() {
        cdata = false;
      },
      onclosetag() {
        node = node.parentNode ?? document;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return document;
}

/** A class attribute as linkedom keeps it: its distinct tokens, joined by one space. */
function classValue(value: string): string {
  return [...new Set(value.split(/\s+/).filter((t) => t !== ''))].join(' ');
}
