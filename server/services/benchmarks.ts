import { BenchmarkFilters, type BenchmarkList } from '../../src/contract/benchmarks';
import type { Store } from '../store/store';
import { parseInput } from './parse-input';

export async function listBenchmarks(store: Store, query: unknown): Promise<BenchmarkList> {
  const { priority } = parseInput(BenchmarkFilters, query, 'query parameter');
  const items = await store.benchmarks(priority);
  return { items, total: items.length };
}
