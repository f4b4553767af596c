/** The CLI's pages parsed by linkedom: the reference src/cli/fast-dom.ts is checked against, and the benches' comparison. */
import { DOMParser } from 'linkedom';
import { withSkeleton } from './dom';

/** Parses an HTML page as the CLI does (same skeleton), into linkedom's Document. */
export function parseHtmlWithLinkedom(html: string): Document {
  // linkedom's Document implements the parts of the DOM the engine uses; its own types differ from lib.dom's.
  return new DOMParser().parseFromString(withSkeleton(html), 'text/html') as unknown as Document;
}
