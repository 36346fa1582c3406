import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BenchmarkPatch, NewBenchmark } from '../../../contract/benchmark-writes';
import { Benchmark } from '../../../contract/benchmarks';
import { apiSend } from '../../../lib/api-client';

export function createBenchmark(input: NewBenchmark): Promise<Benchmark> {
  return apiSend('POST', '/api/benchmarks', input, Benchmark, 'the new measure');
}

export function editBenchmark(id: string, patch: BenchmarkPatch): Promise<Benchmark> {
  return apiSend('PATCH', `/api/benchmarks/${encodeURIComponent(id)}`, patch, Benchmark, 'the measure');
}

// Every list of measures, and the reviews' snapshots of them, are refetched;
// the promise keeps the form busy until they are in.
function useBenchmarkWrite<T>(write: (input: T) => Promise<Benchmark>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['benchmarks'] }), queryClient.invalidateQueries({ queryKey: ['review'] })]),
  });
}

export const useCreateBenchmark = () => useBenchmarkWrite(createBenchmark);
export const useEditBenchmark = (id: string) => useBenchmarkWrite((patch: BenchmarkPatch) => editBenchmark(id, patch));
