import type { Benchmark } from '../../src/contract/benchmarks';
import type { Plan } from '../../src/contract/plan';
import type { ActionRecord } from '../../src/domain/action-record';
import { memoryActionReads } from './memory-action-reads';
import type { Store } from './store';

// The data an in-memory store keeps: the plan and its actions and benchmarks.
export interface MemoryData {
  plan: Plan;
  actions: ActionRecord[];
  benchmarks: Benchmark[];
}

// The store over data held in memory (the mock API's sample data), read
// afresh on every call so that replacing or changing the data shows at once.
export function memoryStore(data: () => MemoryData): Store {
  return {
    reads: memoryActionReads(() => data().actions),
    plan: async () => data().plan,
    benchmarks: async (priority) => data().benchmarks.filter((b) => priority === undefined || b.priorityId === priority),
  };
}
