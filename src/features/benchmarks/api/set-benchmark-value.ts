import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BenchmarkValueInput } from '../../../contract/benchmark-writes';
import { Benchmark, type BenchmarkList } from '../../../contract/benchmarks';
import { apiSend } from '../../../lib/api-client';

export function setBenchmarkValue(id: string, schoolYear: string, input: BenchmarkValueInput): Promise<Benchmark> {
  const path = `/api/benchmarks/${encodeURIComponent(id)}/values/${encodeURIComponent(schoolYear)}`;
  return apiSend('PUT', path, input, Benchmark, 'the benchmark values');
}

interface BenchmarkValueWrite {
  schoolYear: string;
  input: BenchmarkValueInput;
}

// The lists of measures show the answer at once; they, and the quarterly
// review's benchmark snapshot, are then refetched. The promise keeps the
// mutation busy until the fresh data is in.
export function useSetBenchmarkValue(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ schoolYear, input }: BenchmarkValueWrite) => setBenchmarkValue(id, schoolYear, input),
    onSuccess: (benchmark) => {
      queryClient.setQueriesData<BenchmarkList>({ queryKey: ['benchmarks', 'list'] }, (list) =>
        list === undefined ? list : { ...list, items: list.items.map((item) => (item.id === benchmark.id ? benchmark : item)) },
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['benchmarks'] }),
        queryClient.invalidateQueries({ queryKey: ['review'] }),
      ]);
    },
  });
}
