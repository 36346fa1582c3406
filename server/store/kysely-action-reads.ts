import type { Kysely } from 'kysely';
import type { ActionRecord } from '../../src/domain/action-record';
import { countActions, latestReportedQuarter, loadActionRecord, loadActionRecords, type ActionScope } from '../db/repository/action-repository';
import type { Database } from '../db/schema';
import type { ActionReads } from './action-reads';
import { memoryActionReads } from './memory-action-reads';

// Interim, until the SQL read model (sqlActionReads) replaces it: loads the
// records narrowed by priority and focus area, then lets the in-memory reads
// answer, so both stores already give the same answers.
export function kyselyActionReads(db: Kysely<Database>): ActionReads {
  const over = async (scope: ActionScope = {}) => {
    const records: readonly ActionRecord[] = await loadActionRecords(db, scope);
    return memoryActionReads(() => records);
  };
  return {
    latestReportedQuarter: () => latestReportedQuarter(db),
    countActions: () => countActions(db),
    listActions: async (filters, quarter) => (await over(filters)).listActions(filters, quarter),
    async *selectActions(filters, quarter) {
      yield* (await over(filters)).selectActions(filters, quarter);
    },
    actionRecord: (id) => loadActionRecord(db, id),
    overview: async (quarter) => (await over()).overview(quarter),
    statusCounts: async (filters, quarters) => (await over(filters)).statusCounts(filters, quarters),
    reviewSummary: async (quarters) => (await over()).reviewSummary(quarters),
    reviewList: async (quarters, list, page) => (await over()).reviewList(quarters, list, page),
  };
}
