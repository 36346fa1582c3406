import type { StatusHistoryFilters } from '../../src/contract/status-history';
import type { ActionRecord } from '../../src/domain/action-record';
import { listActions, selectActions } from '../../src/domain/list-actions';
import { overviewCells } from '../../src/domain/overview';
import { pageOf } from '../../src/domain/paginate';
import { listTotalsOf, reviewRows } from '../../src/domain/quarterly-review';
import { latestReportedQuarter, statusAsOf } from '../../src/domain/status-as-of';
import { countStatuses } from '../../src/domain/status-counts';
import { sameOwner } from '../../src/domain/owner-key';
import type { ReviewAction } from '../../src/contract/review';
import { reviewListIds, type ActionReads, type ReviewListId } from './action-reads';

function inScope(record: ActionRecord, { priority, focusArea }: StatusHistoryFilters): boolean {
  return (priority === undefined || record.priorityId === priority) && (focusArea === undefined || record.focusAreaId === focusArea);
}

// The read side answered by the pure domain functions over records held in
// memory: the executable specification every other store is held to. It
// reads the records afresh on every call, so writes to them show at once.
export function memoryActionReads(records: () => readonly ActionRecord[]): ActionReads {
  return {
    latestReportedQuarter: async () => latestReportedQuarter(records().flatMap((r) => r.updates.map((u) => u.quarter))),
    countActions: async () => records().length,
    listActions: async (filters, quarter) => {
      const { items, total } = listActions(records(), filters, quarter, null);
      return { items, total };
    },
    async *selectActions(filters, quarter) {
      yield* selectActions(records(), filters, quarter);
    },
    actionRecord: async (id) => records().find((r) => r.id === id),
    updatesOf: async (ids) => {
      const wanted = new Set(ids);
      return new Map(records().filter((r) => wanted.has(r.id)).map((r) => [r.id, [...r.updates]]));
    },
    overview: async (quarter) => {
      const all = records();
      const placed = all.map((r) => ({ priorityId: r.priorityId, focusAreaId: r.focusAreaId, status: statusAsOf(r.updates, quarter).status }));
      return { cells: overviewCells(placed), sample: all.some((r) => r.sample) };
    },
    statusCounts: async (filters, quarters) => {
      const scoped = records().filter((r) => inScope(r, filters));
      return new Map(quarters.map((quarter) => [quarter, countStatuses(scoped.map((r) => statusAsOf(r.updates, quarter).status))]));
    },
    reviewSummary: async (quarters) => {
      const { counts, previousCounts, lists, sample } = reviewRows(records(), quarters);
      return { counts, previousCounts, listTotals: listTotalsOf(lists), sample };
    },
    reviewFirstPages: async (quarters, pageSize) => {
      const { lists } = reviewRows(records(), quarters);
      return Object.fromEntries(reviewListIds.map((list) => [list, pageOf(lists[list], 1, pageSize).items])) as Record<ReviewListId, ReviewAction[]>;
    },
    reviewList: async (quarters, list, { page, pageSize }, { priority, owner } = {}) => {
      const rows = reviewRows(records(), quarters).lists[list].filter(
        (row) => (priority === undefined || row.priorityId === priority) && (owner === undefined || sameOwner(row.owner, owner)),
      );
      return { items: pageOf(rows, page, pageSize).items, total: rows.length };
    },
  };
}
