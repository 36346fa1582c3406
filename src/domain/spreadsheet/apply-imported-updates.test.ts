import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../../tests/action-fixtures';
import { pefPlan } from '../pef-plan';
import { applyImportedUpdates } from './apply-imported-updates';
import type { UpdateImport } from './update-sheet';

const now = new Date('2026-01-15T12:00:00.000Z');
const stored = new Map([['a-001', aRecord({ id: 'a-001', startQuarter: '2024-Q1', updates: [anUpdate('2024-Q4', 'on-track', 40)] })]]);
const row = (line: number, overrides: Partial<UpdateImport>) => ({
  line,
  record: { actionId: 'a-001', quarter: '2025-Q1', status: 'on-track' as const, percentComplete: 50, note: '', author: null, createdAt: null, ...overrides },
});

describe('applyImportedUpdates', () => {
  it("adds the file's updates to the action, keeping the file's author and time, else the importer and now", () => {
    const { actions, problems } = applyImportedUpdates(pefPlan.period, stored, [row(2, { author: 'Ana Ruiz', createdAt: '2025-04-10T17:00:00.000Z' }), row(3, { quarter: '2025-Q2', percentComplete: 60 })], 'Director', now);
    expect(problems).toEqual([]);
    expect(actions.get('a-001')?.updates.map((u) => [u.quarter, u.percentComplete, u.author, u.createdAt])).toEqual([
      ['2024-Q4', 40, 'Ana Ruiz', '2025-01-10T17:00:00.000Z'],
      ['2025-Q1', 50, 'Ana Ruiz', '2025-04-10T17:00:00.000Z'],
      ['2025-Q2', 60, 'Director', now.toISOString()],
    ]);
  });

  it('names each row the write rule refuses, with its column, comparing rows of the file with one another in quarter order', () => {
    const { problems } = applyImportedUpdates(
      pefPlan.period,
      stored,
      [
        row(2, { quarter: '2025-Q3', percentComplete: 30 }),
        row(3, { quarter: '2025-Q2', percentComplete: 70 }),
        row(4, { quarter: '2023-Q4', percentComplete: 10 }),
        row(5, { quarter: '2026-Q3' }),
        row(6, { actionId: 'a-404' }),
        row(7, { quarter: '2027-Q3' }),
      ],
      'Director',
      now,
    );
    expect(problems).toEqual([
      { line: 2, column: 'Note', reason: 'is required when progress falls from 70 % (2025-Q2) to 30 %: say why' },
      { line: 4, column: 'Quarter', reason: 'must not be before 2024-Q1, when the action starts' },
      { line: 5, column: 'Quarter', reason: 'must not be after the current quarter, 2026-Q1' },
      { line: 6, column: 'Action ID', reason: '"a-404" is not an action of the plan: import the actions first' },
      { line: 7, column: 'Quarter', reason: 'must be within the plan period, 2023-Q3 to 2027-Q2' },
    ]);
  });

  it('refuses an update after the quarter the action was completed in', () => {
    const { problems } = applyImportedUpdates(pefPlan.period, stored, [row(2, { status: 'completed', percentComplete: 100 }), row(3, { quarter: '2025-Q2', percentComplete: 100, status: 'completed' })], 'Director', now);
    expect(problems).toEqual([{ line: 3, column: 'Quarter', reason: 'must not be after 2025-Q1, when the action was reported completed' }]);
  });
});
