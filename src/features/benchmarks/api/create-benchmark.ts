import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewBenchmark } from '../../../contract/benchmark-writes';
import { Benchmark } from '../../../contract/benchmarks';
import { apiSend } from '../../../lib/api-client';
import { refetchBenchmarks } from './benchmark-write-cache';

export function createBenchmark(input: NewBenchmark): Promise<Benchmark> {
  return apiSend('POST', '/api/benchmarks', input, Benchmark, 'the new measure');
}

export function useCreateBenchmark() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createBenchmark, onSuccess: () => refetchBenchmarks(queryClient) });
}
