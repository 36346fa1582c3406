import type { Kysely } from 'kysely';
import { loadAuditEntries } from '../db/repository/audit-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import { loadPlan } from '../db/repository/plan-repository';
import { countSampleData } from '../db/repository/sample-data-repository';
import type { Database } from '../db/schema';
import { kyselyAccounts } from './kysely-accounts';
import { probeDatabase } from '../db/readiness-probe';
import { sqlActionReads } from '../db/read-model/sql-action-reads';
import { kyselyReportingReads } from './kysely-reporting';
import { kyselyWrites } from './kysely-writes';
import type { Store } from './store';

// The store over SQLite or PostgreSQL, through the repositories.
export function kyselyStore(db: Kysely<Database>): Store {
  return {
    reads: sqlActionReads(db),
    plan: () => loadPlan(db),
    benchmarks: (priority) => loadBenchmarks(db, priority),
    transaction: (work) => db.transaction().execute((trx) => work(kyselyWrites(trx))),
    auditEntries: (scope, limit) => loadAuditEntries(db, scope, limit),
    sampleData: () => countSampleData(db),
    accounts: kyselyAccounts(db),
    reporting: kyselyReportingReads(db),
    probe: (now) => probeDatabase(db, now),
  };
}
