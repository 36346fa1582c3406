import * as z from 'zod/mini';
import { FocusAreaId, PriorityId, StatusId, StudentGroupId } from './ids';
import { plainText } from './plain-text';
import { QuarterKey } from './quarter-key';

export const PercentComplete = z.int().check(z.gte(0, { error: 'must be from 0 to 100' }), z.lte(100, { error: 'must be from 0 to 100' }));

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
  // One page of the matching actions, in the asked order.
  items: z.array(Action),
  // How many actions match the filters, on all pages.
  total: z.int().check(z.gte(0)),
  // How many actions the plan has, whatever the filters.
  unfilteredTotal: z.int().check(z.gte(0)),
  page: z.int().check(z.gte(1)),
  // As asked, or defaultActionPageSize when the request named none.
  pageSize: z.int().check(z.gte(1)),
  // The quarter the statuses are as of, and the newest quarter anyone reported in.
  asOf: QuarterKey,
  latestReported: z.nullable(QuarterKey),
});
export type ActionList = z.infer<typeof ActionList>;

export const ActionDetail = z.extend(Action, {
  // Newest first.
  updates: z.array(Update),
  // As in ActionList: the quarter the status is as of, and the newest quarter
  // anyone reported in (after it, no status is known yet).
  asOf: QuarterKey,
  latestReported: z.nullable(QuarterKey),
});
export type ActionDetail = z.infer<typeof ActionDetail>;

const filterText = z.string().check(z.trim(), z.maxLength(200, { error: 'must be at most 200 characters' }), plainText);

// A whole number in a query string, e.g. `?page=2`.
export const wholeNumber = (min: number, max: number) =>
  z.pipe(z.string().check(z.regex(/^\d{1,9}$/, { error: 'must be a whole number' })), z.transform(Number)).check(
    z.gte(min, { error: `must be at least ${min}` }),
    z.lte(max, { error: `must be at most ${max}` }),
  );

// The columns the list sorts by; `-key` sorts the same column descending.
export const actionSortKeys = ['title', 'priority', 'focusArea', 'strategy', 'owner', 'status', 'dueQuarter', 'percentComplete'] as const;
export type ActionSortKey = (typeof actionSortKeys)[number];
export const ActionSort = z.enum([...actionSortKeys, ...actionSortKeys.map((key) => `-${key}` as const)]);
export type ActionSort = z.infer<typeof ActionSort>;

export const maxActionPageSize = 200;
// A list asked for without a page size answers this many: no request reads
// the whole plan (the CSV export streams every row instead).
export const defaultActionPageSize = 50;

// Query of GET /api/actions and of the action list's URL. Unknown parameters are ignored.
export const ActionFilters = z.object({
  priority: z.optional(PriorityId),
  focusArea: z.optional(FocusAreaId),
  status: z.optional(StatusId),
  // A part of the owner's name.
  owner: z.optional(filterText),
  // Actions that list this group among the groups they serve.
  studentGroup: z.optional(StudentGroupId),
  // Due in this quarter or before it ("due by").
  due: z.optional(QuarterKey),
  q: z.optional(filterText),
  quarter: z.optional(QuarterKey),
  // Without it, the plan's order: priority, then focus area, then title.
  sort: z.optional(ActionSort),
  // Without a page size, pages of defaultActionPageSize; a page past the last one is empty.
  page: z.optional(wholeNumber(1, 999_999_999)),
  pageSize: z.optional(wholeNumber(1, maxActionPageSize)),
});
export type ActionFilters = z.infer<typeof ActionFilters>;

// Query of GET /api/export/actions.csv: the list's filters and order, every
// matching row (paging parameters are ignored, like any unknown one).
export const ActionExportQuery = z.omit(ActionFilters, { page: true, pageSize: true });
export type ActionExportQuery = z.infer<typeof ActionExportQuery>;
