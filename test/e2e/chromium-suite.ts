/**
 * One Chromium with the e2e build of the extension for a describe block of the Chromium suites: beforeAll builds the
 * extension when stale, starts the suite's server (the e2e fixtures unless told otherwise) and launches Chromium
 * (harness.ts launch); afterAll closes both. What it returns can be destructured at once: `session` and `server`
 * stand for what beforeAll made (reading one before then throws).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureBuild, launch, serveFixtures, tabIdOf, type Session } from './harness';

/** A server of pages for the tests: its address and how to stop it. */
export interface Served {
  origin: string;
  close(): Promise<void>;
}

export interface ChromiumSuite<S extends Served> {
  session: Session;
  server: S;
  /** Opens `path` of the server in a new tab (made the active tab) and returns it with its tab id. */
  open(path: string, options?: { initScript?: string; timeout?: number }): Promise<{ page: Page; tabId: number }>;
}

export function chromiumSuite<S extends Served = Served>(
  options: {
    /** Starts the server (default: the e2e fixtures, harness.ts serveFixtures). */
    serve?: () => Promise<S>;
    /** Runs once Chromium is up (before any test). */
    setup?: (session: Session) => Promise<void>;
  } = {},
): ChromiumSuite<S> {
  let session: Session | undefined;
  let server: S | undefined;
  beforeAll(async () => {
    const dir = ensureBuild('e2e');
    server = await (options.serve ?? (serveFixtures as () => Promise<S>))();
    session = await launch(dir);
    await options.setup?.(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const live = {
    session: later(() => session, 'session'),
    server: later(() => server, 'server'),
  };
  return {
    ...live,
    async open(path, { initScript, timeout } = {}) {
      const page = await live.session.context.newPage();
      if (initScript) await page.addInitScript(initScript);
      await page.goto(`${live.server.origin}${path}`, timeout === undefined ? {} : { timeout });
      return { page, tabId: await tabIdOf(live.session, page) };
    },
  };
}

/** An object standing for `get()`'s value once there is one (methods are bound to it). */
function later<T extends object>(get: () => T | undefined, name: string): T {
  const target = () => {
    const value = get();
    if (value === undefined) throw new Error(`${name} is used before beforeAll made it`);
    return value;
  };
  return new Proxy({} as T, {
    get(_, key) {
      const value = target();
      const property: unknown = Reflect.get(value, key);
      return typeof property === 'function' ? (property as (...args: unknown[]) => unknown).bind(value) : property;
    },
    has: (_, key) => Reflect.has(target(), key),
  });
}
