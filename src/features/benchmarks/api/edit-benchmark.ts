import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BenchmarkPatch } from '../../../contract/benchmark-writes';
import { Benchmark } from '../../../contract/benchmarks';
import { apiSend } from '../../../lib/api-client';
import { refetchBenchmarks } from './benchmark-write-cache';

export function editBenchmark(id: string, patch: BenchmarkPatch): Promise<Benchmark> {
  return apiSend('PATCH', `/api/benchmarks/${encodeURIComponent(id)}`, patch, Benchmark, 'the measure');
}

export function useEditBenchmark(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (patch: BenchmarkPatch) => editBenchmark(id, patch), onSuccess: () => refetchBenchmarks(queryClient) });
}
