import type { SampleData } from '../../src/contract/sample-data';
import type { ActionRecord } from '../../src/domain/action-record';
import { latestReportedQuarter } from '../../src/domain/status-as-of';
import type { MemoryData } from './memory-data';
import { memoryAccountWrites } from './memory-accounts';
import { memoryReporting } from './memory-reporting';
import type { StoreWrites } from './store-writes';

// The writes on data held in memory, with the same optimistic locks as the
// SQL ones. Records are replaced, never changed in place, so a snapshot of
// the arrays is enough to roll a transaction back.
export function memoryWrites(data: MemoryData): StoreWrites {
  const replaceAction = (id: string, readVersion: number | null, change: (record: ActionRecord) => ActionRecord): boolean => {
    const index = data.actions.findIndex((r) => r.id === id);
    const current = data.actions[index];
    if (current === undefined || (readVersion !== null && current.version !== readVersion)) return false;
    data.actions[index] = change(current);
    return true;
  };
  return {
    actionRecord: async (id) => data.actions.find((r) => r.id === id),
    latestReportedQuarter: async () => latestReportedQuarter(data.actions.flatMap((r) => r.updates.map((u) => u.quarter))),
    actionIds: async () => data.actions.map((r) => r.id),
    insertAction: async (record) => {
      if (data.actions.some((r) => r.id === record.id)) return false;
      data.actions.push(record);
      return true;
    },
    updateActionFields: async (id, readVersion, fields) => replaceAction(id, readVersion, (r) => ({ ...r, ...fields, version: readVersion + 1 })),
    bumpActionVersion: async (id, readVersion) => replaceAction(id, readVersion, (r) => ({ ...r, version: readVersion + 1 })),
    upsertUpdate: async (actionId, update) => {
      replaceAction(actionId, null, (r) => ({ ...r, updates: [...r.updates.filter((u) => u.quarter !== update.quarter), update] }));
    },
    benchmark: async (id) => data.benchmarks.find((b) => b.id === id),
    bumpBenchmarkVersion: async (id, readVersion) => {
      const index = data.benchmarks.findIndex((b) => b.id === id);
      const current = data.benchmarks[index];
      if (current === undefined || current.version !== readVersion) return false;
      data.benchmarks[index] = { ...current, version: readVersion + 1 };
      return true;
    },
    upsertBenchmarkYear: async (benchmarkId, year) => {
      const index = data.benchmarks.findIndex((b) => b.id === benchmarkId);
      const current = data.benchmarks[index];
      if (current === undefined) return;
      const years = [...current.years.filter((y) => y.schoolYear !== year.schoolYear), year].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
      data.benchmarks[index] = { ...current, years };
    },
    benchmarkIds: async () => data.benchmarks.map((b) => b.id),
    insertBenchmark: async (benchmark) => {
      if (data.benchmarks.some((b) => b.id === benchmark.id)) return false;
      data.benchmarks.push(benchmark);
      return true;
    },
    replaceBenchmark: async (readVersion, benchmark) => {
      const index = data.benchmarks.findIndex((b) => b.id === benchmark.id);
      if (data.benchmarks[index]?.version !== readVersion) return false;
      data.benchmarks[index] = benchmark;
      return true;
    },
    insertAuditRow: async (row) => {
      data.audit.push({ seq: data.audit.length + 1, ...row });
    },
    actionRecords: async (ids) => {
      const wanted = new Set(ids);
      return data.actions.filter((r) => wanted.has(r.id));
    },
    benchmarks: async () => [...data.benchmarks],
    ownerAccounts: async () => data.accounts.map(({ name, email }) => ({ name, email })),
    putActions: async (records) => putById(data.actions, records),
    putBenchmarks: async (benchmarks) => putById(data.benchmarks, benchmarks),
    clearSampleData: async () => clearMemorySampleData(data),
    reporting: memoryReporting(() => data.reporting),
    accounts: memoryAccountWrites(data),
  };
}

// Replaces the records with the same id where they are, adds the others at the end.
function putById<T extends { readonly id: string }>(list: T[], records: readonly T[]): void {
  const index = new Map(list.map((record, i) => [record.id, i]));
  for (const record of records) {
    const at = index.get(record.id);
    if (at === undefined) list.push(record);
    else list[at] = record;
  }
}

function clearMemorySampleData(data: MemoryData): SampleData {
  const removed = sampleDataOf(data);
  const sampleIds = new Set(data.actions.filter((r) => r.sample).map((r) => r.id));
  data.actions.splice(0, data.actions.length, ...data.actions.filter((r) => !r.sample));
  data.benchmarks.splice(0, data.benchmarks.length, ...data.benchmarks.filter((b) => !b.sample));
  const reporting = data.reporting;
  reporting.revisions = reporting.revisions.filter((r) => !sampleIds.has(r.actionId));
  const reported = new Set(data.actions.flatMap((r) => r.updates.map((u) => u.quarter)));
  for (const quarter of [...reporting.publications.keys(), ...reporting.summaries.keys()]) {
    if (reported.has(quarter)) continue;
    reporting.publications.delete(quarter);
    reporting.summaries.delete(quarter);
  }
  return removed;
}

export function sampleDataOf(data: Pick<MemoryData, 'actions' | 'benchmarks'>): SampleData {
  const actions = data.actions.filter((r) => r.sample);
  return { actions: actions.length, updates: actions.reduce((n, r) => n + r.updates.length, 0), benchmarks: data.benchmarks.filter((b) => b.sample).length };
}

// Runs `work` on the data; when it throws, the data is put back as it was.
export async function memoryTransaction<T>(data: MemoryData, work: (writes: StoreWrites) => Promise<T>): Promise<T> {
  const saved = {
    actions: [...data.actions],
    benchmarks: [...data.benchmarks],
    audit: [...data.audit],
    reporting: structuredClone(data.reporting),
    accounts: [...data.accounts],
    user: data.user,
  };
  try {
    return await work(memoryWrites(data));
  } catch (error) {
    data.actions.splice(0, data.actions.length, ...saved.actions);
    data.benchmarks.splice(0, data.benchmarks.length, ...saved.benchmarks);
    data.audit.splice(0, data.audit.length, ...saved.audit);
    data.reporting = saved.reporting;
    data.accounts.splice(0, data.accounts.length, ...saved.accounts);
    data.user = saved.user;
    throw error;
  }
}
