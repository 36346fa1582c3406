import { describe, expect, it } from 'vitest';
import { readUpdateRows } from './update-sheet';
import type { SheetRow } from './sheet-rows';

const header = ['Action ID', 'Quarter', 'Status', 'Percent complete', 'Note', 'Author', 'Created at'];
const good = ['a-001', '2025-q1', 'On track', '40', 'Two circles met.', 'Ana Ruiz', '2025-04-10T17:00:00.000Z'];
const context = { actionIds: new Set(['a-001', 'a-002']) };

const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, index) => ({ line: index + 1, cells }));
const withCell = (column: string, value: string) => good.map((cell, i) => (header[i] === column ? value : cell));
const read = (...rows: string[][]) => readUpdateRows(sheet(...rows), context);

describe('readUpdateRows', () => {
  it('reads an update of a known action, with its author and time when the file has them', () => {
    expect(read(header, good, ['a-002', '2025-Q2', 'completed', '100', '', '', ''])).toEqual({
      problems: [],
      records: [
        { line: 2, record: { actionId: 'a-001', quarter: '2025-Q1', status: 'on-track', percentComplete: 40, note: 'Two circles met.', author: 'Ana Ruiz', createdAt: '2025-04-10T17:00:00.000Z' } },
        { line: 3, record: { actionId: 'a-002', quarter: '2025-Q2', status: 'completed', percentComplete: 100, note: '', author: null, createdAt: null } },
      ],
    });
  });

  it('needs only the columns a person reports', () => {
    const result = read(['action id', 'QUARTER', 'status', 'percent complete'], ['a-001', '2025-Q1', 'on-track', '40']);
    expect(result.problems).toEqual([]);
    expect(result.records[0]?.record).toMatchObject({ note: '', author: null, createdAt: null });
  });

  it('names the line, column and reason of a bad value in every column', () => {
    const bad: [string, string, RegExp][] = [
      ['Action ID', 'a-999', /^"a-999" is not an action of the plan: import the actions first$/],
      ['Quarter', '2025-Q5', /^must be a quarter like 2025-Q3$/],
      ['Status', 'Fine', /^"Fine" is not known: use one of Not started, On track, At risk, Off track, Completed, Deferred/],
      ['Percent complete', 'forty', /^"forty" is not a number/],
      ['Percent complete', '140', /^must be from 0 to 100$/],
      ['Percent complete', '4.5', /^must be a whole number$/],
      ['Note', 'x'.repeat(2001), /^must be at most 2000 characters$/],
      ['Author', 'y'.repeat(121), /^must be at most 120 characters$/],
      ['Created at', 'last Tuesday', /^must be a time like 2025-01-10T17:00:00.000Z, or empty$/],
    ];
    const result = read(header, ...bad.map(([column, value]) => withCell(column, value)));
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual(bad.map(([column, , reason], index) => ({ line: index + 2, column, reason: expect.stringMatching(reason) })));
  });

  it("holds an update to the contract's rules for a consistent report", () => {
    const result = read(header, withCell('Status', 'At risk').map((cell, i) => (i === 4 ? '' : cell)), withCell('Status', 'Completed'));
    expect(result.problems).toEqual([
      { line: 2, column: 'Note', reason: 'is required when the status is at risk or off track: say what is in the way' },
      { line: 3, column: 'Percent complete', reason: 'must be 100 when the status is completed' },
    ]);
  });

  it('reports a second update of the same action and quarter', () => {
    const result = read(header, good, withCell('Percent complete', '50'));
    expect(result.records).toHaveLength(1);
    expect(result.problems).toEqual([
      { line: 3, column: 'Quarter', reason: "repeats the action's update for this quarter of line 2: each may appear once in a file" },
    ]);
  });

  it('reports missing required columns once, on the header line', () => {
    expect(read(['Action ID', 'Note'], ['a-001', 'x']).problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'Quarter'],
      [1, 'Status'],
      [1, 'Percent complete'],
    ]);
  });
});
