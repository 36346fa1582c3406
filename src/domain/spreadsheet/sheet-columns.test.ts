import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/parse-csv';
import { utf8Bom } from './csv-text';
import { neutralizeFormula, sheetCsv, sheetCsvHead, sheetCsvLines, typedText, writeCell, type SheetColumn } from './sheet-columns';

// Every text a spreadsheet could take for a formula, by the rule's three parts.
const formulaLooking = [
  '=HYPERLINK("http://x","y")',
  '+33 6 12',
  '-5% absences',
  '@owner',
  '\t=1+1',
  '\tplain',
  '\r@x',
  '\rplain',
  ' -2',
  '   =1+1',
  '\u00A0+1',
  '\u0000=1+1',
  '\u0000\u0001@x',
  '\u001B-1',
  '\u007F=1',
  '\u0085+1',
  '\uD800=1',
  '\uDC00\u0000=1',
  ' \u0000 =1',
];

describe('neutralizeFormula', () => {
  it.each(formulaLooking)('makes %j plain text with a leading apostrophe', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });

  it('leaves other text alone, formula characters inside it too', () => {
    for (const text of ['A = B + C', '', '\u0000plain', '  plain', '5 - 2', "'quoted"]) expect(neutralizeFormula(text)).toBe(text);
  });
});

describe('typedText', () => {
  it('reads a neutralised cell back as it was typed, and leaves an apostrophe someone typed', () => {
    for (const text of formulaLooking) expect(typedText(neutralizeFormula(text))).toBe(text);
    expect(typedText("'plain")).toBe("'plain");
  });
});

describe('writeCell', () => {
  const typed: SheetColumn<string> = { header: 'Note', write: (r) => r, cell: 'typed' };
  const number: SheetColumn<string> = { header: 'Value', write: (r) => r, cell: 'number' };
  const fixed: SheetColumn<string> = { header: 'Quarter', write: (r) => r };

  it('neutralises typed text only, and writes numbers as numbers', () => {
    expect(writeCell(typed, ' -2')).toEqual({ text: "' -2", type: 'text' });
    expect(writeCell(fixed, '-2')).toEqual({ text: '-2', type: 'text' });
    expect(writeCell(number, '-2')).toEqual({ text: '-2', type: 'number' });
    expect(writeCell(number, '')).toEqual({ text: '', type: 'text' });
  });
});

describe('sheetCsv', () => {
  const columns: SheetColumn<string>[] = [
    { header: 'Note', write: (r) => r, cell: 'typed' },
    { header: 'Length', write: (r) => String(r.length), cell: 'number' },
  ];

  it('starts with a UTF-8 byte order mark and a header line, and streams as its head and lines', () => {
    const records = ['Coffee, "chats"', '\t=1+1', 'line one\nline two'];
    const csv = sheetCsv(columns, records);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(csv).toBe(sheetCsvHead(columns) + sheetCsvLines(columns, records.slice(0, 1)) + sheetCsvLines(columns, records.slice(1)));
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Note', 'Length'],
      ['Coffee, "chats"', '15'],
      ["'\t=1+1", '5'],
      ['line one\nline two', '17'],
    ]);
    expect(sheetCsv(columns, [])).toBe(`${utf8Bom}Note,Length\r\n`);
  });
});
