/**
 * A strict RFC 4180 reader for checking downloaded CSV bytes: fields are quoted only when they must be, quotes are
 * doubled, records end in CRLF. Throws on anything else, so a malformed export fails the test.
 */
export function parseCsv(text: string): string[][] {
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
      if (!/^[",\r\n]/.test(text[i] ?? '\r')) throw new Error(`stray character after a quoted field at ${i}`);
      if (!/[",\r\n]/.test(field)) throw new Error(`field quoted without need at ${i}: ${field}`);
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : i + end;
      if (text[stop] === '"') throw new Error(`quote inside an unquoted field at ${stop}`);
      field = text.slice(i, stop);
      i = stop;
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      i += 2;
    } else if (i < text.length) {
      throw new Error(`record not ended by CRLF at ${i}`);
    }
    records.push(record);
    record = [];
  }
  return records;
}
