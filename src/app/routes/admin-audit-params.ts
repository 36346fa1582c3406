import { AuditFilters } from '../../contract/audit';
import { readUrlFilters, type UrlFilters } from '../../lib/url-filters';

export const auditParamKeys = ['userEmail', 'operation', 'entityType', 'entityId', 'from', 'to', 'page'] as const;
export type AuditParamKey = (typeof auditParamKeys)[number];
export const auditPageSize = 25;

// The audit's view from its URL; a bad parameter is ignored, and said so.
export function readAuditParams(search: URLSearchParams): UrlFilters<AuditFilters> {
  return readUrlFilters(search, AuditFilters, auditParamKeys);
}
