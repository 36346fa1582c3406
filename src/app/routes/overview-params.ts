import * as z from 'zod/mini';
import type { Plan } from '../../contract/plan';
import { QuarterKey } from '../../contract/quarter-key';
import { isInPeriod } from '../../domain/quarters';
import { readUrlFilters, type UrlFilters } from '../../lib/url-filters';

const OverviewParams = z.object({ quarter: z.optional(QuarterKey) });
export type OverviewParams = z.infer<typeof OverviewParams>;

// `?quarter=` must be a quarter of the plan; anything else is ignored, and said so.
export function readOverviewParams(search: URLSearchParams, plan: Plan): UrlFilters<OverviewParams> {
  const { value, ignored } = readUrlFilters(search, OverviewParams, ['quarter']);
  if (value.quarter !== undefined && !isInPeriod(value.quarter, plan.period)) {
    return {
      value: {},
      ignored: {
        ...ignored,
        quarter: `"${value.quarter}" is outside the plan period, ${plan.period.startQuarter} to ${plan.period.endQuarter}`,
      },
    };
  }
  return { value, ignored };
}
