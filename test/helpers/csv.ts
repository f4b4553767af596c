/**
 * The tests' one CSV reader: strict RFC 4180, for checking exported bytes — fields are quoted only when they must
 * be, quotes are doubled, records end in CRLF. Throws on anything else, so a malformed export fails the test. The
 * TSV exports (the clipboard's) are read with `{ delimiter: '\t', newline: '\n' }`.
 */
export function parseCsv(
  text: string,
  { delimiter = ',', newline = '\r\n' }: { delimiter?: string; newline?: string } = {},
): string[][] {
  const special = new RegExp(`["\r\n${delimiter}]`);
  const stop = new RegExp(`[\r\n"${delimiter}]`);
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
      if (!special.test(text[i] ?? '\r')) throw new Error(`stray character after a quoted field at ${i}`);
      if (!special.test(field)) throw new Error(`field quoted without need at ${i}: ${field}`);
    } else {
      const end = text.slice(i).search(stop);
      const at = end < 0 ? text.length : i + end;
      if (text[at] === '"') throw new Error(`quote inside an unquoted field at ${at}`);
      field = text.slice(i, at);
      i = at;
    }
    record.push(field);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    if (text.startsWith(newline, i)) {
      i += newline.length;
    } else if (i < text.length) {
      throw new Error(`record not ended by ${JSON.stringify(newline)} at ${i}`);
    }
    records.push(record);
    record = [];
  }
  return records;
}
