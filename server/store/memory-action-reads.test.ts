import { describe, expect, it } from 'vitest';
import { actionAsOf } from '../../src/domain/action-record';
import { pefPlan } from '../../src/domain/pef-plan';
import { quarterlyReview, reviewQuartersOf } from '../../src/domain/quarterly-review';
import { generateSampleData } from '../../src/domain/sample/generate-sample-data';
import { emptyCounts, totalOf } from '../../src/domain/status-counts';
import { reviewListIds } from './action-reads';
import { memoryActionReads } from './memory-action-reads';

const { actions } = generateSampleData(pefPlan, new Date('2026-11-22T12:00:00Z'));
const reads = memoryActionReads(() => actions);

describe('memoryActionReads over the sample data', () => {
  it('counts every action once in the overview, as of the asked quarter', async () => {
    const { cells, sample } = await reads.overview('2025-Q2');
    expect(cells).toHaveLength(24);
    expect(cells.reduce((sum, cell) => sum + totalOf(cell.counts), 0)).toBe(actions.length);
    const atRisk = actions.filter((r) => actionAsOf(r, '2025-Q2').status === 'at-risk').length;
    expect(cells.reduce((sum, cell) => sum + cell.counts['at-risk'], 0)).toBe(atRisk);
    expect(sample).toBe(true);
  });

  it('pages each review list: the pages together are the whole list, and the totals match', async () => {
    const quarters = reviewQuartersOf(pefPlan.period, '2026-Q3');
    const full = quarterlyReview(actions, [], pefPlan.period, '2026-Q3');
    const summary = await reads.reviewSummary(quarters);
    expect(summary).toMatchObject({ counts: full.counts, previousCounts: full.previousCounts, listTotals: full.listTotals });
    for (const list of reviewListIds) {
      const pages = [];
      for (let page = 1; page <= Math.ceil(full.listTotals[list] / 7) + 1; page += 1) pages.push(await reads.reviewList(quarters, list, { page, pageSize: 7 }));
      expect(pages.flatMap((p) => p.items)).toEqual(full[list]);
      expect(pages.every((p) => p.total === full.listTotals[list])).toBe(true);
      expect(pages.at(-1)?.items).toEqual([]);
    }
  });

  it('reads the records afresh, so a change shows at once', async () => {
    const records = actions.slice(0, 3);
    const live = memoryActionReads(() => records);
    expect(await live.countActions()).toBe(3);
    records.pop();
    expect(await live.countActions()).toBe(2);
    expect(await live.actionRecord(actions[2]?.id ?? '')).toBeUndefined();
  });

  it('counts the scoped actions per asked quarter only', async () => {
    const counts = await reads.statusCounts({ priority: 'wellness' }, ['2024-Q1', '2025-Q1']);
    expect([...counts.keys()]).toEqual(['2024-Q1', '2025-Q1']);
    expect(totalOf(counts.get('2024-Q1') ?? emptyCounts())).toBe(actions.filter((r) => r.priorityId === 'wellness').length);
  });
});
