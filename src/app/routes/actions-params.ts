import { ActionFilters } from '../../contract/actions';
import type { Plan } from '../../contract/plan';
import { readPlanUrlFilters } from '../../lib/plan-url-filters';
import type { UrlFilters } from '../../lib/url-filters';

// The action list's URL parameters; add a key here to make the list read it.
export const actionParamKeys = [
  'priority',
  'focusArea',
  'status',
  'studentGroup',
  'due',
  'owner',
  'q',
  'quarter',
  'sort',
  'page',
  'pageSize',
] as const;
export type ActionParamKey = (typeof actionParamKeys)[number];

// The filters proper: what Clear filters removes (the quarter, the order and
// the page size stay).
export const actionFilterKeys = ['priority', 'focusArea', 'status', 'studentGroup', 'due', 'owner', 'q'] as const;

export const pageSizes = [25, 50, 100, 200] as const;

export function readActionParams(search: URLSearchParams, plan: Plan): UrlFilters<ActionFilters> {
  return readPlanUrlFilters(search, ActionFilters, actionParamKeys, plan.period);
}
