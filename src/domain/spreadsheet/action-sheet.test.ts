import { describe, expect, it } from 'vitest';
import type { Action } from '../../contract/actions';
import { anAction } from '../../../tests/action-fixtures';
import { parseCsv } from '../../../tests/parse-csv';
import { pefPlan } from '../pef-plan';
import { actionColumns, readActionRows } from './action-sheet';
import { readCsv } from './csv-reader';
import { importColumns, sheetCsv, sheetTable } from './sheet-columns';
import type { SheetRow } from './sheet-rows';

const header = ['ID', 'Title', 'Priority', 'Focus area', 'Strategy', 'Owner', 'Start quarter', 'Due quarter', 'Student groups', 'Description'];
const good = ['a-001', 'Mentoring circle', 'wellness', 'Voice & Agency', 'wellness-2', 'Ana Ruiz', '2024-Q1', '2025-Q4', 'English learners; foster-youth', ''];

const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, index) => ({ line: index + 1, cells }));
const withCell = (column: string, value: string) => good.map((cell, i) => (header[i] === column ? value : cell));
const read = (...rows: string[][]) => readActionRows(sheet(...rows), { plan: pefPlan });

describe('readActionRows', () => {
  it('reads names, ids and labels into the fields of a new action', () => {
    const wellness = pefPlan.priorities.find((p) => p.id === 'wellness');
    const row = withCell('Priority', wellness?.title ?? '');
    expect(read(header, row)).toEqual({
      problems: [],
      records: [
        {
          line: 2,
          record: {
            id: 'a-001',
            title: 'Mentoring circle',
            description: '',
            priorityId: 'wellness',
            focusAreaId: 'voice-agency',
            strategyId: 'wellness-2',
            owner: 'Ana Ruiz',
            startQuarter: '2024-Q1',
            dueQuarter: '2025-Q4',
            studentGroups: ['english-learners', 'foster-youth'],
          },
        },
      ],
    });
  });

  it('matches headers whatever their case, spacing and order, and ignores the columns only the export writes', () => {
    const shuffled = [...header].reverse().map((h) => `  ${h.toUpperCase().replace(' ', '   ')} `);
    const result = read([...shuffled, 'Status', 'Sample data'], [...good].reverse().concat('On track', 'Yes'));
    expect(result.problems).toEqual([]);
    expect(result.records[0]?.record.priorityId).toBe('wellness');
  });

  it('reports unknown and repeated columns, and each missing required one once, on the header line', () => {
    const result = read(['ID', 'Title', 'Titel', 'title', 'Owner'], ['a-1', 'x', 'y', 'z', 'Ana']);
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([
      { line: 1, column: 'Titel', reason: expect.stringMatching(/^is not a column of the actions sheet; its columns are: ID, Title, Priority/) },
      { line: 1, column: 'Title', reason: 'is named twice in the first row: keep one of the two columns' },
      ...['Priority', 'Focus area', 'Start quarter', 'Due quarter', 'Student groups'].map((column) => ({
        line: 1,
        column,
        reason: 'is missing: the first row must name this column',
      })),
    ]);
  });

  it('names the line, column and reason of a bad value in every column, all of them, not only the first', () => {
    const bad: Record<string, [string, RegExp]> = {
      ID: ['a 1', /^must be an id of letters, digits/],
      Title: ['', /^is required$/],
      Priority: ['Sports', /^"Sports" is not known: use one of 1\. ATTRACT/],
      'Focus area': ['Outreach', /^"Outreach" is not known: use one of Strategic Alignment/],
      Strategy: ['Run faster', /^"Run faster" is not a strategy of the priority 2\. PROMOTE SOCIAL/],
      Owner: ['x'.repeat(121), /^must be at most 120 characters$/],
      'Start quarter': ['2024-Q5', /^must be a quarter like 2025-Q3$/],
      'Due quarter': ['2031-Q1', /^must be within the plan period, 2023-Q3 to 2027-Q2$/],
      'Student groups': ['English learners; Martians', /^"Martians" is not known: use All students/],
      Description: ['y'.repeat(4001), /^must be at most 4000 characters$/],
    };
    const rows = Object.entries(bad).map(([column, [value]]) => withCell(column, value));
    const result = read(header, ...rows);
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual(Object.entries(bad).map(([column, [, reason]], index) => ({ line: index + 2, column, reason: expect.stringMatching(reason) })));
  });

  it('reports every problem of one row', () => {
    const row = withCell('Title', '');
    row[6] = '2025-Q1';
    row[7] = '2024-Q1';
    row[8] = '';
    expect(read(header, row).problems).toEqual([
      { line: 2, column: 'Title', reason: 'is required' },
      { line: 2, column: 'Due quarter', reason: 'must not be before the start quarter' },
      { line: 2, column: 'Student groups', reason: expect.stringMatching(/^must name at least one student group/) },
    ]);
  });

  it('reports a repeated ID with the line of its first row', () => {
    const result = read(header, good, withCell('ID', 'a-002'), good);
    expect(result.records.map((r) => r.record.id)).toEqual(['a-001', 'a-002']);
    expect(result.problems).toEqual([{ line: 4, column: 'ID', reason: 'repeats the ID of line 2: each may appear once in a file' }]);
  });

  it('reports a value in a column without a header', () => {
    expect(read(header, [...good, 'stray']).problems).toEqual([
      { line: 2, column: null, reason: 'has a value in column 11, which has no header: name the column or clear the cell' },
    ]);
  });

  it('names columns separated by semicolons or tabs, as some spreadsheets save "CSV"', () => {
    for (const [separator, name] of [[';', 'semicolons'], ['\t', 'tabs']] as const) {
      expect(read([header.join(separator)], [good.join(separator)]).problems).toEqual([
        { line: 1, column: null, reason: `The first row is one cell, with its column names separated by ${name}: save the file as CSV UTF-8 (comma delimited) and import it again.` },
      ]);
    }
  });

  it('reports an empty file', () => {
    expect(read().problems).toEqual([{ line: null, column: null, reason: 'The file is empty: its first row must name the columns.' }]);
  });

  it('reads back what the export wrote, formula-looking text as it was typed', () => {
    const action = anAction({ id: 'a-7', title: '=1+1', owner: '@owner', description: '-5% absences', strategyId: 'teachers-leaders-1' });
    const csv = sheetCsv(actionColumns(pefPlan, '2025-Q3'), [{ action, latestNote: '+ note' }]);
    expect(csv).toContain("'=1+1");
    const file = readCsv(new TextEncoder().encode(csv));
    if (!file.ok) throw new Error(file.problems[0]?.reason);
    const result = readActionRows(file.rows, { plan: pefPlan });
    expect(result.problems).toEqual([]);
    expect(result.records[0]?.record).toMatchObject({ title: '=1+1', owner: '@owner', description: '-5% absences', strategyId: 'teachers-leaders-1' });
  });
});

describe('actionColumns', () => {
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
  const csvOf = (rows: { action: Action; latestNote: string }[]) => parseCsv(sheetCsv(actionColumns(pefPlan, '2026-Q3'), rows).slice(1));

  it('write one row per action in the order given, every field in words, with the latest note', () => {
    const [header = [], first = [], second = []] = csvOf([
      { action: tricky, latestNote: 'Two circles met.' },
      { action: plain, latestNote: '' },
    ]);
    const wellness = pefPlan.priorities.find((p) => p.id === 'wellness');
    expect(Object.fromEntries(header.map((name, i) => [name, first[i]]))).toEqual({
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
      'Latest note': 'Two circles met.',
      'Sample data': 'Yes',
    });
    const cell = (name: string) => second[header.indexOf(name)];
    expect([cell('ID'), cell('Strategy'), cell('Status'), cell('Last update'), cell('Latest note'), cell('Sample data')]).toEqual(['a-001', '', 'Not started', '', '', 'No']);
  });

  it('keep typed text from running as a formula, and only typed text', () => {
    const [header = [], row = []] = csvOf([{ action: anAction({ title: '=1+1', owner: '\t@owner', description: ' -5% absences' }), latestNote: '\r+1' }]);
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('Title'), cell('Owner'), cell('Description'), cell('Latest note')]).toEqual(["'=1+1", "'\t@owner", "' -5% absences", "'\r+1"]);
  });
});

describe('the import template', () => {
  it('names the columns an import reads, required ones too, and reads as a file with no actions', () => {
    const template = sheetTable(importColumns(actionColumns(pefPlan)), []);
    expect(template).toEqual([['ID', 'Title', 'Priority', 'Focus area', 'Strategy', 'Owner', 'Start quarter', 'Due quarter', 'Student groups', 'Description']]);
    expect(readActionRows(sheet(...template), { plan: pefPlan })).toEqual({ records: [], problems: [] });
  });
});
