/**
 * The extension calls of "audit all": access to a portal's host is asked for when the user clicks "audit all"
 * (optional host permissions, never at install), and the batch runs in a page of its own, in a tab, so closing the
 * popup does not stop it. On the browser's own namespace (./page-api.ts): the popup loads no webextension-polyfill.
 */
import { pageApi } from './page-api';

/** The batch page, as the build keeps it (vite.config.ts adds it as an input; its path is kept like the popup's). */
export const BATCH_PAGE = 'src/batch-page/index.html';

/**
 * The match pattern that grants fetching pages of `url`'s host: scheme and host, any port (match patterns have no
 * port). Undefined for addresses that are not http(s).
 */
export function hostPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the extension may already fetch pages of `url`'s host. */
export async function hasHostAccess(url: string): Promise<boolean> {
  const pattern = hostPattern(url);
  if (!pattern) return false;
  try {
    return await pageApi().permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Asks for access to `url`'s host unless it is already granted. Must run in a click handler: the browser shows its
 * prompt only during a user gesture. Resolves false when the user declines or the host cannot be asked for.
 */
export async function requestHostAccess(url: string): Promise<boolean> {
  const pattern = hostPattern(url);
  if (!pattern) return false;
  try {
    if (await pageApi().permissions.contains({ origins: [pattern] })) return true;
    return await pageApi().permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** The batch page's address for a listing. */
export function batchPageUrl(listing: string): string {
  return `${pageApi().runtime.getURL(BATCH_PAGE)}?listing=${encodeURIComponent(listing)}`;
}

/** Opens the batch page for a listing in a new tab, next to the current one. */
export async function openBatchPage(listing: string): Promise<void> {
  await pageApi().tabs.create({ url: batchPageUrl(listing) });
}

/** The address of one of the extension's own pages (e.g. the attachment page), with a query string. */
export function extensionPageUrl(path: string, query = ''): string {
  return `${pageApi().runtime.getURL(path)}${query}`;
}
