import * as z from 'zod/mini';
import { FocusAreaId, PriorityId, StatusId } from './ids';
import { QuarterKey } from './quarter-key';

export const StatusCounts = z.record(StatusId, z.int().check(z.gte(0)));
export type StatusCounts = z.infer<typeof StatusCounts>;

export const StatusHistoryQuarter = z.object({
  quarter: QuarterKey,
  // False after the latest quarter with updates: drawn as not yet reported, never as zero.
  reported: z.boolean(),
  counts: StatusCounts,
});
export type StatusHistoryQuarter = z.infer<typeof StatusHistoryQuarter>;

export const StatusHistory = z.object({
  quarters: z.array(StatusHistoryQuarter),
});
export type StatusHistory = z.infer<typeof StatusHistory>;

export const StatusHistoryFilters = z.object({
  priority: z.optional(PriorityId),
  focusArea: z.optional(FocusAreaId),
});
export type StatusHistoryFilters = z.infer<typeof StatusHistoryFilters>;
