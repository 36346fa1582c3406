import type { QueryClient } from '@tanstack/react-query';

export const benchmarksLoader = (_queryClient: QueryClient) => async () => null;

export function BenchmarksRoute() {
  return <h1>Benchmarks</h1>;
}
