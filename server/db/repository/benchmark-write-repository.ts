import type { Kysely } from 'kysely';
import type { BenchmarkYear } from '../../../src/contract/benchmarks';
import type { Database } from '../schema';

export async function upsertBenchmarkYear(db: Kysely<Database>, benchmarkId: string, year: BenchmarkYear): Promise<void> {
  await db
    .insertInto('benchmark_years')
    .values({ benchmark_id: benchmarkId, school_year: year.schoolYear, target: year.target, actual: year.actual })
    .onConflict((oc) => oc.columns(['benchmark_id', 'school_year']).doUpdateSet({ target: year.target, actual: year.actual }))
    .execute();
}

// The optimistic lock: true only if the benchmark still has the version read.
export async function bumpBenchmarkVersion(db: Kysely<Database>, id: string, readVersion: number): Promise<boolean> {
  const result = await db
    .updateTable('benchmarks')
    .set({ version: readVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
