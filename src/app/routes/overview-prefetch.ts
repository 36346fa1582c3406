import type { QueryClient } from '@tanstack/react-query';
import type { OverviewQuery } from '../../contract/overview';
import { QuarterKey } from '../../contract/quarter-key';
import { overviewQueryOptions } from '../../features/matrix/api/get-overview';
import { statusHistoryQueryOptions } from '../../features/status-history/api/get-status-history';
import { readHistoryParams } from './status-history-params';

// The overview's question for a URL, known before the plan is in. A
// well-formed quarter outside the plan is found out by the screen, which then
// asks for the latest quarter instead.
export function overviewQueryOfSearch(search: URLSearchParams): OverviewQuery {
  const quarter = search.get('quarter');
  return quarter !== null && QuarterKey.safeParse(quarter).success ? { quarter } : {};
}

// The overview's own answers, asked for as the page starts, before the plan
// is in. The promise is the matrix's: the status history below it is not
// waited for.
export function prefetchOverview(queryClient: QueryClient, search: URLSearchParams): Promise<unknown> {
  void queryClient.prefetchQuery(statusHistoryQueryOptions(readHistoryParams(search).value));
  return queryClient.prefetchQuery(overviewQueryOptions(overviewQueryOfSearch(search)));
}
