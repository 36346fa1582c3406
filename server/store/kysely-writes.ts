import type { Kysely } from 'kysely';
import { latestReportedQuarter, loadActionRecord } from '../db/repository/action-repository';
import { actionIds, bumpActionVersion, insertAction, updateActionFields, upsertUpdate } from '../db/repository/action-write-repository';
import { insertAuditRow } from '../db/repository/audit-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import { benchmarkIds, bumpBenchmarkVersion, insertBenchmark, replaceBenchmark, upsertBenchmarkYear } from '../db/repository/benchmark-write-repository';
import type { Database } from '../db/schema';
import { kyselyAccountWrites } from '../db/repository/user-repository';
import { loadActionRecordsById, putActionRecords, putBenchmarkRecords } from '../db/repository/import-repository';
import { deleteSampleData } from '../db/repository/sample-data-repository';
import { kyselyReportingWrites } from './kysely-reporting';
import type { StoreWrites } from './store-writes';

// The writes of one transaction, through the repositories.
export function kyselyWrites(trx: Kysely<Database>): StoreWrites {
  return {
    actionRecord: (id) => loadActionRecord(trx, id),
    latestReportedQuarter: () => latestReportedQuarter(trx),
    actionIds: () => actionIds(trx),
    insertAction: (record, now) => insertAction(trx, record, now),
    updateActionFields: (id, readVersion, fields, now) => updateActionFields(trx, id, readVersion, fields, now),
    bumpActionVersion: (id, readVersion, now) => bumpActionVersion(trx, id, readVersion, now),
    upsertUpdate: (actionId, update) => upsertUpdate(trx, actionId, update),
    benchmark: async (id) => (await loadBenchmarks(trx)).find((b) => b.id === id),
    bumpBenchmarkVersion: (id, readVersion) => bumpBenchmarkVersion(trx, id, readVersion),
    upsertBenchmarkYear: (benchmarkId, year) => upsertBenchmarkYear(trx, benchmarkId, year),
    benchmarkIds: () => benchmarkIds(trx),
    insertBenchmark: (benchmark) => insertBenchmark(trx, benchmark),
    replaceBenchmark: (readVersion, benchmark) => replaceBenchmark(trx, readVersion, benchmark),
    insertAuditRow: (row) => insertAuditRow(trx, row),
    actionRecords: (ids) => loadActionRecordsById(trx, ids),
    benchmarks: () => loadBenchmarks(trx),
    ownerAccounts: () => trx.selectFrom('users').select(['name', 'email']).execute(),
    putActions: (records, now) => putActionRecords(trx, records, now),
    putBenchmarks: (benchmarks) => putBenchmarkRecords(trx, benchmarks),
    clearSampleData: () => deleteSampleData(trx),
    reporting: kyselyReportingWrites(trx),
    accounts: kyselyAccountWrites(trx),
  };
}
