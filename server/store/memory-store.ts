import { auditEntryMatches } from '../db/repository/audit-repository';
import { memoryAccounts } from './memory-accounts';
import { memoryActionReads } from './memory-action-reads';
import type { MemoryData } from './memory-data';
import { memoryReporting } from './memory-reporting';
import { memoryTransaction, sampleDataOf } from './memory-writes';
import type { Store } from './store';

// The store over data held in memory (the mock API's sample data), read
// afresh on every call so that replacing the data shows at once.
export function memoryStore(data: () => MemoryData): Store {
  return {
    reads: memoryActionReads(() => data().actions),
    plan: async () => data().plan,
    benchmarks: async (priority) => data().benchmarks.filter((b) => priority === undefined || b.priorityId === priority),
    transaction: (work) => memoryTransaction(data(), work),
    auditEntries: async (scope, { limit, offset }) => {
      const matching = data().audit.filter(auditEntryMatches(scope)).reverse();
      return { items: matching.slice(offset, offset + limit), total: matching.length };
    },
    sampleData: async () => sampleDataOf(data()),
    accounts: memoryAccounts(data),
    reporting: memoryReporting(() => data().reporting),
    probe: async () => {},
    keep: (_key, compute) => compute(),
  };
}
