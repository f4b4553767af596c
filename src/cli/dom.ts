/** HTML → Document for Node (no layout; the engine needs only the DOM tree). */
import { parseFastDocument } from './fast-dom';

/**
 * Parses an HTML page into a Document the audit engine can read (always with <html>, <head> and <body>): the CLI's
 * own read-only DOM (fast-dom.ts), the same tree as linkedom's at a fraction of the cost.
 */
export function parseHtml(html: string): Document {
  // The parts of the DOM the engine uses, as plain fields; the types differ from lib.dom's.
  return parseFastDocument(withSkeleton(html)) as unknown as Document;
}

/**
 * Unlike a browser, linkedom (and fast-dom.ts, which builds the same tree) does not synthesise missing <html>/<body>
 * elements: a fragment becomes the documentElement and `document.body` throws. Pages saved from portals are
 * sometimes fragments, so add them.
 */
export function withSkeleton(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  let rest = html.replace(/^\s*<!doctype[^>]*>/i, '').replace(/<\/?html[^>]*>/gi, '');
  let head: string;
  const headMatch = /<head[\s>][\s\S]*?<\/head>/i.exec(rest);
  if (headMatch) {
    head = headMatch[0];
    rest = rest.slice(0, headMatch.index) + rest.slice(headMatch.index + head.length);
  } else {
    // No <head>: keep the page's <title> and <meta> where the engine (and a browser) would look for them.
    const meta = rest.match(/<title[\s>][\s\S]*?<\/title>|<meta\b[^>]*>/gi) ?? [];
    for (const tag of meta) rest = rest.replace(tag, '');
    head = `<head>${meta.join('')}</head>`;
  }
  const body = hasBody ? rest : `<body>${rest}</body>`;
  return `<!DOCTYPE html><html>${head}${body}</html>`;
}
