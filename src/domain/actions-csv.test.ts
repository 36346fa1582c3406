import { describe, expect, it } from 'vitest';
import { anAction } from '../../tests/action-fixtures';
import { parseCsv } from '../../tests/parse-csv';
import { pefPlan } from './pef-plan';
import { actionCsvHeader, actionsCsv, actionsCsvFileName, csvField, neutralizeFormula, toCsv, utf8Bom } from './actions-csv';

describe('csvField', () => {
  it('leaves a plain field as it is', () => {
    expect(csvField('Family Wellness Nights')).toBe('Family Wellness Nights');
    expect(csvField('')).toBe('');
    expect(csvField("it's 50% done; next: Q3")).toBe("it's 50% done; next: Q3");
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Tutors, mentors')).toBe('"Tutors, mentors"');
    expect(csvField('The "Bridge" program')).toBe('"The ""Bridge"" program"');
    expect(csvField('"')).toBe('""""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(csvField('Marisol Gutiérrez')).toBe('Marisol Gutiérrez');
    expect(csvField('Ani Petrosyan — 学习, ☀️')).toBe('"Ani Petrosyan — 学习, ☀️"');
  });
});

describe('toCsv', () => {
  it('ends every record, the last one too, with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
    expect(toCsv([])).toBe('');
    expect(toCsv([['']])).toBe('\r\n');
  });

  it('reads back field for field, whatever the fields hold', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'multi\nline', 'crlf\r\ninside', ''],
      ['Gutiérrez', '日本語', '"', ',', '\n', 'emoji 🎓'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('neutralizeFormula', () => {
  it('makes text that starts like a formula plain text', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${start}1`)).toBe(`'${start}1`);
  });

  it('sees a formula behind control characters and unpaired surrogates a spreadsheet would drop', () => {
    for (const hidden of ['\u0000', '\u0000\u0001', '\u001B', '\u007F', '\u0085', '\uD800', '\uDC00\u0000']) {
      expect(neutralizeFormula(`${hidden}=HYPERLINK("http://x","y")`)).toBe(`'${hidden}=HYPERLINK("http://x","y")`);
    }
    expect(neutralizeFormula('\u0000plain')).toBe('\u0000plain');
  });

  it('leaves other text alone, formula characters inside it too', () => {
    expect(neutralizeFormula('A = B + C')).toBe('A = B + C');
    expect(neutralizeFormula('')).toBe('');
  });
});

describe('actionsCsv', () => {
  const tricky = anAction({
    id: 'a-007',
    title: 'Coffee, "chats" & more',
    description: 'First line.\nSecond line, with a comma.',
    owner: 'Marisol Gutiérrez',
    priorityId: 'wellness',
    focusAreaId: 'voice-agency',
    strategyId: 'wellness-4',
    status: 'at-risk',
    percentComplete: 35,
    lastUpdateQuarter: '2026-Q2',
    startQuarter: '2024-Q3',
    dueQuarter: '2026-Q4',
    studentGroups: ['english-learners', 'foster-youth'],
  });
  const plain = anAction({ id: 'a-001', strategyId: null, sample: false, lastUpdateQuarter: null, status: 'not-started', percentComplete: 0 });

  it('starts with a UTF-8 byte order mark, then a header row', () => {
    const csv = actionsCsv([], pefPlan, '2026-Q3');
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([[...actionCsvHeader]]);
  });

  it('writes one row per action in the order given, every field in words', () => {
    const rows = parseCsv(actionsCsv([tricky, plain], pefPlan, '2026-Q3').slice(1));
    expect(rows).toHaveLength(3);
    const wellness = pefPlan.priorities.find((p) => p.id === 'wellness');
    const record = Object.fromEntries(actionCsvHeader.map((name, i) => [name, rows[1]?.[i]]));
    expect(record).toEqual({
      ID: 'a-007',
      Title: 'Coffee, "chats" & more',
      Priority: `${wellness?.number}. ${wellness?.title}`,
      'Focus area': 'Voice & Agency',
      Strategy: wellness?.strategies.find((s) => s.id === 'wellness-4')?.text,
      Owner: 'Marisol Gutiérrez',
      Status: 'At risk',
      'Percent complete': '35',
      'As of': '2026-Q3',
      'Last update': '2026-Q2',
      'Start quarter': '2024-Q3',
      'Due quarter': '2026-Q4',
      'Student groups': 'English learners; Foster youth',
      Description: 'First line.\nSecond line, with a comma.',
      'Sample data': 'Yes',
    });
    expect(rows[2]?.[0]).toBe('a-001');
    expect(rows[2]?.[4]).toBe('');
    expect(rows[2]?.[6]).toBe('Not started');
    expect(rows[2]?.[9]).toBe('');
    expect(rows[2]?.at(-1)).toBe('No');
  });

  it('keeps typed text from running as a formula', () => {
    const rows = parseCsv(actionsCsv([anAction({ title: '=1+1', owner: '@owner', description: '-5% absences' })], pefPlan, '2026-Q3').slice(1));
    expect(rows[1]?.[1]).toBe("'=1+1");
    expect(rows[1]?.[5]).toBe("'@owner");
    expect(rows[1]?.[13]).toBe("'-5% absences");
  });

  it('names the file after the quarter it is as of', () => {
    expect(actionsCsvFileName('2026-Q3')).toBe('pef-actions-2026-Q3.csv');
  });
});
