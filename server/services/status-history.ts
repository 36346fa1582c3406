import { StatusHistoryFilters, type StatusHistory } from '../../src/contract/status-history';
import { defaultAsOfQuarter, publicationsOf } from '../../src/domain/reporting-periods';
import { lastCountedQuarter, reportedQuarters, statusHistoryOf } from '../../src/domain/status-history';
import type { Store } from '../store/store';
import { parseInput } from './parse-input';
import { requirePlan } from './read-scope';

// Per quarter of the plan, how many of the scoped actions stood in each
// status; only the reported quarters up to the default as-of one are counted.
export async function statusHistory(store: Store, query: unknown, now: Date): Promise<StatusHistory> {
  const filters = parseInput(StatusHistoryFilters, query, 'query parameter');
  const [plan, latestReported, publications] = await Promise.all([requirePlan(store), store.reads.latestReportedQuarter(), store.reporting.publications()]);
  const last = lastCountedQuarter(latestReported, defaultAsOfQuarter(plan.period, now, publicationsOf(publications)));
  const counts = await store.reads.statusCounts(filters, reportedQuarters(plan.quarters, last));
  return { quarters: statusHistoryOf(plan.quarters, last, counts) };
}
