import type { QueryClient } from '@tanstack/react-query';

// After a measure is added or edited, every list of measures and the reviews'
// snapshots of them are refetched; the promise keeps the form busy until they are in.
export function refetchBenchmarks(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.invalidateQueries({ queryKey: ['benchmarks'] }), queryClient.invalidateQueries({ queryKey: ['review'] })]);
}
