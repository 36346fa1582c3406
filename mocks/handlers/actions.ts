import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { ActionFilters } from '../../src/contract/actions';
import { QuarterKey } from '../../src/contract/quarter-key';
import { actionDetailAsOf } from '../../src/domain/action-record';
import { listActions } from '../../src/domain/list-actions';
import { isInPeriod } from '../../src/domain/quarters';
import { defaultQuarter, latestReported, mockData } from '../data';
import { errorResponse, parseQuery } from './respond';

const DetailQuery = z.object({ quarter: z.optional(QuarterKey) });

export function quarterOutsidePlan(quarter: string | undefined): Response | undefined {
  const { period } = mockData().plan;
  if (quarter === undefined || isInPeriod(quarter, period)) return undefined;
  const message = `must be within the plan period, ${period.startQuarter} to ${period.endQuarter}`;
  return errorResponse('bad_request', 'Invalid query parameter: quarter', { quarter: message });
}

export const actionHandlers = [
  http.get('*/api/actions', ({ request }) => {
    const query = parseQuery(request, ActionFilters);
    if (!query.ok) return query.response;
    const outside = quarterOutsidePlan(query.value.quarter);
    if (outside) return outside;
    const latest = latestReported();
    const quarter = query.value.quarter ?? latest ?? mockData().plan.period.startQuarter;
    return HttpResponse.json(listActions(mockData().actions, query.value, quarter, latest));
  }),
  http.get('*/api/actions/:id', ({ request, params }) => {
    const query = parseQuery(request, DetailQuery);
    if (!query.ok) return query.response;
    const outside = quarterOutsidePlan(query.value.quarter);
    if (outside) return outside;
    const record = mockData().actions.find((action) => action.id === params.id);
    if (record === undefined) return errorResponse('not_found', `No action has the id "${String(params.id)}".`);
    return HttpResponse.json(actionDetailAsOf(record, query.value.quarter ?? defaultQuarter(), latestReported()));
  }),
];
