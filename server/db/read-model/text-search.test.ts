import { CompiledQuery, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../../src/domain/action-record';
import { pefPlan } from '../../../src/domain/pef-plan';
import { testDatabaseTargets, type TestDatabase } from '../../testing/test-databases';
import { migrateToLatest } from '../migrate';
import { deleteSampleData } from '../repository/sample-data-repository';
import { insertAction, updateActionFields } from '../repository/action-write-repository';
import { seedDatabase } from '../seed/seed';
import { pageTextLookup } from './list-actions';
import { sqlActionReads } from './sql-action-reads';
import { containsText } from './sql-dialect';

const now = '2026-11-22T12:00:00.000Z';
const quarter = '2025-Q2';

function record(id: string, title: string, owner: string, sample: boolean): ActionRecord {
  return {
    id,
    title,
    description: 'A plain description.',
    priorityId: 'wellness',
    focusAreaId: 'voice-agency',
    strategyId: null,
    owner,
    startQuarter: '2024-Q1',
    dueQuarter: '2026-Q2',
    studentGroups: [],
    version: 1,
    sample,
    updates: [],
  };
}

describe('how a page of a text search is found on SQLite', () => {
  const first = 50;
  it('starts from the matches of a rare needle, wherever they are', () => {
    expect(pageTextLookup({ textMatches: 0, candidates: 100_000, matches: 0, rowsToPage: first })).toBe('index');
    expect(pageTextLookup({ textMatches: 300, candidates: 100_000, matches: 300, rowsToPage: first })).toBe('index');
  });
  it('walks the order when a common needle fills the page sooner', () => {
    expect(pageTextLookup({ textMatches: 8_000, candidates: 100_000, matches: 8_000, rowsToPage: first })).toBe('scan');
  });
  it('walks the few actions a cell and a status leave rather than read a common needle\'s matches', () => {
    expect(pageTextLookup({ textMatches: 8_000, candidates: 3_300, matches: 270, rowsToPage: first })).toBe('scan');
    expect(pageTextLookup({ textMatches: 20, candidates: 3_300, matches: 1, rowsToPage: first })).toBe('index');
  });
});

for (const target of testDatabaseTargets) {
  describe.skipIf(target.skip)(`the text index on ${target.name}`, { timeout: 60_000 }, () => {
    let t: TestDatabase;
    beforeEach(async () => {
      t = await target.open();
      await migrateToLatest(t.handle);
      await seedDatabase(t.handle, { plan: pefPlan, today: new Date(now), sampleData: false, demoAccounts: false });
    });
    afterEach(() => t.dispose());

    const found = async (filters: { q?: string; owner?: string }) =>
      (await sqlActionReads(t.handle.db).listActions({ ...filters, pageSize: 50 }, quarter)).items.map((a) => a.id).sort();

    it('follows every write: an edited text is found by its new words only, a deleted action not at all', async () => {
      const db = t.handle.db;
      await db.transaction().execute((trx) => insertAction(trx, record('a-1', 'Summer tutoring pilot', 'Ana Díaz', false), now));
      await db.transaction().execute((trx) => insertAction(trx, record('a-2', 'Tutoring for grade 9', 'Luis Ortega', true), now));
      expect(await found({ q: 'tutoring' })).toEqual(['a-1', 'a-2']);
      expect(await found({ owner: 'diaz' })).toEqual(['a-1']);

      const edited = record('a-1', 'Summer reading pilot', 'Zoë Park', false);
      expect(await db.transaction().execute((trx) => updateActionFields(trx, 'a-1', 1, edited, now))).toBe(true);
      expect(await found({ q: 'tutoring' })).toEqual(['a-2']);
      expect(await found({ q: 'reading pilot' })).toEqual(['a-1']);
      expect(await found({ owner: 'diaz' })).toEqual([]);
      expect(await found({ owner: 'zoe p' })).toEqual(['a-1']);

      await db.transaction().execute((trx) => deleteSampleData(trx));
      expect(await found({ q: 'tutoring' })).toEqual([]);
      expect(await found({ q: 'pilot' })).toEqual(['a-1']);
    });

    it('finds text of three characters or more through the index, not by reading every action', async () => {
      const { db, dialect } = t.handle;
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < 300; i += 1) await insertAction(trx, record(`a-${i}`, i % 150 === 0 ? `Tutoring ${i}` : `Reading circle ${i}`, `Owner ${i}`, false), now);
      });
      if (dialect === 'postgres') await sql`analyze`.execute(db);
      const query = db.selectFrom('actions as a').select('a.id').where(containsText(dialect, 'a', 'search_text', 'tutoring')).compile();
      const explain = dialect === 'postgres' ? 'explain ' : 'explain query plan ';
      // A few hundred rows are cheaper to read than an index to ask: the
      // planner must be told to use what it has.
      const plan = await db.connection().execute(async (connection) => {
        if (dialect === 'postgres') await connection.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
        return connection.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`${explain}${query.sql}`, [...query.parameters]));
      });
      const text = plan.rows.map((row) => Object.values(row).join(' ')).join('\n');
      expect(text).toMatch(dialect === 'postgres' ? /actions_search_text_trgm/ : /SCAN action_search VIRTUAL TABLE INDEX/);
    });
  });
}
