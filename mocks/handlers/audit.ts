import { http, HttpResponse } from 'msw';
import { AuditFilters, type AuditList } from '../../src/contract/audit';
import { parseQuery } from './respond';

// The mock keeps no audit log (its changes last until the page reloads), so
// an administrator sees an empty one, as on a server where nothing was changed yet.
export const auditHandlers = [
  http.get('*/api/audit', ({ request }) => {
    const query = parseQuery(request, AuditFilters);
    if (!query.ok) return query.response;
    const empty: AuditList = { items: [], total: 0 };
    return HttpResponse.json(empty);
  }),
];
