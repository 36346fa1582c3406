import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionImportOf, actionSheetRows, benchmarkRecords } from '../../tests/spreadsheet-arbitraries';
import { pefPlan } from '../../src/domain/pef-plan';
import { actionColumns } from '../../src/domain/spreadsheet/action-sheet';
import { benchmarkColumns, benchmarkSheetRows } from '../../src/domain/spreadsheet/benchmark-sheet';
import { storedBenchmarkForm } from '../../src/domain/spreadsheet/plan-import';
import { sheetCsv } from '../../src/domain/spreadsheet/sheet-columns';
import { loadActionRecords } from '../db/repository/action-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import { exportedFiles, importResultOf, postImport } from '../testing/import-requests';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';
import { testDatabaseTargets } from '../testing/test-databases';

async function importAll(t: TestApp, files: Partial<Record<string, string>>): Promise<void> {
  const admin = await signIn(t.app, 'admin');
  for (const kind of ['actions', 'updates', 'benchmarks']) {
    const file = files[kind];
    if (file === undefined) continue;
    const result = await importResultOf(await postImport(t.app, admin, kind, file, { dryRun: false }));
    expect(result.problems, kind).toEqual([]);
  }
}

describe.each(testDatabaseTargets)('export, import into an empty database, export again ($name)', ({ skip, open }) => {
  it.skipIf(skip)('a generated plan comes back the same', async () => {
    await fc.assert(
      fc.asyncProperty(actionSheetRows, benchmarkRecords, async (actions, benchmarks) => {
        const database = await open();
        const t = await createTestApp({ sampleData: false, handle: database.handle });
        try {
          await importAll(t, {
            actions: sheetCsv(actionColumns(pefPlan, '2026-Q3'), actions),
            benchmarks: sheetCsv(benchmarkColumns(pefPlan), benchmarks.flatMap(benchmarkSheetRows)),
          });
          const stored = await loadActionRecords(t.handle.db);
          const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
          expect(stored.map(({ version: _v, sample: _s, updates: _u, ...fields }) => fields).sort(byId)).toEqual(actions.map(actionImportOf).sort(byId));
          expect((await loadBenchmarks(t.handle.db)).map(({ version: _v, sample: _s, ...fields }) => fields)).toEqual(benchmarks.map(storedBenchmarkForm));
        } finally {
          await database.dispose();
        }
      }),
      { numRuns: 8 },
    );
  });

  it.skipIf(skip)('the whole sample plan, updates included, exports the same files after it is imported', async () => {
    const source = await createTestApp();
    const database = await open();
    const target = await createTestApp({ sampleData: false, handle: database.handle });
    try {
      // The plan as the foundation's own: an imported record is never sample data.
      await source.handle.db.updateTable('actions').set({ sample: 0 }).execute();
      await source.handle.db.updateTable('benchmarks').set({ sample: 0 }).execute();
      const files = await exportedFiles(source.handle.db, pefPlan, '2026-Q3');
      await importAll(target, files);
      expect(await exportedFiles(target.handle.db, pefPlan, '2026-Q3')).toEqual(files);
    } finally {
      await source.close();
      await database.dispose();
    }
  });
});
