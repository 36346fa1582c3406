// A small RFC 4180 reader for tests, written apart from the app's writer so
// the two check each other: quoted fields, doubled quotes, CRLF records.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      if (char === '"' || char === '\n' || char === '\r') throw new Error(`Not RFC 4180: bare ${JSON.stringify(char)} at ${i}`);
      field += char;
    }
  }
  if (quoted) throw new Error('Not RFC 4180: a quoted field never ends');
  if (field !== '' || row.length > 0) throw new Error('Not RFC 4180: the last record does not end with CRLF');
  return rows;
}
