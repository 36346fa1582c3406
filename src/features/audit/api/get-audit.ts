import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { AuditList, type AuditFilters } from '../../../contract/audit';
import { apiGet, toSearch } from '../../../lib/api-client';

// The query string of the audit's filters and page, in a stable order.
export function auditSearch(filters: AuditFilters): string {
  const { limit, page, ...rest } = filters;
  return toSearch({ ...rest, limit: limit?.toString(), page: page?.toString() });
}

export const auditQueryOptions = (filters: AuditFilters) =>
  queryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ signal }) => apiGet(`/api/audit${auditSearch(filters)}`, AuditList, 'the audit log', signal),
  });

export function useAudit(filters: AuditFilters): AuditList {
  return useSuspenseQuery(auditQueryOptions(filters)).data;
}
