import { Migrator, sql, type Insertable } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionAsOf } from '../../../src/domain/action-record';
import { listActions } from '../../../src/domain/list-actions';
import { overviewCells } from '../../../src/domain/overview';
import { pefPlan } from '../../../src/domain/pef-plan';
import { quarterRange } from '../../../src/domain/quarters';
import { generateSampleData } from '../../../src/domain/sample/generate-sample-data';
import { statusAsOf } from '../../../src/domain/status-as-of';
import { testDatabaseTargets, type TestDatabase } from '../../testing/test-databases';
import { migrateToLatest } from '../migrate';
import { initial } from '../migrations/0001-initial';
import { toActionRow } from '../repository/action-repository';
import { insertPlan } from '../repository/plan-repository';
import type { ActionTable } from '../schema';
import { actionKeyColumns } from './action-keys';
import { sqlActionReads } from './sql-action-reads';

const today = new Date('2026-11-22T12:00:00Z');
const sample = generateSampleData(pefPlan, today);
// The columns migration 0002 adds to actions: a database made before it has none of them.
const keyColumns = Object.keys(
  actionKeyColumns({ id: 'a-1', title: '', description: '', priorityId: 'wellness', focusAreaId: 'voice-agency', strategyId: null, owner: '' }),
);

for (const target of testDatabaseTargets) {
  describe.skipIf(target.skip)(`migration 0002 on ${target.name}`, { timeout: 60_000 }, () => {
    let t: TestDatabase;
    beforeEach(async () => {
      t = await target.open();
    });
    afterEach(() => t.dispose());

    it('builds the read model of a database that already holds actions and updates', async () => {
      const db = t.handle.db;
      const schema = t.handle.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
      const first = new Migrator({
        db,
        provider: { getMigrations: async () => ({ '0001-initial': initial(t.handle.dialect) }) },
        migrationTableSchema: schema,
      });
      expect((await first.migrateToLatest()).error).toBeUndefined();
      await insertPlan(db, pefPlan);
      for (const record of sample.actions) {
        const row = Object.fromEntries(Object.entries(toActionRow(record, today.toISOString())).filter(([column]) => !keyColumns.includes(column)));
        await db.insertInto('actions').values(row as Insertable<ActionTable>).execute();
        for (const u of record.updates) {
          await db
            .insertInto('updates')
            .values({ action_id: record.id, quarter: u.quarter, status: u.status, percent_complete: u.percentComplete, note: u.note, author: u.author, created_at: u.createdAt })
            .execute();
        }
      }

      await migrateToLatest(t.handle);

      const quarters = quarterRange(pefPlan.period.startQuarter, pefPlan.period.endQuarter);
      const rows = await db.selectFrom('action_status').select(['action_id', 'quarter', 'status', 'percent_complete', 'decided_in']).execute();
      const expected = sample.actions.flatMap((record) =>
        quarters.map((quarter) => {
          const { status, percentComplete, quarter: decidedIn } = statusAsOf(record.updates, quarter);
          return { action_id: record.id, quarter, status, percent_complete: percentComplete, decided_in: decidedIn };
        }),
      );
      const order = (a: { action_id: string; quarter: string }, b: { action_id: string; quarter: string }) =>
        a.action_id.localeCompare(b.action_id) || a.quarter.localeCompare(b.quarter);
      expect(rows.sort(order)).toEqual(expected.sort(order));

      const reads = sqlActionReads(db);
      const quarter = '2025-Q2';
      const list = listActions(sample.actions, { sort: '-title', pageSize: 20 }, quarter, null);
      expect(await reads.listActions({ sort: '-title', pageSize: 20 }, quarter)).toEqual({ items: list.items, total: list.total });
      expect((await reads.overview(quarter)).cells).toEqual(overviewCells(sample.actions.map((r) => actionAsOf(r, quarter))));
      // The text index (migration 0006) holds the actions that were there before it.
      const search = { q: sample.actions[0]!.title.slice(2, 12), pageSize: 20 };
      const found = listActions(sample.actions, search, quarter, null);
      expect(found.total).toBeGreaterThan(0);
      expect(await reads.listActions(search, quarter)).toEqual({ items: found.items, total: found.total });
    });
  });
}
