import { http, HttpResponse } from 'msw';
import { OverviewQuery } from '../../src/contract/overview';
import { overviewAsOf } from '../../src/domain/overview-as-of';
import { defaultQuarter, latestReported, mockData } from '../data';
import { quarterOutsidePlan } from './actions';
import { parseQuery } from './respond';

export const overviewHandlers = [
  http.get('*/api/overview', ({ request }) => {
    const query = parseQuery(request, OverviewQuery);
    if (!query.ok) return query.response;
    const outside = quarterOutsidePlan(query.value.quarter);
    if (outside) return outside;
    return HttpResponse.json(overviewAsOf(mockData().actions, query.value.quarter ?? defaultQuarter(), latestReported()));
  }),
];
