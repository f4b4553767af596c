/**
 * Where a link or a redirect found on a fetched page may lead: the one policy of the CLI, the batch CLI and the
 * extension's "audit all". A page is written by others, so its links are untrusted: only http(s) addresses are ever
 * followed. `file:`, `data:`, `blob:`, `javascript:`, `ftp:` and every other scheme are refused, however they are
 * written — the address is judged as the URL parser reads it (`FILE:`, ` file:`, `fi\tle:` are all `file:`), never
 * by a pattern on the raw text. Local files are read only when the user named them on the command line (src/cli);
 * nothing here ever leads to one. Pure.
 */

/** The parsed address when it is an absolute http(s) URL with a host, else undefined. */
export function webUrl(url: string | URL): URL | undefined {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** True for an absolute http(s) address. */
export function isWebUrl(url: string): boolean {
  return webUrl(url) !== undefined;
}

/**
 * A link's `href` resolved against the page's address, as an absolute http(s) URL without its #fragment; undefined
 * for anything that may not be followed (another scheme, an in-page link, an unparsable address). A
 * protocol-relative `//host/path` takes the base's scheme, so it is followed from an http(s) page only.
 */
export function followableUrl(href: string, base: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base || undefined);
  } catch {
    return undefined;
  }
  if (!webUrl(url)) return undefined;
  url.hash = '';
  return url.href;
}

/**
 * The address a redirect leads to (its Location header resolved against the address that answered), when it may
 * be followed; undefined otherwise (no Location, another scheme).
 */
export function redirectTarget(location: string | null, from: string): string | undefined {
  return location ? followableUrl(location, from) : undefined;
}

/** Most redirects followed for one page (browsers allow 20; a portal needs one or two). */
export const MAX_REDIRECTS = 10;

/** The origin of an http(s) address ("https://www.example.gov.cn"), or undefined. */
export function originOf(url: string): string | undefined {
  return webUrl(url)?.origin;
}
