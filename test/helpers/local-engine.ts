/**
 * The worker's engine in this process, for tests of the content script: each request and reply goes through JSON
 * (as runtime messages carry them) and through both ends' validators, and the worker's own answer function
 * (src/background/engine.ts) answers — the whole path but the browser's messaging.
 */
import { answerEngineRequest, type LastYearLookup } from '../../src/background/engine';
import { workerEngine } from '../../src/content/engine';
import { askEngine, type ContentApi } from '../../src/platform/content-api';
import { parseEngineRequest } from '../../src/platform/engine-messages';

/**
 * What the worker answers to `message` — with `memory` as its memory of audited reports, if any — or undefined for a
 * message it does not take (as the real one ignores it).
 */
export async function workerAnswer(message: unknown, memory?: LastYearLookup): Promise<unknown> {
  const request = parseEngineRequest(JSON.parse(JSON.stringify(message)));
  return request === null ? undefined : JSON.parse(JSON.stringify(await answerEngineRequest(request, memory)));
}

/** A content script's extension API whose worker is `answer` (storage and listeners unused). */
export function apiWith(answer: (message: unknown) => unknown): ContentApi {
  return {
    runtime: {
      id: 'test',
      sendMessage: async (message: unknown) => answer(message),
      onMessage: { addListener: () => undefined },
    },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
  } as unknown as ContentApi;
}

/** The content script's engine, with the worker in this process (and `memory` as the worker's memory, if any). */
export function localEngineWith(memory?: LastYearLookup) {
  return workerEngine((request) =>
    askEngine(
      request,
      apiWith((message) => workerAnswer(message, memory)),
    ),
  );
}

/** The content script's engine, with the worker in this process and no memory of audited reports. */
export const localEngine = localEngineWith();
