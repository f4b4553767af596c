/** HTML → Document for Node, with linkedom (fast, no layout; the engine needs only the DOM tree). */
import { DOMParser } from 'linkedom';

/** Parses an HTML page into a Document the audit engine can read (always with <html>, <head> and <body>). */
export function parseHtml(html: string): Document {
  // linkedom's Document implements the parts of the DOM the engine uses; its own types differ from lib.dom's.
  return new DOMParser().parseFromString(withSkeleton(html), 'text/html') as unknown as Document;
}

/**
 * Unlike a browser, linkedom does not synthesise missing <html>/<body> elements: a fragment becomes the
 * documentElement and `document.body` throws. Pages saved from portals are sometimes fragments, so add them.
 */
function withSkeleton(html: string): string {
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
