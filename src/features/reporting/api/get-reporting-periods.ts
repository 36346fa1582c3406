import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { ReportingPeriods } from '../../../contract/reporting';
import { apiGet } from '../../../lib/api-client';

export function getReportingPeriods(signal?: AbortSignal): Promise<ReportingPeriods> {
  return apiGet('/api/reporting-periods', ReportingPeriods, 'the reporting periods', signal);
}

export const reportingPeriodsQueryOptions = () =>
  queryOptions({
    queryKey: ['reporting', 'periods'],
    queryFn: ({ signal }) => getReportingPeriods(signal),
  });

export function useReportingPeriods(): ReportingPeriods {
  return useSuspenseQuery(reportingPeriodsQueryOptions()).data;
}
