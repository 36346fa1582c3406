import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { studentGroupIds } from '../../../src/contract/ids';
import type { ActionRecord } from '../../../src/domain/action-record';
import { pefPlan } from '../../../src/domain/pef-plan';
import { demoAccounts } from '../../../src/domain/sample/demo-accounts';
import { generateSampleData } from '../../../src/domain/sample/generate-sample-data';
import { HttpError } from '../../http/http-error';
import { hashPassword } from '../../services/passwords';
import { idleLimitMs } from '../../services/session-limits';
import { createSession, createUser, endSession, findSessionUser } from '../../services/sessions';
import { signIn } from '../../services/sign-in';
import { kyselyAccounts } from '../../store/kysely-accounts';
import { testDatabaseTargets, type TestDatabase } from '../../testing/test-databases';
import type { DatabaseHandle } from '../connect';
import { migrateToLatest } from '../migrate';
import type { Database } from '../schema';
import { seedDatabase } from '../seed/seed';
import { insertActionRecords, latestReportedQuarter, loadActionRecord, loadActionRecords } from './action-repository';
import { insertBenchmarks, loadBenchmarks } from './benchmark-repository';
import { loadPlan } from './plan-repository';

const today = new Date('2026-11-22T12:00:00Z');
const sample = generateSampleData(pefPlan, today);
const tables: readonly (keyof Database)[] = [
  'plan', 'focus_areas', 'priorities', 'strategies', 'actions', 'updates', 'benchmarks',
  'benchmark_years', 'benchmark_group_values', 'users', 'sessions', 'sign_in_failures', 'audit',
];

async function count(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

// Updates are stored in no particular order; compare them by quarter.
function byQuarter(record: ActionRecord): ActionRecord {
  return { ...record, updates: [...record.updates].sort((a, b) => a.quarter.localeCompare(b.quarter)) };
}

function seedPlanOnly(handle: DatabaseHandle) {
  return seedDatabase(handle, { plan: pefPlan, today, sampleData: false, demoAccounts: false });
}

for (const target of testDatabaseTargets) {
  describe.skipIf(target.skip)(`the repository on ${target.name}`, { timeout: 30_000 }, () => {
    let t: TestDatabase;
    let db: Kysely<Database>;

    beforeEach(async () => {
      t = await target.open();
      db = t.handle.db;
    });
    afterEach(() => t.dispose());

    it('applies the migrations to an empty database, and again as a no-op', async () => {
      await migrateToLatest(t.handle);
      for (const table of tables) expect(await count(db, table)).toBe(0);
      await migrateToLatest(t.handle);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
      expect(applied.rows.map((row) => row.name)).toEqual(['0001-initial', '0002-read-model', '0003-reporting', '0004-data-revision', '0005-people', '0006-text-search']);
    });

    it('migrates beside another copy already migrated in the same database', async () => {
      const other = await target.open();
      try {
        await migrateToLatest(other.handle);
        await migrateToLatest(t.handle);
        for (const table of tables) expect(await count(db, table)).toBe(0);
      } finally {
        await other.dispose();
      }
    });

    it('seeds once: a second run adds nothing', async () => {
      await migrateToLatest(t.handle);
      const options = { plan: pefPlan, today, sampleData: true, demoAccounts: true };
      const first = await seedDatabase(t.handle, options);
      expect(first).toEqual({ planLoaded: true, sampleActions: sample.actions.length, usersCreated: demoAccounts.map((a) => a.email) });
      const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(db, table)])));
      const before = await counts();
      expect(before).toMatchObject({ actions: sample.actions.length, users: demoAccounts.length, plan: 1 });
      expect(await seedDatabase(t.handle, options)).toEqual({ planLoaded: false, sampleActions: 0, usersCreated: [] });
      expect(await counts()).toEqual(before);
    });

    it('gives the plan back exactly as written', async () => {
      await migrateToLatest(t.handle);
      expect(await loadPlan(db)).toBeUndefined();
      await seedPlanOnly(t.handle);
      expect(await loadPlan(db)).toEqual(pefPlan);
    });

    it('gives action records back with all their updates, and with later changes', async () => {
      await migrateToLatest(t.handle);
      await seedPlanOnly(t.handle);
      await insertActionRecords(db, sample.actions, today.toISOString());

      const loaded = await loadActionRecords(db);
      const expected = [...sample.actions].sort((a, b) => a.id.localeCompare(b.id));
      expect(loaded.map(byQuarter)).toEqual(expected.map(byQuarter));
      const cell = await loadActionRecords(db, { priority: 'wellness', focusArea: 'voice-agency' });
      expect(cell.length).toBeGreaterThan(0);
      expect(cell.map(byQuarter)).toEqual(expected.filter((a) => a.priorityId === 'wellness' && a.focusAreaId === 'voice-agency').map(byQuarter));

      const first = expected[0]!;
      expect(byQuarter((await loadActionRecord(db, first.id))!)).toEqual(byQuarter(first));
      expect(await loadActionRecord(db, 'no-such-action')).toBeUndefined();

      const added = { quarter: '2027-Q1', status: 'at-risk' as const, percentComplete: 40, note: 'Funding delayed.', author: 'staff@example.org', createdAt: '2027-04-02T09:30:00.000Z' };
      await db.updateTable('actions').set({ title: 'Renamed', version: first.version + 1 }).where('id', '=', first.id).execute();
      await db.deleteFrom('updates').where('action_id', '=', first.id).where('quarter', '=', added.quarter).execute();
      await db.insertInto('updates').values({ action_id: first.id, quarter: added.quarter, status: added.status, percent_complete: added.percentComplete, note: added.note, author: added.author, created_at: added.createdAt }).execute();
      const changed = await loadActionRecord(db, first.id);
      expect(changed).toMatchObject({ title: 'Renamed', version: first.version + 1 });
      expect(changed!.updates).toContainEqual(added);
      expect(changed!.updates).toHaveLength(first.updates.filter((u) => u.quarter !== added.quarter).length + 1);
    });

    it('gives the benchmarks back with their years and student groups', async () => {
      await migrateToLatest(t.handle);
      await seedPlanOnly(t.handle);
      expect(await loadBenchmarks(db)).toEqual([]);
      await insertBenchmarks(db, sample.benchmarks);
      expect(await loadBenchmarks(db)).toEqual(sample.benchmarks);
      expect(await loadBenchmarks(db, 'wellness')).toEqual(sample.benchmarks.filter((b) => b.priorityId === 'wellness'));
    });

    it('gives a benchmark’s student groups in the contract’s order, whatever order they were stored in', async () => {
      await migrateToLatest(t.handle);
      await seedPlanOnly(t.handle);
      const reversed = sample.benchmarks.map((b) => ({ ...b, groups: [...b.groups].reverse() }));
      await insertBenchmarks(db, reversed);
      const loaded = await loadBenchmarks(db);
      expect(loaded.some((b) => b.groups.length > 1)).toBe(true);
      for (const benchmark of loaded) {
        const positions = benchmark.groups.map((g) => studentGroupIds.indexOf(g.studentGroupId));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
    });

    it('finds the latest quarter with an update', async () => {
      await migrateToLatest(t.handle);
      await seedPlanOnly(t.handle);
      expect(await latestReportedQuarter(db)).toBeNull();
      await insertActionRecords(db, sample.actions, today.toISOString());
      const latest = sample.actions.flatMap((a) => a.updates.map((u) => u.quarter)).sort().at(-1);
      expect(await latestReportedQuarter(db)).toBe(latest);
    });

    it('keeps users and sessions: sign-in, session lookup, expiry, sign-out', async () => {
      await migrateToLatest(t.handle);
      const id = await createUser(db, { email: 'Director@PEF.example', name: 'Director', role: 'admin', passwordHash: await hashPassword('correct horse battery') }, today);
      const user = { id, email: 'director@pef.example', name: 'Director', role: 'admin', mustChangePassword: false };
      expect(await signIn(kyselyAccounts(db), 'DIRECTOR@pef.example', 'correct horse battery', today)).toEqual(user);
      await expect(signIn(kyselyAccounts(db), 'director@pef.example', 'wrong horse battery', today)).rejects.toBeInstanceOf(HttpError);
      expect(await count(db, 'sign_in_failures')).toBe(1);
      await expect(createUser(db, { email: 'director@pef.example', name: 'Twin', role: 'board', passwordHash: 'x' }, today)).rejects.toThrow();

      const session = await createSession(db, id, today);
      expect(await findSessionUser(db, session, today)).toEqual(user);
      expect(await findSessionUser(db, 'not-a-session', today)).toBeNull();
      await endSession(db, session);
      expect(await findSessionUser(db, session, today)).toBeNull();

      const idle = await createSession(db, id, today);
      expect(await findSessionUser(db, idle, new Date(today.getTime() + idleLimitMs + 1000))).toBeNull();
      expect(await count(db, 'sessions')).toBe(0);
    });

    it('locks an email after five failed sign-ins, even when they arrive all at once, for fifteen minutes', async () => {
      await migrateToLatest(t.handle);
      await createUser(db, { email: 'staff@pef.example', name: 'Staff', role: 'staff', passwordHash: await hashPassword('right') }, today);
      const codeOf = (attempt: Promise<unknown>) => attempt.then(() => 'ok', (error: unknown) => (error instanceof HttpError ? error.code : String(error)));
      const codes = await Promise.all(Array.from({ length: 12 }, () => codeOf(signIn(kyselyAccounts(db), 'staff@pef.example', 'wrong', today))));
      expect(codes.sort()).toEqual([...Array<string>(7).fill('too_many_requests'), ...Array<string>(5).fill('unauthorized')]);
      expect(await codeOf(signIn(kyselyAccounts(db), 'staff@pef.example', 'right', today))).toBe('too_many_requests');
      const later = new Date(today.getTime() + 15 * 60 * 1000);
      expect(await codeOf(signIn(kyselyAccounts(db), 'staff@pef.example', 'right', later))).toBe('ok');
      expect(await count(db, 'sign_in_failures')).toBe(0);
    });

    it('leaves nothing behind when a transaction throws', async () => {
      await migrateToLatest(t.handle);
      await seedPlanOnly(t.handle);
      const failure = db.transaction().execute(async (trx) => {
        await insertActionRecords(trx, sample.actions.slice(0, 3), today.toISOString());
        await createUser(trx, { email: 'someone@pef.example', name: 'Someone', role: 'staff', passwordHash: 'x' }, today);
        expect(await count(trx, 'actions')).toBe(3);
        throw new Error('stop halfway');
      });
      await expect(failure).rejects.toThrow('stop halfway');
      expect(await count(db, 'actions')).toBe(0);
      expect(await count(db, 'updates')).toBe(0);
      expect(await count(db, 'users')).toBe(0);
    });
  });
}
