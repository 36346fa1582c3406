import * as z from 'zod/mini';
import { FocusAreaId, PriorityId, StatusId, StudentGroupId } from './ids';
import { QuarterKey } from './quarter-key';

export const PercentComplete = z.int().check(z.gte(0), z.lte(100));

export const Update = z.object({
  quarter: QuarterKey,
  status: StatusId,
  percentComplete: PercentComplete,
  note: z.string(),
  author: z.string(),
  createdAt: z.iso.datetime(),
});
export type Update = z.infer<typeof Update>;

export const Action = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  priorityId: PriorityId,
  focusAreaId: FocusAreaId,
  strategyId: z.nullable(z.string()),
  owner: z.string(),
  startQuarter: QuarterKey,
  dueQuarter: QuarterKey,
  studentGroups: z.array(StudentGroupId),
  // As of the quarter the request asked for (default: the latest reported one).
  status: StatusId,
  percentComplete: PercentComplete,
  lastUpdateQuarter: z.nullable(QuarterKey),
  version: z.int().check(z.gte(1)),
  // Records that came with the demo rather than from the foundation's staff.
  sample: z.boolean(),
});
export type Action = z.infer<typeof Action>;

export const ActionList = z.object({
  items: z.array(Action),
  total: z.int().check(z.gte(0)),
  // The quarter the statuses are as of, and the newest quarter anyone reported in.
  asOf: QuarterKey,
  latestReported: z.nullable(QuarterKey),
});
export type ActionList = z.infer<typeof ActionList>;

export const ActionDetail = z.extend(Action, {
  // Newest first.
  updates: z.array(Update),
});
export type ActionDetail = z.infer<typeof ActionDetail>;

const filterText = z.string().check(z.trim(), z.maxLength(200, { error: 'must be at most 200 characters' }));

// Query of GET /api/actions and of the action list's URL. Unknown parameters are ignored.
export const ActionFilters = z.object({
  priority: z.optional(PriorityId),
  focusArea: z.optional(FocusAreaId),
  status: z.optional(StatusId),
  owner: z.optional(filterText),
  q: z.optional(filterText),
  quarter: z.optional(QuarterKey),
});
export type ActionFilters = z.infer<typeof ActionFilters>;
