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
    while (s < e && SPACE.test(text[s] as string)) s++;
    while (e > s && SPACE.test(text[e - 1] as string)) e--;
    if (e > s && CONTENT.test(text.slice(s, e))) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
    } else if (TERMINAL.has(ch)) {
      let end = i + 1;
      while (end < text.length && CLOSING.has(text[end] as string)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

const TERMINAL = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSING = new Set(['”', '’', '」', '』', '）', ')', '】', '"', "'"]);
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;
const CONTENT = /[\p{L}\p{N}]/u;
