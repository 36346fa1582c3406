import { isBlankRow, tooManyRows, tooManyRowsProblem, type SheetRead, type SheetRow } from './sheet-rows';
import { encodingProblem } from './text-encoding';

const lineBreaks = /\r\n|\n|\r/g;
const countLines = (text: string) => text.match(lineBreaks)?.length ?? 0;
// An unquoted field runs to the next comma or line end; a quote inside it is text.
const unquotedField = /[^,\r\n]*/y;

function unterminated(line: number): SheetRead {
  const reason = `A quoted field that starts on line ${line} never ends: add the closing double quote (") and import the file again.`;
  return { ok: false, problems: [{ line, column: null, reason }] };
}

// RFC 4180 read leniently, as spreadsheets write it: quoted fields with
// doubled quotes and line breaks inside, records ended by CRLF, LF or CR, the
// last one with or without. Fields are sliced, not built a character at a
// time: a 20 MB file reads in well under a second.
export function parseCsvText(text: string): SheetRead {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  for (;;) {
    let field: string;
    if (text[i] === '"') {
      const quoteLine = line;
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return unterminated(quoteLine);
        parts.push(text.slice(from, quote));
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        parts.push('"');
        from = quote + 2;
      }
      field = parts.join('');
      line += countLines(field);
      unquotedField.lastIndex = i;
      field += unquotedField.exec(text)?.[0] ?? '';
      i = unquotedField.lastIndex;
    } else {
      unquotedField.lastIndex = i;
      field = unquotedField.exec(text)?.[0] ?? '';
      i = unquotedField.lastIndex;
    }
    cells.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (!isBlankRow(cells)) rows.push({ line: rowLine, cells });
    if (tooManyRows(rows.length)) return { ok: false, problems: [tooManyRowsProblem] };
    if (i >= text.length) return { ok: true, rows };
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    if (i >= text.length) return { ok: true, rows };
    cells = [];
    line += 1;
    rowLine = line;
  }
}

// The bytes of a CSV file, in UTF-8 with or without a byte order mark.
export function readCsv(bytes: Uint8Array): SheetRead {
  const problem = encodingProblem(bytes);
  if (problem !== null) return { ok: false, problems: [problem] };
  return parseCsvText(new TextDecoder('utf-8').decode(bytes));
}
