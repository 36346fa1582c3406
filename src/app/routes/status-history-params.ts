import * as z from 'zod/mini';
import { FocusAreaId, PriorityId } from '../../contract/ids';
import type { StatusHistoryFilters } from '../../contract/status-history';
import { readUrlFilters, type UrlFilters } from '../../lib/url-filters';

// The overview's chart filters have their own names, apart from its `quarter`
// (the matrix's point in time) and from the action list's `priority`.
export const historyParamKeys = { priority: 'historyPriority', focusArea: 'historyFocusArea' } as const;

const HistoryParams = z.object({
  historyPriority: z.optional(PriorityId),
  historyFocusArea: z.optional(FocusAreaId),
});

// An unknown priority or focus area is ignored, and said so.
export function readHistoryParams(search: URLSearchParams): UrlFilters<StatusHistoryFilters> {
  const { value, ignored } = readUrlFilters(search, HistoryParams, Object.values(historyParamKeys));
  const filters: StatusHistoryFilters = {};
  if (value.historyPriority !== undefined) filters.priority = value.historyPriority;
  if (value.historyFocusArea !== undefined) filters.focusArea = value.historyFocusArea;
  return { value: filters, ignored };
}
