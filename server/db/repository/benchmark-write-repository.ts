import type { Kysely } from 'kysely';
import type { Benchmark, BenchmarkYear } from '../../../src/contract/benchmarks';
import type { Database } from '../schema';
import { benchmarkFields, insertBenchmarkRows, insertFigures } from './benchmark-repository';

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

export async function benchmarkIds(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('benchmarks').select('id').execute()).map((row) => row.id);
}

export async function insertBenchmark(db: Kysely<Database>, benchmark: Benchmark): Promise<boolean> {
  if ((await db.selectFrom('benchmarks').select('id').where('id', '=', benchmark.id).executeTakeFirst()) !== undefined) return false;
  const last = await db.selectFrom('benchmarks').select((eb) => eb.fn.max('position').as('position')).executeTakeFirst();
  await insertBenchmarkRows(db, benchmark, (last?.position ?? -1) + 1);
  return true;
}

// The optimistic lock first; then the figures are written afresh.
export async function replaceBenchmark(db: Kysely<Database>, readVersion: number, b: Benchmark): Promise<boolean> {
  const result = await db
    .updateTable('benchmarks')
    .set(benchmarkFields(b))
    .where('id', '=', b.id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db.deleteFrom('benchmark_years').where('benchmark_id', '=', b.id).execute();
  await db.deleteFrom('benchmark_group_values').where('benchmark_id', '=', b.id).execute();
  await insertFigures(db, b);
  return true;
}
