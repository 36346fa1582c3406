import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pefPlan } from '../../src/domain/pef-plan';
import { openPostgres, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { seedDatabase } from '../db/seed/seed';
import { listActions } from '../services/action-queries';
import { addUpdate } from '../services/action-writes';
import { overview } from '../services/overview';
import { quarterlyReview } from '../services/review';
import { statusHistory } from '../services/status-history';
import { testToday } from '../testing/test-app';
import { postgresUrl, testDatabaseTargets, type TestDatabase } from '../testing/test-databases';
import { kyselyStore } from './kysely-store';

// A second server on the same database: on PostgreSQL its own pool; the
// embedded database has one server, so there a second store on the same file.
function secondServer(t: TestDatabase): { handle: DatabaseHandle; close(): Promise<void> } {
  if (t.handle.dialect === 'sqlite' || postgresUrl === undefined || t.applicationName === undefined) return { handle: t.handle, close: async () => {} };
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${t.applicationName}`);
  const handle = openPostgres(url.toString());
  return { handle, close: () => handle.close() };
}

for (const target of testDatabaseTargets) {
  describe.skipIf(target.skip)(`what a server keeps, on ${target.name}`, { timeout: 30_000 }, () => {
    let t: TestDatabase;
    let other: ReturnType<typeof secondServer>;
    beforeEach(async () => {
      t = await target.open();
      await migrateToLatest(t.handle);
      other = secondServer(t);
    });
    afterEach(async () => {
      await other.close();
      await t.dispose();
    });

    it('is read again after another server loads the plan', async () => {
      const reader = kyselyStore(t.handle.db);
      expect(await reader.plan()).toBeUndefined();
      await seedDatabase(other.handle, { plan: pefPlan, today: testToday, sampleData: true, demoAccounts: true });
      expect(await reader.plan()).toEqual(pefPlan);
    });

    it('is read again after another server writes an update', async () => {
      await seedDatabase(t.handle, { plan: pefPlan, today: testToday, sampleData: true, demoAccounts: true });
      const reader = kyselyStore(t.handle.db);
      const writer = kyselyStore(other.handle.db);
      const quarter = '2026-Q3';
      const action = await t.handle.db
        .selectFrom('action_status as s')
        .innerJoin('actions as a', 'a.id', 's.action_id')
        .select(['s.action_id', 'a.owner'])
        .where('s.quarter', '=', quarter)
        .where('s.status', '!=', 'completed')
        .executeTakeFirstOrThrow();
      const read = async (store = reader) => ({
        overview: await overview(store, { quarter }, testToday),
        history: await statusHistory(store, {}, testToday),
        review: await quarterlyReview(store, { quarter }),
        completedList: await listActions(store, { quarter, status: 'completed' }, testToday),
        // Counted row by row (a text filter), then kept like the others, its few matches in order too.
        ownersCompleted: await listActions(store, { quarter, status: 'completed', owner: action.owner }, testToday),
      });
      const before = await read();
      expect(await read()).toEqual(before);
      const user = await t.handle.db.selectFrom('users').select(['id', 'email', 'name', 'role']).where('role', '=', 'staff').executeTakeFirstOrThrow();
      await addUpdate(writer, pefPlan, { user: { ...user, role: 'staff', mustChangePassword: false }, now: testToday }, action.action_id, {
        quarter,
        status: 'completed',
        percentComplete: 100,
        note: 'Finished.',
      });
      const after = await read();
      expect(after.overview.total.completed).toBe(before.overview.total.completed + 1);
      expect(after.history.quarters.find((q) => q.quarter === quarter)?.counts.completed).toBe(after.overview.total.completed);
      expect(after.review.counts.completed).toBe(before.review.counts.completed + 1);
      expect(after.completedList.total).toBe(before.completedList.total + 1);
      expect(after.completedList.items.map((a) => a.id)).toContain(action.action_id);
      expect(after.ownersCompleted.total).toBe(before.ownersCompleted.total + 1);
      expect(after.ownersCompleted.items.map((a) => a.id)).toContain(action.action_id);
      // Everything as a server that kept nothing reads it.
      expect(after).toEqual(await read(kyselyStore(t.handle.db)));
    });
  });
}
