import * as z from 'zod/mini';
import type { Plan } from '../../contract/plan';
import { QuarterKey } from '../../contract/quarter-key';
import { readPlanUrlFilters } from '../../lib/plan-url-filters';
import type { UrlFilters } from '../../lib/url-filters';

const OverviewParams = z.object({ quarter: z.optional(QuarterKey) });
export type OverviewParams = z.infer<typeof OverviewParams>;

// `?quarter=` must be a quarter of the plan; anything else is ignored, and said so.
export function readOverviewParams(search: URLSearchParams, plan: Plan): UrlFilters<OverviewParams> {
  return readPlanUrlFilters(search, OverviewParams, ['quarter'], plan.period);
}
