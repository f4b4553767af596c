/**
 * Markers on the content scripts' isolated world (shared by the page's frames' scripts of this extension only;
 * a page cannot see or set them): each script runs once per page however often it is injected.
 */

/** The full content script (./index.ts) is running in this page. */
export const ENGINE_LOADED = Symbol.for('gov-report-auditor.content');

/** The small loader (./loader.ts) is running in this page. */
export const LOADER_LOADED = Symbol.for('gov-report-auditor.loader');
