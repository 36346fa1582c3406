import type { Benchmark } from '../../src/contract/benchmarks';
import type { PriorityId } from '../../src/contract/ids';
import type { Plan } from '../../src/contract/plan';
import type { ActionReads } from './action-reads';

// What the services ask of where the data lives. The Kysely store answers it
// from SQLite or PostgreSQL, the in-memory store from the sample data.
export interface Store {
  readonly reads: ActionReads;
  // Undefined until the plan has been loaded.
  plan(): Promise<Plan | undefined>;
  // In the plan's order; one priority's only when asked.
  benchmarks(priority?: PriorityId): Promise<Benchmark[]>;
}
