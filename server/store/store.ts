import type { AuditList } from '../../src/contract/audit';
import type { Benchmark } from '../../src/contract/benchmarks';
import type { PriorityId } from '../../src/contract/ids';
import type { Plan } from '../../src/contract/plan';
import type { SampleData } from '../../src/contract/sample-data';
import type { AuditPage, AuditScope } from '../db/repository/audit-repository';
import type { AccountStore } from './account-store';
import type { ActionReads } from './action-reads';
import type { ReportingReads } from './reporting-store';
import type { StoreWrites } from './store-writes';

// What the services ask of where the data lives. The Kysely store answers it
// from SQLite or PostgreSQL, the in-memory store from the sample data.
export interface Store {
  readonly reads: ActionReads;
  // Undefined until the plan has been loaded.
  plan(): Promise<Plan | undefined>;
  // In the plan's order; one priority's only when asked.
  benchmarks(priority?: PriorityId): Promise<Benchmark[]>;
  // Runs `work` as one transaction: everything it wrote stays or, when it
  // throws, nothing does.
  transaction<T>(work: (writes: StoreWrites) => Promise<T>): Promise<T>;
  // One page, newest first, with the count of every matching entry.
  auditEntries(scope: AuditScope, page: AuditPage): Promise<AuditList>;
  // How much sample data the plan still holds.
  sampleData(): Promise<SampleData>;
  readonly accounts: AccountStore;
  readonly reporting: ReportingReads;
  // Reads and writes the database once, for the readiness check; throws what it met.
  probe(now: Date): Promise<void>;
  // What `compute` answers for `key`, kept while the data stays the same
  // (the in-memory store keeps nothing: its data may be replaced at once).
  keep<T>(key: string, compute: () => Promise<T>): Promise<T>;
}
