import type { PlanPeriod } from '../contract/plan';
import { isInPeriod } from '../domain/quarters';
import { readUrlFilters, type UrlFilters } from './url-filters';

type Schema<T> = Parameters<typeof readUrlFilters<T>>[1];

// readUrlFilters for views that show the plan "as of" a quarter: a `quarter`
// outside the plan period is valid as a key but not for this plan, so it is
// ignored and said so, like any other bad parameter.
export function readPlanUrlFilters<T extends { quarter?: string }>(
  search: URLSearchParams,
  schema: Schema<T>,
  keys: readonly string[],
  period: PlanPeriod,
): UrlFilters<T> {
  const { value, ignored } = readUrlFilters(search, schema, keys);
  if (value.quarter === undefined || isInPeriod(value.quarter, period)) return { value, ignored };
  const inPeriod = { ...value };
  delete inPeriod.quarter;
  return {
    value: inPeriod,
    ignored: {
      ...ignored,
      quarter: `"${value.quarter}" is outside the plan period, ${period.startQuarter} to ${period.endQuarter}`,
    },
  };
}
