import { pefPlan } from '../../src/domain/pef-plan';
import { generateSampleData } from '../../src/domain/sample/generate-sample-data';
import { migrateToLatest } from '../db/migrate';
import { seedDatabase } from '../db/seed/seed';
import { kyselyStore } from '../store/kysely-store';
import { memoryDataOf } from '../store/memory-data';
import { memoryStore } from '../store/memory-store';
import type { Store } from '../store/store';
import { testToday } from './test-app';
import { testDatabaseTargets } from './test-databases';

export const sampleData = generateSampleData(pefPlan, testToday);

export interface SampleStore {
  readonly name: string;
  readonly skip: boolean;
  open(): Promise<{ store: Store; close(): Promise<void> }>;
}

// Both stores on the same sample data, for a service test to ask alike: the
// in-memory one (sharing one copy of the data, which its tests only read)
// and the Kysely one on each test database.
const memoryData = memoryDataOf({ plan: pefPlan, actions: sampleData.actions, benchmarks: sampleData.benchmarks });
export const sampleStores: readonly SampleStore[] = [
  { name: 'the in-memory store', skip: false, open: async () => ({ store: memoryStore(() => memoryData), close: async () => {} }) },
  ...testDatabaseTargets.map((target) => ({
    name: `the Kysely store on ${target.name}`,
    skip: target.skip,
    open: async () => {
      const { handle, dispose } = await target.open();
      await migrateToLatest(handle);
      await seedDatabase(handle, { plan: pefPlan, today: testToday, sampleData: true, demoAccounts: false });
      return { store: kyselyStore(handle.db), close: dispose };
    },
  })),
];
