import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { BenchmarkList, type BenchmarkFilters } from '../../../contract/benchmarks';
import { apiGet, toSearch } from '../../../lib/api-client';

export function getBenchmarks(filters: BenchmarkFilters, signal?: AbortSignal): Promise<BenchmarkList> {
  return apiGet(`/api/benchmarks${toSearch(filters)}`, BenchmarkList, 'the benchmarks', signal);
}

export const benchmarksQueryOptions = (filters: BenchmarkFilters) =>
  queryOptions({
    queryKey: ['benchmarks', 'list', filters],
    queryFn: ({ signal }) => getBenchmarks(filters, signal),
  });

export function useBenchmarks(filters: BenchmarkFilters): BenchmarkList {
  return useSuspenseQuery(benchmarksQueryOptions(filters)).data;
}
