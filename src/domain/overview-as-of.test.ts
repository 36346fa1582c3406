import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../tests/action-fixtures';
import { overviewAsOf } from './overview-as-of';

describe('the overview as of a quarter', () => {
  const records = [
    aRecord({ id: 'a-1', priorityId: 'wellness', focusAreaId: 'voice-agency', updates: [anUpdate('2024-Q1', 'at-risk', 20), anUpdate('2024-Q3', 'completed', 100)] }),
    aRecord({ id: 'a-2', priorityId: 'wellness', focusAreaId: 'voice-agency', updates: [anUpdate('2024-Q2', 'on-track', 50)] }),
    aRecord({ id: 'a-3', priorityId: 'technology', focusAreaId: 'strategic-alignment', sample: false }),
  ];

  it('counts each action in its cell by its status as of that quarter', () => {
    const overview = overviewAsOf(records, '2024-Q2', '2024-Q3');
    const cell = overview.cells.find((c) => c.priorityId === 'wellness' && c.focusAreaId === 'voice-agency');
    expect(cell?.counts).toMatchObject({ 'at-risk': 1, 'on-track': 1, completed: 0 });
    expect(overview.total).toMatchObject({ 'at-risk': 1, 'on-track': 1, 'not-started': 1, completed: 0 });
    expect(overview).toMatchObject({ asOf: '2024-Q2', latestReported: '2024-Q3', sample: true });
  });

  it('moves the counts with the quarter chosen', () => {
    expect(overviewAsOf(records, '2024-Q4', '2024-Q3').total).toMatchObject({ completed: 1, 'on-track': 1, 'at-risk': 0 });
  });

  it('has all 24 cells and says it is real data when no action is a sample', () => {
    const overview = overviewAsOf([records[2]!], '2024-Q2', null);
    expect(overview.cells).toHaveLength(24);
    expect(overview.sample).toBe(false);
  });
});
