import type { Kysely } from 'kysely';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import { loadPlan } from '../db/repository/plan-repository';
import type { Database } from '../db/schema';
import { kyselyActionReads } from './kysely-action-reads';
import type { Store } from './store';

// The store over SQLite or PostgreSQL, through the repositories.
export function kyselyStore(db: Kysely<Database>): Store {
  return {
    reads: kyselyActionReads(db),
    plan: () => loadPlan(db),
    benchmarks: (priority) => loadBenchmarks(db, priority),
  };
}
