import { http, HttpResponse } from 'msw';
import { StatusHistoryFilters } from '../../src/contract/status-history';
import { statusHistory } from '../../src/domain/status-history';
import { latestReported, mockData } from '../data';
import { parseQuery } from './respond';

export const statusHistoryHandlers = [
  http.get('*/api/status-history', ({ request }) => {
    const query = parseQuery(request, StatusHistoryFilters);
    if (!query.ok) return query.response;
    const { priority, focusArea } = query.value;
    const data = mockData();
    const actions = data.actions.filter(
      (a) => (priority === undefined || a.priorityId === priority) && (focusArea === undefined || a.focusAreaId === focusArea),
    );
    return HttpResponse.json({ quarters: statusHistory(actions, data.plan.quarters, latestReported(data)) });
  }),
];
