import { isBlankRow, tooManyRows, tooManyRowsProblem, type SheetRead, type SheetRow } from './sheet-rows';
import { encodingProblem } from './text-encoding';

// RFC 4180 read leniently, as spreadsheets write it: quoted fields with
// doubled quotes and line breaks inside, records ended by CRLF, LF or CR, the
// last one with or without. A quote inside an unquoted field is kept as text.
export function parseCsvText(text: string): SheetRead {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let quoted = false;
  let fieldStarted = false;
  const endRow = () => {
    cells.push(field);
    if (!isBlankRow(cells)) rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        field += char;
      }
    } else if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (char === ',') {
      cells.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      if (tooManyRows(rows.length)) return { ok: false, problems: [tooManyRowsProblem] };
      line += 1;
      rowLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) {
    const reason = `A quoted field that starts on line ${quoteLine} never ends: add the closing double quote (") and import the file again.`;
    return { ok: false, problems: [{ line: quoteLine, column: null, reason }] };
  }
  if (fieldStarted || cells.length > 0) endRow();
  if (tooManyRows(rows.length)) return { ok: false, problems: [tooManyRowsProblem] };
  return { ok: true, rows };
}

// The bytes of a CSV file, in UTF-8 with or without a byte order mark.
export function readCsv(bytes: Uint8Array): SheetRead {
  const problem = encodingProblem(bytes);
  if (problem !== null) return { ok: false, problems: [problem] };
  return parseCsvText(new TextDecoder('utf-8').decode(bytes));
}
