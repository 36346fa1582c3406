import * as z from 'zod/mini';
import { FocusAreaId, PriorityId } from './ids';
import { QuarterKey } from './quarter-key';
import { StatusCounts } from './status-history';

// One cell of the priority × focus-area matrix: how its actions stand.
export const OverviewCell = z.object({
  priorityId: PriorityId,
  focusAreaId: FocusAreaId,
  counts: StatusCounts,
});
export type OverviewCell = z.infer<typeof OverviewCell>;

// Everything the overview shows, counted where the data lives: the 24 cells
// (every one present, even empty) and the headline totals. Its size does not
// depend on how many actions the plan has.
export const Overview = z.object({
  asOf: QuarterKey,
  latestReported: z.nullable(QuarterKey),
  total: StatusCounts,
  cells: z.array(OverviewCell),
  // True while any action counted is sample data.
  sample: z.boolean(),
});
export type Overview = z.infer<typeof Overview>;

export const OverviewQuery = z.object({
  quarter: z.optional(QuarterKey),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;
