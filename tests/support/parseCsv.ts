/**
 * Reads CSV text as RFC 4180 describes it, written apart from src/core/csv.ts so that a round trip checks
 * the writer against the standard rather than against itself. Strict: a stray double quote in a bare
 * field, or an unclosed quoted field, throws. A leading byte-order mark is skipped, as spreadsheets do.
 */
export function parseCsv(text: string): Array<Array<string>> {
  const rows: Array<Array<string>> = [];
  let row: Array<string> = [];
  let field = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      const close = (from: number): number => {
        const at = text.indexOf('"', from);
        if (at === -1) throw new Error(`a quoted field opened at ${i} is never closed`);
        return text[at + 1] === '"' ? close(at + 2) : at;
      };
      const end = close(i + 1);
      field = text.slice(i + 1, end).replaceAll('""', '"');
      i = end + 1;
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (text[i] === ',') {
      endField();
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`a bare field holds ${JSON.stringify(text[i])} at ${i}`);
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}
