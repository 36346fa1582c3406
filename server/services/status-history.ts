import { StatusHistoryFilters, type StatusHistory } from '../../src/contract/status-history';
import { reportedQuarters, statusHistoryOf } from '../../src/domain/status-history';
import type { Store } from '../store/store';
import { parseInput } from './parse-input';
import { requirePlan } from './read-scope';

// Per quarter of the plan, how many of the scoped actions stood in each
// status; only the reported quarters are counted.
export async function statusHistory(store: Store, query: unknown): Promise<StatusHistory> {
  const filters = parseInput(StatusHistoryFilters, query, 'query parameter');
  const [plan, latest] = await Promise.all([requirePlan(store), store.reads.latestReportedQuarter()]);
  const counts = await store.reads.statusCounts(filters, reportedQuarters(plan.quarters, latest));
  return { quarters: statusHistoryOf(plan.quarters, latest, counts) };
}
