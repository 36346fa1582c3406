import { http, HttpResponse } from 'msw';
import { ActionExportQuery } from '../../src/contract/actions';
import { actionsCsv, actionsCsvFileName } from '../../src/domain/actions-csv';
import { selectActions } from '../../src/domain/list-actions';
import { latestReported, mockData } from '../data';
import { quarterOutsidePlan } from './actions';
import { parseQuery } from './respond';

export const exportHandlers = [
  // Exactly what the list shows for the same query: every matching row, in its order.
  http.get('*/api/export/actions.csv', ({ request }) => {
    const query = parseQuery(request, ActionExportQuery);
    if (!query.ok) return query.response;
    const outside = quarterOutsidePlan(query.value.quarter);
    if (outside) return outside;
    const { plan, actions } = mockData();
    const quarter = query.value.quarter ?? latestReported() ?? plan.period.startQuarter;
    const csv = actionsCsv(selectActions(actions, query.value, quarter), plan, quarter);
    return new HttpResponse(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${actionsCsvFileName(quarter)}"`,
      },
    });
  }),
];
