import { describe, expect, it } from 'vitest';
import type { StatusHistoryQuarter } from '../../../contract/status-history';
import { summarizeHistory } from './describe-history';

const quarter = (key: string, reported: boolean, counts: Partial<StatusHistoryQuarter['counts']> = {}): StatusHistoryQuarter => ({
  quarter: key,
  reported,
  counts: { 'not-started': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, completed: 0, deferred: 0, ...counts },
});

describe('summarizeHistory', () => {
  it('speaks of the latest reported quarter, counts written with thousands grouped', () => {
    const history = [
      quarter('2026-Q2', true, { 'on-track': 5 }),
      quarter('2026-Q3', true, { 'not-started': 2723, 'on-track': 1157, 'at-risk': 1120, 'off-track': 1172, completed: 2656, deferred: 1172 }),
      quarter('2026-Q4', false),
    ];
    expect(summarizeHistory(history)).toBe('In Q3 2026, 1,157 of 10,000 actions were on track and 2,656 completed; 2,292 were at risk or off track.');
  });

  it('says when nothing has been reported yet, and when there are no actions', () => {
    expect(summarizeHistory([quarter('2023-Q3', false)])).toBe('No quarter has been reported yet.');
    expect(summarizeHistory([quarter('2023-Q3', true)])).toBe('In Q3 2023, there were no actions here.');
  });
});
