import { describe, expect, it } from 'vitest';
import { focusAreaIds, priorityIds } from '../contract/ids';
import { matrixOfCells, overviewCells } from './overview';
import { matrixCounts } from './status-counts';

describe('overview cells', () => {
  const actions = [
    { priorityId: 'wellness', focusAreaId: 'voice-agency', status: 'at-risk' },
    { priorityId: 'wellness', focusAreaId: 'voice-agency', status: 'completed' },
    { priorityId: 'technology', focusAreaId: 'strategic-alignment', status: 'on-track' },
  ] as const;

  it('lists all 24 cells in plan order, empty ones included', () => {
    const cells = overviewCells(actions);
    expect(cells).toHaveLength(24);
    expect(cells[0]).toMatchObject({ priorityId: priorityIds[0], focusAreaId: focusAreaIds[0] });
    expect(cells[5]).toMatchObject({ priorityId: 'wellness', focusAreaId: focusAreaIds[1] });
    const cell = cells.find((c) => c.priorityId === 'wellness' && c.focusAreaId === 'voice-agency');
    expect(cell?.counts['at-risk']).toBe(1);
    expect(cell?.counts.completed).toBe(1);
  });

  it('gives back the same rows, columns and total as counting the actions', () => {
    expect(matrixOfCells(overviewCells(actions))).toEqual(matrixCounts(actions, priorityIds, focusAreaIds));
  });
});
