// Builds the SQLite file a benchmark size runs on, through the project's own
// migrations, seed and repository, and keeps it under node_modules/.cache:
// 100,000 actions take a while to write, and the file only changes when the
// schema, the seed or the generators do.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lastCompleteQuarter } from '../../src/domain/quarters';
import { pefPlan } from '../../src/domain/pef-plan';
import { generateSampleData } from '../../src/domain/sample/generate-sample-data';
import { openSqlite } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { insertActionRecords } from '../../server/db/repository/action-repository';
import { insertBenchmarks } from '../../server/db/repository/benchmark-repository';
import { seedDatabase } from '../../server/db/seed/seed';
import { manyActions } from '../../tests/fixtures/many-actions';

const cacheDir = path.resolve('node_modules/.cache/plan-tracker-bench');
// Everything that decides what the built file holds.
const sourceDirs = ['server/db', 'src/domain', 'src/contract', 'tests/fixtures'];
const batchSize = 1000;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
    })
    .sort();
}

// The sample data and the fixture report up to the last complete quarter, so
// the quarter is part of what the file holds.
export function databaseCacheKey(size: number, today: Date): string {
  const hash = createHash('sha256');
  for (const file of sourceDirs.flatMap(sourceFiles)) hash.update(file).update(readFileSync(file));
  return `actions-${size}-${lastCompleteQuarter(today)}-${hash.digest('hex').slice(0, 16)}.sqlite`;
}

async function build(file: string, size: number, today: Date, log: (line: string) => void): Promise<void> {
  const handle = openSqlite(file);
  try {
    await migrateToLatest(handle);
    const sample = generateSampleData(pefPlan, today);
    // The demo's own data when the size is the sample's; the fixture otherwise.
    const isSample = size === sample.actions.length;
    await seedDatabase(handle, { plan: pefPlan, today, sampleData: isSample, demoAccounts: true });
    if (isSample) return;
    await insertBenchmarks(handle.db, sample.benchmarks);
    const records = manyActions(size, { lastReported: lastCompleteQuarter(today) });
    const now = today.toISOString();
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      await handle.db.transaction().execute((trx) => insertActionRecords(trx, batch, now));
      const written = start + batch.length;
      if (written % (batchSize * 10) === 0 || written === size) log(`  ${written.toLocaleString('en-US')} / ${size.toLocaleString('en-US')} actions written`);
    }
  } finally {
    await handle.close();
  }
}

// Returns the path of a ready database file for `size` actions (cached).
export async function benchDatabase(size: number, today: Date, log: (line: string) => void): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, databaseCacheKey(size, today));
  if (existsSync(file)) {
    log(`Database of ${size.toLocaleString('en-US')} actions: cached (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
    return file;
  }
  for (const stale of readdirSync(cacheDir).filter((name) => name.startsWith(`actions-${size}-`))) rmSync(path.join(cacheDir, stale));
  const partial = `${file}.${process.pid}.partial`;
  rmSync(partial, { force: true });
  log(`Building a database of ${size.toLocaleString('en-US')} actions…`);
  const started = performance.now();
  await build(partial, size, today, log);
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, file);
  log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
  return file;
}
