import type { Benchmark, BenchmarkYear } from '../../src/contract/benchmarks';
import type { Update } from '../../src/contract/actions';
import type { ActionRecord } from '../../src/domain/action-record';
import type { ActionFields } from '../../src/domain/action-writes';
import type { OwnerAccount } from '../../src/domain/owner-key';
import type { SampleData } from '../../src/contract/sample-data';
import type { NewAuditRow } from '../db/repository/audit-repository';
import type { AccountWrites } from './account-store';
import type { ReportingWrites } from './reporting-store';

// What a write may read and change inside its transaction. The version
// checks are optimistic locks: false when another write got there first.
export interface StoreWrites {
  actionRecord(id: string): Promise<ActionRecord | undefined>;
  latestReportedQuarter(): Promise<string | null>;
  actionIds(): Promise<string[]>;
  // False when the id was taken meanwhile.
  insertAction(record: ActionRecord, now: string): Promise<boolean>;
  updateActionFields(id: string, readVersion: number, fields: ActionFields, now: string): Promise<boolean>;
  bumpActionVersion(id: string, readVersion: number, now: string): Promise<boolean>;
  upsertUpdate(actionId: string, update: Update): Promise<void>;
  benchmark(id: string): Promise<Benchmark | undefined>;
  bumpBenchmarkVersion(id: string, readVersion: number): Promise<boolean>;
  upsertBenchmarkYear(benchmarkId: string, year: BenchmarkYear): Promise<void>;
  benchmarkIds(): Promise<string[]>;
  // After the others; false when the id was taken meanwhile.
  insertBenchmark(benchmark: Benchmark): Promise<boolean>;
  // The whole measure, figures too, in place of the version read.
  replaceBenchmark(readVersion: number, benchmark: Benchmark): Promise<boolean>;
  insertAuditRow(row: NewAuditRow): Promise<void>;
  // The stored actions with these ids (those that exist), with their updates.
  actionRecords(ids: readonly string[]): Promise<ActionRecord[]>;
  benchmarks(): Promise<Benchmark[]>;
  // Whom an action can be owned by: the accounts' names and e-mails.
  ownerAccounts(): Promise<OwnerAccount[]>;
  // An import's records written whole, each with every update it keeps: new
  // ones added, stored ones replaced; the read model follows once for all.
  putActions(records: readonly ActionRecord[], now: string): Promise<void>;
  // Benchmarks written whole, figures included; a new one goes last.
  putBenchmarks(benchmarks: readonly Benchmark[]): Promise<void>;
  // Removes every sample action (with its updates), every sample benchmark,
  // and the quarters' publications and summaries that only reported on them;
  // answers what was removed.
  clearSampleData(): Promise<SampleData>;
  readonly reporting: ReportingWrites;
  readonly accounts: AccountWrites;
}
