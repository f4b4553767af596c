/**
 * The two DOM implementations the engine runs on: linkedom (the CLI, src/cli/dom.ts) and happy-dom (standing in for
 * the browser's parser, with its HTML5 table fix-ups: foster parenting, implied <tbody>).
 */
import { Window } from 'happy-dom';
import { parseHtml } from '../../src/cli/dom';

/** A named HTML → Document function. */
export interface Parser {
  name: string;
  parse(html: string): Document;
}

/** linkedom as the CLI uses it, and happy-dom in one window (call `close` when done). */
export function makeParsers(): { parsers: Parser[]; close(): Promise<void> } {
  const window = new Window({ url: 'https://www.example.gov.cn/' });
  return {
    parsers: [
      { name: 'linkedom', parse: parseHtml },
      {
        name: 'happy-dom',
        parse: (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
      },
    ],
    close: () => window.happyDOM.close(),
  };
}

/**
 * Lets the event loop run. happy-dom frees a parsed document's resources in queued tasks: a synchronous loop of
 * parses never lets them run and grew by ~1.3 MB a page until a long fuzzing run ran out of memory.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
