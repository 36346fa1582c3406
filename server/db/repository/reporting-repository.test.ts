import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pefPlan } from '../../../src/domain/pef-plan';
import { generateSampleData } from '../../../src/domain/sample/generate-sample-data';
import { testDatabaseTargets, type TestDatabase } from '../../testing/test-databases';
import { migrateToLatest } from '../migrate';
import type { Database } from '../schema';
import { seedDatabase } from '../seed/seed';
import {
  countRevisions,
  insertRevision,
  loadPublications,
  loadPublishedSnapshot,
  loadRevisions,
  loadSetting,
  loadSummary,
  reopenPublication,
  writePublication,
  writeSetting,
  writeSummary,
} from './reporting-repository';

const today = new Date('2026-11-30T12:00:00Z');
const at = today.toISOString();

for (const target of testDatabaseTargets) {
  describe.skipIf(target.skip)(`the quarterly cycle's rows on ${target.name}`, { timeout: 30_000 }, () => {
    let t: TestDatabase;
    let db: Kysely<Database>;

    beforeEach(async () => {
      t = await target.open();
      db = t.handle.db;
      await migrateToLatest(t.handle);
    });
    afterEach(() => t.dispose());

    it('publishes once, reopens with a reason, publishes again, each at the version read', async () => {
      expect(await writePublication(db, '2026-Q3', 'director@example.org', at, { total: 101 }, null)).toBe(true);
      expect(await writePublication(db, '2026-Q3', 'someone@example.org', at, { total: 5 }, null)).toBe(false);
      expect(await loadPublications(db)).toEqual([
        expect.objectContaining({ quarter: '2026-Q3', published: true, publishedBy: 'director@example.org', version: 1, reopenReason: null }),
      ]);
      expect(await loadPublishedSnapshot(db, '2026-Q3')).toEqual({ total: 101 });

      expect(await reopenPublication(db, '2026-Q3', 'director@example.org', at, 'A late correction', 2)).toBe(false);
      expect(await reopenPublication(db, '2026-Q3', 'director@example.org', at, 'A late correction', 1)).toBe(true);
      expect((await loadPublications(db))[0]).toMatchObject({ published: false, reopenReason: 'A late correction', version: 2 });

      expect(await writePublication(db, '2026-Q3', 'director@example.org', at, { total: 102 }, 1)).toBe(false);
      expect(await writePublication(db, '2026-Q3', 'director@example.org', at, { total: 102 }, 2)).toBe(true);
      expect((await loadPublications(db))[0]).toMatchObject({ published: true, version: 3, reopenReason: 'A late correction' });
      expect(await loadPublishedSnapshot(db, '2026-Q3')).toEqual({ total: 102 });
      expect(await loadPublishedSnapshot(db, '2026-Q2')).toBeUndefined();
    });

    it('keeps the summary at versions, refusing a stale save', async () => {
      expect(await loadSummary(db, '2026-Q3', true)).toMatchObject({ summary: '', version: 0, draft: true });
      const words = { summary: 'A steady quarter.', highlights: 'Tutoring reached 400 students.', asks: 'Approve the fall budget.' };
      expect(await writeSummary(db, '2026-Q3', words, 0, 'director@example.org', at)).toBe(true);
      expect(await writeSummary(db, '2026-Q3', words, 0, 'director@example.org', at)).toBe(false);
      expect(await writeSummary(db, '2026-Q3', { ...words, asks: '' }, 1, 'director@example.org', at)).toBe(true);
      expect(await loadSummary(db, '2026-Q3', false)).toEqual({
        quarter: '2026-Q3', ...words, asks: '', draft: false, version: 2, updatedAt: at, updatedBy: 'director@example.org',
      });
    });

    it('lists corrections per quarter and keeps settings', async () => {
      await seedDatabase(t.handle, { plan: pefPlan, today, sampleData: true, demoAccounts: false });
      const action = generateSampleData(pefPlan, today).actions.find((a) => a.updates.some((u) => u.quarter === '2026-Q3'));
      const before = action?.updates.find((u) => u.quarter === '2026-Q3');
      if (action === undefined || before === undefined) throw new Error('the sample should have a 2026-Q3 update');
      const after = { ...before, percentComplete: 50, note: 'Corrected figure.' };
      await insertRevision(db, { actionId: action.id, quarter: '2026-Q3', before, after, revisedAt: at, revisedBy: 'staff@example.org', reason: 'Wrong figure' });
      expect(await loadRevisions(db, '2026-Q3')).toEqual([
        { actionId: action.id, quarter: '2026-Q3', before, after, revisedAt: at, revisedBy: 'staff@example.org', reason: 'Wrong figure' },
      ]);
      expect(await countRevisions(db)).toEqual(new Map([['2026-Q3', 1]]));

      expect(await loadSetting(db, 'dueDays')).toBeUndefined();
      await writeSetting(db, 'dueDays', 30);
      await writeSetting(db, 'dueDays', 21);
      expect(await loadSetting(db, 'dueDays')).toBe(21);
    });
  });
}
