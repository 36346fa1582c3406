import type { Kysely } from 'kysely';
import { loadAuditEntries } from '../db/repository/audit-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import { bumpDataRevision, readDataRevision } from '../db/repository/data-revision';
import { loadPlan } from '../db/repository/plan-repository';
import { countSampleData } from '../db/repository/sample-data-repository';
import type { Database } from '../db/schema';
import { kyselyAccounts } from './kysely-accounts';
import { probeDatabase } from '../db/readiness-probe';
import { sqlActionReads } from '../db/read-model/sql-action-reads';
import { kyselyReportingReads } from './kysely-reporting';
import { kyselyWrites } from './kysely-writes';
import { revisionCache } from './revision-cache';
import type { Store } from './store';

// A list page of 50 actions is about 33 kB, its JSON and its gzip; of 200, the
// most a page holds, about 130 kB: 13 MB at most.
const keptAnswersAtMost = 100;

// The store over SQLite or PostgreSQL, through the repositories. The plan's
// texts, the benchmarks, the publications, the counts behind the summaries
// and behind the list (whatever its filters), and the first page of a
// review's lists (what a board reads many times between two updates) are read
// once per data revision, which every transaction here raises. The API's
// answers, encoded, are kept apart (`keep`), each from the second time it
// is asked; until then a list page or an action is read afresh.
export function kyselyStore(db: Kysely<Database>): Store {
  const cache = revisionCache(() => readDataRevision(db));
  const answers = revisionCache(() => readDataRevision(db), { maxEntries: keptAnswersAtMost, keepFromSecondAsk: true });
  const reads = sqlActionReads(db, cache);
  const reporting = kyselyReportingReads(db);
  return {
    reads: {
      ...reads,
      countActions: () => cache.get('actions', () => reads.countActions()),
      overview: (quarter) => cache.get(`overview ${quarter}`, () => reads.overview(quarter)),
      statusCounts: (filters, quarters) =>
        cache.get(`status counts ${JSON.stringify([filters.priority, filters.focusArea, quarters])}`, () => reads.statusCounts(filters, quarters)),
      reviewSummary: (quarters) => cache.get(`review ${quarters.quarter} ${quarters.previous}`, () => reads.reviewSummary(quarters)),
      reviewFirstPages: (quarters, pageSize) =>
        cache.get(`review lists ${quarters.quarter} ${quarters.previous} ${pageSize}`, () => reads.reviewFirstPages(quarters, pageSize)),
    },
    plan: () => cache.get('plan', () => loadPlan(db)),
    benchmarks: (priority) => cache.get(`benchmarks ${priority}`, () => loadBenchmarks(db, priority)),
    transaction: (work) =>
      db.transaction().execute(async (trx) => {
        const result = await work(kyselyWrites(trx));
        await bumpDataRevision(trx);
        return result;
      }),
    auditEntries: (scope, page) => loadAuditEntries(db, scope, page),
    sampleData: () => cache.get('sample data', () => countSampleData(db)),
    accounts: kyselyAccounts(db),
    reporting: { ...reporting, publications: () => cache.get('publications', () => reporting.publications()) },
    probe: (now) => probeDatabase(db, now),
    keep: (key, compute) => answers.get(key, compute),
  };
}
