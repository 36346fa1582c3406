import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Update } from '../../../src/contract/actions';
import { actionAsOf, type ActionRecord } from '../../../src/domain/action-record';
import { listActions, selectActions } from '../../../src/domain/list-actions';
import { overviewCells } from '../../../src/domain/overview';
import { pageOf } from '../../../src/domain/paginate';
import { pefPlan } from '../../../src/domain/pef-plan';
import { quarterlyReview } from '../../../src/domain/quarterly-review';
import { statusAsOf, latestReportedQuarter } from '../../../src/domain/status-as-of';
import { countStatuses } from '../../../src/domain/status-counts';
import { reviewListIds, type ActionReads } from '../../store/action-reads';
import { sameOwner } from '../../../src/domain/owner-key';
import { actionDraft, listQuery, planQuarters, textQuery, type ActionDraft, type ListQuery } from '../../testing/read-model-arbitraries';
import { testDatabaseTargets, type TestDatabase } from '../../testing/test-databases';
import { migrateToLatest } from '../migrate';
import { insertAction, updateActionFields, upsertUpdate } from '../repository/action-write-repository';
import { seedDatabase } from '../seed/seed';
import { sqlActionReads } from './sql-action-reads';
import { revisionCache } from '../../store/revision-cache';
import { readDataRevision } from '../repository/data-revision';

const now = '2026-11-22T12:00:00.000Z';
function idOf(style: number, i: number): string {
  if (style === 0) return `a-${i}`;
  return style === 1 ? `a-${String(i).padStart(3, '0')}` : `A-${i}x`;
}

// Writes the drafts through the write path the services use, one
// transaction per write, and returns the records as the domain sees them.
async function write(t: TestDatabase, drafts: readonly ActionDraft[]): Promise<ActionRecord[]> {
  const db = t.handle.db;
  const records: ActionRecord[] = [];
  for (const [index, draft] of drafts.entries()) {
    const id = idOf(draft.idStyle, index * 9 + 1);
    let record: ActionRecord = { id, ...draft.fields, version: 1, sample: draft.sample, updates: [] };
    await db.transaction().execute((trx) => insertAction(trx, record, now));
    const byQuarter = new Map<string, Update>();
    for (const [n, draftUpdate] of draft.updates.entries()) {
      const update: Update = { ...draftUpdate, author: 'Tester', createdAt: new Date(Date.parse(now) + n * 1000).toISOString() };
      await db.transaction().execute((trx) => upsertUpdate(trx, id, update));
      byQuarter.set(update.quarter, update);
    }
    record = { ...record, updates: [...byQuarter.values()] };
    const edit = draft.edit;
    if (edit !== null) {
      await db.transaction().execute((trx) => updateActionFields(trx, id, record.version, edit, now));
      record = { ...record, ...edit, version: record.version + 1 };
    }
    records.push(record);
  }
  return records;
}

const byQuarter = (updates: readonly Update[]) => [...updates].sort((a, b) => a.quarter.localeCompare(b.quarter));

const latestOf = (records: readonly ActionRecord[]) => latestReportedQuarter(records.flatMap((r) => r.updates.map((u) => u.quarter)));

// The page asked for, then the next one of the same list (read from what a
// server keeps for the first, when it keeps the list's matches).
async function expectSameList(reads: ActionReads, records: readonly ActionRecord[], latest: string | null, filters: Omit<ListQuery, 'quarter'>, quarter: string) {
  for (const asked of [filters, { ...filters, page: (filters.page ?? 1) + 1 }]) {
    const expected = listActions(records, asked, quarter, latest);
    expect(await reads.listActions(asked, quarter), JSON.stringify(asked)).toEqual({ items: expected.items, total: expected.total });
  }
}

async function expectSameAnswers(reads: ActionReads, records: readonly ActionRecord[], queries: readonly ListQuery[]) {
  const latest = latestOf(records);
  expect(await reads.latestReportedQuarter()).toBe(latest);
  expect(await reads.countActions()).toBe(records.length);
  for (const record of records) {
    const stored = await reads.actionRecord(record.id);
    expect(stored && { ...stored, updates: byQuarter(stored.updates) }).toEqual({ ...record, updates: byQuarter(record.updates) });
  }
  for (const { quarter, ...filters } of queries) {
    await expectSameList(reads, records, latest, filters, quarter);
    const unfiltered = { sort: filters.sort, page: filters.page, pageSize: filters.pageSize };
    const all = listActions(records, unfiltered, quarter, latest);
    expect(await reads.listActions(unfiltered, quarter)).toEqual({ items: all.items, total: all.total });
    const streamed = [];
    const { page: _page, pageSize: _pageSize, ...exportQuery } = filters;
    for await (const action of reads.selectActions(exportQuery, quarter)) streamed.push(action);
    expect(streamed).toEqual(selectActions(records, filters, quarter));

    const asOf = records.map((r) => actionAsOf(r, quarter));
    expect(await reads.overview(quarter)).toEqual({ cells: overviewCells(asOf), sample: records.some((r) => r.sample) });
    const scope = { priority: filters.priority, focusArea: filters.focusArea };
    const scoped = records.filter((r) => (scope.priority ?? r.priorityId) === r.priorityId && (scope.focusArea ?? r.focusAreaId) === r.focusAreaId);
    const asked = planQuarters.filter((_, i) => i % 3 === 0 || planQuarters[i] === quarter);
    const counts = await reads.statusCounts(scope, asked);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(asked.map((q) => [q, countStatuses(scoped.map((r) => statusAsOf(r.updates, q).status))])));

    const review = quarterlyReview(records, [], pefPlan.period, quarter);
    const quarters = { quarter, previous: review.previousBeforePlan ? null : review.previousQuarter };
    expect(await reads.reviewSummary(quarters)).toEqual({
      counts: review.counts,
      previousCounts: review.previousCounts,
      listTotals: Object.fromEntries(reviewListIds.map((list) => [list, review[list].length])),
      sample: records.some((r) => r.sample),
    });
    const firstPageSize = filters.pageSize ?? 3;
    expect(await reads.reviewFirstPages(quarters, firstPageSize)).toEqual(
      Object.fromEntries(reviewListIds.map((list) => [list, pageOf(review[list], 1, firstPageSize).items])),
    );
    for (const list of reviewListIds) {
      const page = { page: filters.page ?? 1, pageSize: firstPageSize };
      expect(await reads.reviewList(quarters, list, page), list).toEqual({
        items: pageOf(review[list], page.page, page.pageSize).items,
        total: review[list].length,
      });
      const owner = records[0]?.owner;
      const narrowed = review[list].filter((row) => (scope.priority ?? row.priorityId) === row.priorityId && (owner === undefined || sameOwner(row.owner, owner)));
      expect(await reads.reviewList(quarters, list, page, { priority: scope.priority, owner }), `${list} of one owner`).toEqual({
        items: pageOf(narrowed, page.page, page.pageSize).items,
        total: narrowed.length,
      });
    }
  }
}

for (const target of testDatabaseTargets) {
  describe.skipIf(target.skip)(`the SQL read model on ${target.name}`, { timeout: 120_000 }, () => {
    // A database of its own, migrated and seeded, with the drafts written
    // through the write path; dropped once the check is done.
    async function withWritten(drafts: readonly ActionDraft[], check: (reads: ActionReads, records: ActionRecord[]) => Promise<void>): Promise<void> {
      const t = await target.open();
      try {
        await migrateToLatest(t.handle);
        await seedDatabase(t.handle, { plan: pefPlan, today: new Date(now), sampleData: false, demoAccounts: false });
        const records = await write(t, drafts);
        await check(sqlActionReads(t.handle.db), records);
        // And as the server reads them, with what it keeps for the data revision.
        await check(sqlActionReads(t.handle.db, revisionCache(() => readDataRevision(t.handle.db))), records);
      } finally {
        await t.dispose();
      }
    }

    it('answers every read exactly as the domain functions do, after writes through the write path', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(actionDraft, { maxLength: 12 }), fc.array(listQuery, { minLength: 1, maxLength: 6 }), (drafts, queries) =>
          withWritten(drafts, (reads, records) => expectSameAnswers(reads, records, queries)),
        ),
        { numRuns: target.name === 'SQLite' ? 60 : 20 },
      );
    });

    it('finds the same actions by their texts as the domain does, through the text index', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(actionDraft, { minLength: 1, maxLength: 12 }), fc.array(textQuery, { minLength: 1, maxLength: 8 }), (drafts, queries) =>
          withWritten(drafts, async (reads, records) => {
            for (const { quarter, ...filters } of queries) await expectSameList(reads, records, latestOf(records), filters, quarter);
          }),
        ),
        { numRuns: target.name === 'SQLite' ? 60 : 20 },
      );
    });
  });
}
