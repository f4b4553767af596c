/**
 * Stage 6b: sentence boundaries in a run of narrative text. Splits after 。！？； (full and half width, with any
 * closing quote or bracket that follows) and at line ends. Returns trimmed character ranges into `text`.
 */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s && CONTENT.test(text.slice(s, e))) out.push({ start: s, end: e });
    start = end;
  };
  // The regex engine finds the next break faster than a loop over characters (which allocates one string each).
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    const i = m.index;
    const ch = text.charCodeAt(i);
    if (ch === NL || ch === CR) {
      push(i);
      start = i + 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && CLOSING.has(text.charCodeAt(end))) end++;
    push(end);
    BREAK.lastIndex = end;
  }
  push(text.length);
  return out;
}

const NL = 0x0a;
const CR = 0x0d;
/** Line ends and sentence terminals: 。！？； and their half-width forms. */
const BREAK = /[\n\r。！？；!?;]/g;
/** Closing quotes and brackets that stay with the sentence they end: ” ’ 」 』 ） ) 】 " '. */
const CLOSING = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x22, 0x27]);
const CONTENT = /[\p{L}\p{N}]/u;

/** `\s`, plus the zero-width space, which portals pad text with. */
function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
