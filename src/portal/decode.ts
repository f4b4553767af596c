/**
 * Bytes → text for every input: the CLI's files and URLs and the batch's fetched pages (CLI and extension). Old
 * portal pages are GBK/GB2312 (markup.md), sometimes served without a matching HTTP header, so HTML honours BOM >
 * HTTP charset > <meta> in the first 2 KB > UTF-8 if valid > GB18030.
 */

/** Decodes an HTML page's bytes, honouring BOM, the HTTP header's charset and `<meta charset>` declarations. */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): string {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes, bom);
  // A declared UTF-8 that the bytes contradict is a server default ("served without a matching header"): skip it.
  const declared = [usable(headerCharset), usable(sniffMetaCharset(bytes))].find(
    (label) => label !== undefined && (label !== 'utf-8' || isUtf8(bytes)),
  );
  return decodeWith(bytes, declared);
}

/** Decodes a plain-text file: BOM if any, else UTF-8 when the bytes are valid UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  return decodeWith(bytes, bomCharset(bytes));
}

/** The charset declared by `<meta charset=…>` or `<meta http-equiv=Content-Type content="…; charset=…">`. */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one char, so ASCII markup reads correctly whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return undefined;
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

function decodeWith(bytes: Uint8Array, charset: string | undefined): string {
  if (charset) return stripBom(new TextDecoder(charset).decode(bytes));
  // Not UTF-8: GB18030 is a superset of GBK/GB2312, the usual encodings of Chinese files without a declaration.
  return stripBom(new TextDecoder(isUtf8(bytes) ? 'utf-8' : 'gb18030').decode(bytes));
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A label TextDecoder knows, or undefined (an unknown or misspelt charset must not abort the audit). */
function usable(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
