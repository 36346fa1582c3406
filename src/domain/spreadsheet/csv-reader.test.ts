import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxImportRows } from '../../contract/spreadsheet-import';
import { toCsv } from './csv-text';
import { parseCsvText, readCsv } from './csv-reader';
import { isBlankRow } from './sheet-rows';

const bytes = (text: string) => new TextEncoder().encode(text);

function rowsOf(text: string) {
  const read = readCsv(bytes(text));
  if (!read.ok) throw new Error(read.problems[0]?.reason);
  return read.rows;
}

describe('readCsv', () => {
  it('reads quoted fields, doubled quotes and line breaks inside quotes, with the line each row starts on', () => {
    expect(rowsOf('ID,Title\r\na-1,"Coffee, ""chats"" & more"\r\na-2,"line one\r\nline two"\r\na-3,plain\r\n')).toEqual([
      { line: 1, cells: ['ID', 'Title'] },
      { line: 2, cells: ['a-1', 'Coffee, "chats" & more'] },
      { line: 3, cells: ['a-2', 'line one\r\nline two'] },
      { line: 5, cells: ['a-3', 'plain'] },
    ]);
  });

  it('reads back whatever the writer wrote, field for field, each row on the line it starts on', () => {
    const field = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', ' '));
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 }).map((rows) => rows.filter((cells) => !isBlankRow(cells)));
    fc.assert(
      fc.property(table, (rows) => {
        const read = parseCsvText(toCsv(rows));
        const breaks = (cells: string[]) => cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
        const lines = rows.map((_, index) => 1 + rows.slice(0, index).reduce((sum, cells) => sum + 1 + breaks(cells), 0));
        expect(read).toEqual({ ok: true, rows: rows.map((cells, index) => ({ line: lines[index], cells })) });
      }),
    );
  });

  it('takes LF, CRLF and CR line ends alike, and a last line without one', () => {
    expect(rowsOf('a,b\nc,d\re,f\r\ng,"h"')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
      { line: 3, cells: ['e', 'f'] },
      { line: 4, cells: ['g', 'h'] },
    ]);
  });

  it('strips a UTF-8 byte order mark and keeps non-ASCII text', () => {
    expect(rowsOf('\uFEFFID,Owner\r\na-1,Marisol Gutiérrez — 学习\r\n')).toEqual([
      { line: 1, cells: ['ID', 'Owner'] },
      { line: 2, cells: ['a-1', 'Marisol Gutiérrez — 学习'] },
    ]);
  });

  it('skips rows that hold only empty cells, keeping the line numbers of the others', () => {
    expect(rowsOf('a,b\r\n,\r\n\r\nc,d\r\n,,\r\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('keeps a stray quote as text, as spreadsheets read it', () => {
    expect(rowsOf('5" tablets,"quoted" then text,""\r\n')).toEqual([{ line: 1, cells: ['5" tablets', 'quoted then text', ''] }]);
  });

  it('keeps empty fields, first and last ones too', () => {
    expect(rowsOf(',x,\r\n')).toEqual([{ line: 1, cells: ['', 'x', ''] }]);
  });

  it('reports a quoted field that never ends with the line it starts on', () => {
    expect(readCsv(bytes('ID,Title\r\na-1,ok\r\na-2,"never\r\nends\r\n'))).toEqual({
      ok: false,
      problems: [{ line: 3, column: null, reason: expect.stringContaining('starts on line 3 never ends') }],
    });
  });

  it('names a file in Windows-1252, with the line of the first byte that is not UTF-8', () => {
    const file = new Uint8Array([...bytes('ID,Owner\r\na-1,Ana\r\na-2,Jos'), 0xe9, ...bytes('\r\n')]);
    const read = readCsv(file);
    const [problem] = read.ok ? [] : read.problems;
    expect(problem?.line).toBe(3);
    expect(problem?.reason).toMatch(/^The file is not UTF-8: line 3 holds the byte 0xE9, which looks like Windows-1252 \("é"\)/);
    expect(problem?.reason).toContain('Save it as CSV UTF-8');
  });

  it('names a UTF-16 file', () => {
    const read = readCsv(new Uint8Array([0xff, 0xfe, 0x49, 0x00, 0x44, 0x00]));
    expect(read.ok ? null : read.problems[0]?.reason).toMatch(/not UTF-8 \(it is UTF-16/);
  });

  it('refuses malformed UTF-8: overlong forms, surrogates and cut-off sequences', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80]]) {
      expect(readCsv(new Uint8Array([0x61, 0x0a, ...bad])).ok).toBe(false);
    }
    expect(readCsv(bytes('€ 𝄞 é')).ok).toBe(true);
  });

  it('refuses a file with more rows than an import takes, counting the header apart', () => {
    const header = 'ID\r\n';
    expect(parseCsvText(header + 'a\r\n'.repeat(maxImportRows)).ok).toBe(true);
    const read = parseCsvText(header + 'a\r\n'.repeat(maxImportRows + 1));
    expect(read.ok ? null : read.problems[0]?.reason).toMatch(/more than 50,000 rows/);
  });
});
