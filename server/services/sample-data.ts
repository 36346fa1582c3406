import type { SampleData } from '../../src/contract/sample-data';
import type { Store } from '../store/store';
import { recordAudit, type WriteContext } from './audit';

// The foundation's own start: every sample action, update and benchmark goes
// in one audited step; accounts and the plan's texts stay.
export async function clearSampleData(store: Store, context: WriteContext): Promise<SampleData> {
  return store.transaction(async (trx) => {
    const removed = await trx.clearSampleData();
    if (removed.actions + removed.updates + removed.benchmarks > 0) {
      await recordAudit(trx, context, { operation: 'clear-sample-data', entityType: 'plan', entityId: 'sample-data', before: { ...removed }, after: null });
    }
    return removed;
  });
}
