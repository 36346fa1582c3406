import type { PriorityId } from '../../src/contract/ids';
import type { Action, ActionExportQuery, ActionFilters, Update } from '../../src/contract/actions';
import type { OverviewCell } from '../../src/contract/overview';
import type { ReviewAction, ReviewListId } from '../../src/contract/review';
import type { StatusCounts, StatusHistoryFilters } from '../../src/contract/status-history';
import type { ActionRecord } from '../../src/domain/action-record';
import type { ReviewQuarters } from '../../src/domain/quarterly-review';

// The list ids and compared quarters are the contract's and the domain's;
// named here too because every store implements them.
export { reviewListIds, type ReviewListId } from '../../src/contract/review';
export type { ReviewQuarters } from '../../src/domain/quarterly-review';

export interface ReviewSummary {
  readonly counts: StatusCounts;
  readonly previousCounts: StatusCounts;
  readonly listTotals: Record<ReviewListId, number>;
  readonly sample: boolean;
}

// An owner is matched as ownerKey matches names (case and accents aside).
export interface ReviewScope {
  readonly priority?: PriorityId | undefined;
  readonly owner?: string | undefined;
}

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

// What the read endpoints ask of a store. Two implementations answer it the
// same way: the in-memory one with the pure domain functions (the executable
// specification) and the SQL one over the read model, whose cost grows with
// what it returns, not with the plan.
export interface ActionReads {
  // The newest quarter anything was reported in; null when nothing was.
  latestReportedQuarter(): Promise<string | null>;
  countActions(): Promise<number>;
  // One page of the matching actions as of `quarter`, in the asked order, and how many match.
  listActions(filters: ActionFilters, quarter: string): Promise<{ items: Action[]; total: number }>;
  // Every matching action in the list's order, streamed for the export.
  selectActions(filters: ActionExportQuery, quarter: string): AsyncIterable<Action>;
  actionRecord(id: string): Promise<ActionRecord | undefined>;
  // The updates of the actions named (a page of an export), by action id; an action without any may be absent.
  updatesOf(actionIds: readonly string[]): Promise<Map<string, Update[]>>;
  // The 24 cells' counts by status as of `quarter` (every cell present) and whether any action is sample data.
  overview(quarter: string): Promise<{ cells: OverviewCell[]; sample: boolean }>;
  // Per quarter, how many of the scoped actions stood in each status (only the quarters asked for).
  statusCounts(filters: StatusHistoryFilters, quarters: readonly string[]): Promise<Map<string, StatusCounts>>;
  reviewSummary(quarters: ReviewQuarters): Promise<ReviewSummary>;
  // The first `pageSize` rows of every list, as reviewList's first pages.
  reviewFirstPages(quarters: ReviewQuarters, pageSize: number): Promise<Record<ReviewListId, ReviewAction[]>>;
  // Narrowed to one priority or one owner's actions when a scope is given.
  reviewList(quarters: ReviewQuarters, list: ReviewListId, page: PageRequest, scope?: ReviewScope): Promise<{ items: ReviewAction[]; total: number }>;
}

