import { BenchmarkFilters } from '../../contract/benchmarks';
import { readUrlFilters, type UrlFilters } from '../../lib/url-filters';

// `?priority=` must be one of the plan's priority ids; anything else is
// ignored, and said so.
export function readBenchmarkParams(search: URLSearchParams): UrlFilters<BenchmarkFilters> {
  return readUrlFilters(search, BenchmarkFilters, ['priority']);
}
