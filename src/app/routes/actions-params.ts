import { ActionFilters } from '../../contract/actions';
import type { Plan } from '../../contract/plan';
import { readPlanUrlFilters } from '../../lib/plan-url-filters';
import type { UrlFilters } from '../../lib/url-filters';

// The action list's URL parameters; add a key here to make the list read it.
export const actionParamKeys = ['priority', 'focusArea', 'status', 'q', 'quarter'] as const;
export type ActionParamKey = (typeof actionParamKeys)[number];

export function readActionParams(search: URLSearchParams, plan: Plan): UrlFilters<ActionFilters> {
  return readPlanUrlFilters(search, ActionFilters, actionParamKeys, plan.period);
}
